package org.hearth.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaJsonTest {

    @Test
    void theSrcsetNamesEachWidthAndTheFullImageAtItsOwnWidth() {
        Map<String, String> renditions = new LinkedHashMap<>();
        renditions.put("w480", "https://x/media/a/w480");
        renditions.put("w960", "https://x/media/a/w960");
        renditions.put("full", "https://x/media/a/full");
        MediaJson.PublicItem item = new MediaJson.PublicItem("a", "hero", "image", "Alt", null, null, 1200, 800, renditions);
        assertEquals("https://x/media/a/w480 480w, https://x/media/a/w960 960w, https://x/media/a/full 1200w", item.srcset());
        assertEquals("https://x/media/a/w960", item.src());
    }

    @Test
    void theFullImageOfAVeryWideSourceIsCappedAsItWasMade() {
        MediaJson.PublicItem item = new MediaJson.PublicItem("a", "hero", "image", "Alt", null, null, 4000, 3000,
                Map.of("full", "u"));
        assertEquals("u " + MediaJson.FULL_MAX_WIDTH + "w", item.srcset());
    }
}
