package org.hearth.media.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.hearth.shared.Reason;
import org.junit.jupiter.api.Test;

/**
 * The media pages speak both studio languages: every studio and reason text exists in English and
 * French, every refusal code the inspector gives has its own words, the media publication reasons
 * are worded (not left to the English fallback), and the library's addresses keep their filters.
 */
class MediaStudioTextsTest {

    static final List<String> REFUSAL_CODES = List.of("empty", "svg-refused", "truncated", "type-mismatch", "unreadable",
            "unsafe-pdf", "unsupported-type");
    static final List<String> MEDIA_REASONS = List.of("media-withdrawn", "media-not-ready", "media-alt-missing",
            "media-transcript-missing", "media-imagery-unchecked", "media-unknown", "media-consent-withdrawn",
            "media-consent-expired", "media-consent-not-website", "media-consent-unknown");

    @Test
    void everyStudioAndReasonTextIsInBothLanguages() {
        for (String bundle : List.of("i18n/studio", "i18n/reasons")) {
            assertEquals(keys(bundle + ".properties"), keys(bundle + "_fr.properties"), bundle);
        }
    }

    @Test
    void everyRefusalCodeHasItsOwnWords() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            ResourceBundle studio = ResourceBundle.getBundle("i18n.studio", locale);
            REFUSAL_CODES.forEach(code -> assertTrue(studio.containsKey("media.refused." + code), code + " in " + locale));
        }
    }

    @Test
    void mediaReasonsAreWordedInFrench() {
        for (String code : MEDIA_REASONS) {
            Reason reason = Reason.of(code, "ENGLISH FALLBACK", "harbour.png", "processing");
            String french = reason.in(Locale.FRENCH);
            assertTrue(french.contains("harbour.png") && !french.contains("ENGLISH"), code + ": " + french);
            assertTrue(!reason.in(Locale.ENGLISH).contains("ENGLISH"), code);
        }
    }

    @Test
    void libraryAddressesKeepTheirFiltersAndPage() {
        Map<String, String> filters = new LinkedHashMap<>();
        assertEquals("/studio/media", MediaListBacking.link(filters, null));
        filters.put("kind", "image");
        filters.put("alt", "missing");
        assertEquals("/studio/media?kind=image&alt=missing&before=abc%3D", MediaListBacking.link(filters, "abc="));
    }

    @Test
    void sizesReadAsPeopleSayThem() {
        assertEquals("812 B", MediaViews.size(812, Locale.ENGLISH));
        assertEquals("3.4 MB", MediaViews.size(3_400_000, Locale.ENGLISH));
        assertEquals("3,4 MB", MediaViews.size(3_400_000, Locale.FRENCH));
    }

    /** The keys of one file, read on its own (a bundle's key set would include its parent's). */
    private static Set<String> keys(String resource) {
        Properties properties = new Properties();
        try (var in = MediaStudioTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
