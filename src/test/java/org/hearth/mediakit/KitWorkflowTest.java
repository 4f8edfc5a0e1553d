package org.hearth.mediakit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearth.account.entity.Role;
import org.hearth.mediakit.entity.KitContent;
import org.hearth.mediakit.entity.KitGate;
import org.hearth.mediakit.entity.KitItemInput;
import org.hearth.mediakit.entity.KitKind;
import org.hearth.mediakit.entity.MediaKit;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.NotPermittedException;
import org.hearth.shared.Province;
import org.hearth.shared.Reason;
import org.hearth.shared.RuleViolationException;
import org.hearth.story.entity.StoryStatus;
import org.junit.jupiter.api.Test;

/** The kit's workflow rules: the story table by role, the gate at approval and publication, edits and removals. */
class KitWorkflowTest {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    static final KitGate OPEN = kit -> List.of();
    final Organization org = new Organization("northern-lantern", "Northern Lantern", Province.ON, NOW);

    static KitContent content(List<KitItemInput> items) {
        return new KitContent(KitKind.CAMPAIGN, "A kit", "Why", Set.of("youth"), "Share unchanged.", Set.of(), null, null, null, items);
    }

    static KitItemInput media(String id) {
        return new KitItemInput("media", id, null, "Poster " + id, null);
    }

    static KitItemInput text() {
        return new KitItemInput("text", null, "key-messages", "Key messages", "Everyone deserves safe work.");
    }

    MediaKit kit(KitItemInput... items) {
        return new MediaKit(org, "en", "a-kit", content(List.of(items)), "author@example.org", NOW);
    }

    @Test
    void aKitTakesTheStoryStepsByRole() {
        MediaKit kit = kit(text());
        assertEquals(StoryStatus.DRAFT, kit.status());
        assertEquals(List.of("submit", "archive"), kit.actionsFor(Role.EDITOR));
        kit.take("submit", Role.AUTHOR, OPEN, NOW);
        assertEquals(StoryStatus.IN_REVIEW, kit.status());
        assertThrows(NotPermittedException.class, () -> kit.take("approve", Role.AUTHOR, OPEN, NOW));
        assertThrows(RuleViolationException.class, () -> kit.take("publish", Role.EDITOR, OPEN, NOW), "not approved yet");
        kit.take("approve", Role.EDITOR, OPEN, NOW);
        kit.take("publish", Role.EDITOR, OPEN, NOW);
        assertTrue(kit.isPublic());
        assertEquals(NOW, kit.publishedAt());
        kit.take("unpublish", Role.EDITOR, OPEN, NOW);
        assertEquals(StoryStatus.UNPUBLISHED, kit.status());
        kit.take("archive", Role.ORG_ADMIN, OPEN, NOW);
        assertThrows(RuleViolationException.class, () -> kit.revise(content(List.of(text())), Role.EDITOR, OPEN, NOW));
        assertThrows(InvalidInputException.class, () -> kit.take("reopen-review", Role.PLATFORM_ADMIN, OPEN, NOW),
                "the kit's own step is no one's action");
    }

    @Test
    void theGateIsAskedAtApprovalAndPublicationAndAnEmptyKitNeverPasses() {
        List<Reason> objections = new ArrayList<>();
        KitGate gate = kit -> objections;
        MediaKit kit = kit(media("m1"));
        kit.take("submit", Role.AUTHOR, gate, NOW);
        objections.add(Reason.of("media-consent-not-channel", "a person shown in 'a.png': the consent does not cover mediaKits", "a.png"));
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> kit.take("approve", Role.EDITOR, gate, NOW));
        assertEquals("consent-gate", refused.rule());
        assertEquals(StoryStatus.IN_REVIEW, kit.status());
        objections.clear();
        kit.take("approve", Role.EDITOR, gate, NOW);
        objections.add(Reason.of("media-consent-expired", "expired", "a.png"));
        assertThrows(RuleViolationException.class, () -> kit.take("publish", Role.EDITOR, gate, NOW), "asked again at publication");

        MediaKit empty = kit();
        empty.take("submit", Role.AUTHOR, OPEN, NOW);
        assertTrue(assertThrows(RuleViolationException.class, () -> empty.take("approve", Role.EDITOR, OPEN, NOW))
                .reasons().stream().anyMatch(r -> r.code().equals("kit-empty")));
    }

    @Test
    void anAuthorsEditOfAPublishedKitSendsItBackToReviewAndAnEditorsMustPassTheGate() {
        MediaKit kit = kit(text());
        for (String step : List.of("submit", "approve", "publish")) {
            kit.take(step, Role.EDITOR, OPEN, NOW);
        }
        kit.revise(content(List.of(text(), text())), Role.EDITOR, OPEN, NOW);
        assertTrue(kit.isPublic());
        assertThrows(RuleViolationException.class,
                () -> kit.revise(content(List.of(media("m2"))), Role.EDITOR, k -> List.of(Reason.of("media-alt-missing", "no alt")), NOW));
        kit.revise(content(List.of(text())), Role.AUTHOR, OPEN, NOW);
        assertEquals(StoryStatus.IN_REVIEW, kit.status());
    }

    @Test
    void itemsAreCheckedAndKeptInOrderAndAWithdrawnAssetLeavesForGood() {
        assertThrows(InvalidInputException.class, () -> kit(new KitItemInput("text", null, "poem", "A", "B")));
        assertThrows(InvalidInputException.class, () -> kit(new KitItemInput("media", null, null, "A", null)));
        assertThrows(InvalidInputException.class, () -> kit(new KitItemInput("text", null, "key-messages", " ", "B")));
        MediaKit kit = kit(media("m1"), text(), media("m2"), media("m1"));
        assertEquals(List.of("m1", "m2"), kit.mediaIds());
        assertEquals(2, kit.removeMedia(Set.of("m1"), NOW).size());
        assertEquals(List.of("Key messages", "Poster m2"), kit.items().stream().map(i -> i.title()).toList());
        assertEquals(List.of(0, 1), kit.items().stream().map(i -> i.position()).toList());
        assertTrue(kit.removeMedia(Set.of("m9"), NOW).isEmpty());
    }

    @Test
    void aTranslationIsItsOwnDraftLinkedToTheOriginal() {
        MediaKit kit = kit(text());
        MediaKit fr = kit.translate("fr", "une-trousse", content(List.of(text())), "author@example.org", NOW);
        assertEquals(kit, fr.original());
        assertEquals(StoryStatus.DRAFT, fr.status());
        assertThrows(RuleViolationException.class, () -> kit.translate("en", "x", content(List.of()), "a", NOW));
    }
}
