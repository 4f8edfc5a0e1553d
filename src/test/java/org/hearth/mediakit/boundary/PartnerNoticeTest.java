package org.hearth.mediakit.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hearth.mediakit.entity.KitContent;
import org.hearth.mediakit.entity.KitItem;
import org.hearth.mediakit.entity.KitItemInput;
import org.hearth.mediakit.entity.KitKind;
import org.hearth.mediakit.entity.MediaKit;
import org.hearth.mediakit.entity.PartnerDownload;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.Province;
import org.junit.jupiter.api.Test;

/** The notice a partner gets after a withdrawal names the kit, the item to stop using and the partner, in the kit's language. */
class PartnerNoticeTest {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void theNoticeNamesTheKitTheItemAndThePartner() {
        for (String lang : List.of("en", "fr")) {
            Organization owner = new Organization("northern-lantern", "Northern Lantern", Province.ON, NOW);
            Organization partner = new Organization("eastside-youth", "Eastside Youth Centre", Province.ON, NOW);
            MediaKit kit = new MediaKit(owner, lang, "youth-kit", new KitContent(KitKind.CAMPAIGN, "Youth kit", null, Set.of(),
                    null, Set.of(), null, null, null, List.of(new KitItemInput("media", "m123", null, "Photo of a hallway", null))),
                    "a@example.org", NOW);
            List<KitItem> removed = kit.removeMedia(Set.of("m123"), NOW);
            String notice = KitConsentWatch.notice(kit, removed,
                    new PartnerDownload(kit, partner, "lead@eastside.example", NOW), "https://example.org/" + lang + "/media-kits/youth-kit");
            for (String expected : List.of("Youth kit", "youth-kit", "Photo of a hallway", "m123", "Eastside Youth Centre",
                    "eastside-youth", "lead@eastside.example", "2026-12-03", "https://example.org/" + lang + "/media-kits/youth-kit")) {
                assertTrue(notice.contains(expected), lang + " notice lacks " + expected + ":\n" + notice);
            }
            assertTrue(KitConsentWatch.subject(kit).contains("Youth kit"));
        }
    }
}
