package org.hearth.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.hearth.account.entity.Role;
import org.hearth.shared.NotPermittedException;
import org.hearth.shared.RuleViolationException;
import org.hearth.story.entity.Attribution;
import org.hearth.story.entity.PublicationGate;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryContent;
import org.hearth.story.entity.StoryKind;
import org.hearth.story.entity.StoryStatus;
import org.hearth.story.entity.StoryTransition;
import org.junit.jupiter.api.Test;

class WorkflowTest {

    static final Instant NOW = StoryTest.NOW;
    static final PublicationGate OPEN = story -> { };
    static final PublicationGate CLOSED = story -> {
        throw new RuleViolationException("consent-gate", "no consent");
    };

    static Story draft(StoryKind kind) {
        return Story.draft(StoryTest.PROJECT, "en",
                new StoryContent("Title", "Summary", "Body", kind, Attribution.anonymous(), Set.of(), Set.of()), null, NOW);
    }

    @Test
    void theHappyPathFromDraftToPublished() {
        Story story = draft(StoryKind.GUIDANCE);
        story.submit(Role.AUTHOR, NOW);
        assertEquals(StoryStatus.IN_REVIEW, story.status());
        story.approve(Role.EDITOR, OPEN, NOW);
        assertEquals(StoryStatus.APPROVED, story.status());
        story.publish(Role.EDITOR, OPEN, null, NOW);
        assertEquals(StoryStatus.PUBLISHED, story.status());
        assertEquals(NOW, story.publishedAt());
        story.unpublish(Role.EDITOR, NOW);
        assertFalse(story.isPublic());
    }

    @Test
    void authorsCannotApproveOrPublishAndVolunteersCannotSubmit() {
        Story story = draft(StoryKind.GUIDANCE);
        assertThrows(NotPermittedException.class, () -> story.submit(Role.VOLUNTEER, NOW));
        story.submit(Role.AUTHOR, NOW);
        assertThrows(NotPermittedException.class, () -> story.approve(Role.AUTHOR, OPEN, NOW));
        story.approve(Role.ORG_ADMIN, OPEN, NOW);
        assertThrows(NotPermittedException.class, () -> story.publish(Role.AUTHOR, OPEN, null, NOW));
        assertThrows(NotPermittedException.class, () -> story.publish(Role.SURVIVOR_ADVISOR, OPEN, null, NOW));
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        Story story = draft(StoryKind.GUIDANCE);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> story.approve(Role.EDITOR, OPEN, NOW));
        assertEquals("transition-not-allowed", e.rule());
        assertThrows(RuleViolationException.class, () -> story.publish(Role.EDITOR, OPEN, null, NOW));
        assertThrows(RuleViolationException.class, () -> story.unpublish(Role.EDITOR, NOW));
    }

    @Test
    void theGateIsAskedAtApprovalAndAgainAtPublication() {
        Story story = draft(StoryKind.LIVED_EXPERIENCE);
        story.submit(Role.AUTHOR, NOW);
        assertThrows(RuleViolationException.class, () -> story.approve(Role.EDITOR, CLOSED, NOW));
        assertEquals(StoryStatus.IN_REVIEW, story.status(), "a refusal changes nothing");
        story.approve(Role.EDITOR, OPEN, NOW);
        assertThrows(RuleViolationException.class, () -> story.publish(Role.ORG_ADMIN, CLOSED, null, NOW));
        assertEquals(StoryStatus.APPROVED, story.status());
    }

    @Test
    void aFutureTimeSchedulesAndTheSchedulerPublishesOnlyWhenDueAndCovered() {
        Story story = draft(StoryKind.GUIDANCE);
        story.submit(Role.AUTHOR, NOW);
        story.approve(Role.EDITOR, OPEN, NOW);
        Instant at = NOW.plusSeconds(60);
        story.publish(Role.EDITOR, OPEN, at, NOW);
        assertEquals(StoryStatus.SCHEDULED, story.status());
        assertFalse(story.publishIfDue(OPEN, NOW.plusSeconds(59)));
        assertThrows(RuleViolationException.class, () -> story.publishIfDue(CLOSED, at));
        assertTrue(story.publishIfDue(OPEN, at));
        assertEquals(at, story.publishedAt());
    }

    @Test
    void aTakeDownIsForGoodAndNeedsNoRole() {
        Story story = draft(StoryKind.LIVED_EXPERIENCE);
        story.submit(Role.AUTHOR, NOW);
        story.approve(Role.EDITOR, OPEN, NOW);
        story.publish(Role.EDITOR, OPEN, null, NOW);
        story.takeDown(NOW);
        assertFalse(story.isPublic());
        assertTrue(story.isGone());
        RuleViolationException again = assertThrows(RuleViolationException.class,
                () -> story.publish(Role.EDITOR, OPEN, null, NOW.plusSeconds(2)));
        assertEquals("consent-withdrawn", again.rule());
    }

    @Test
    void anUnpublishTimeTakesAPublishedStoryDown() {
        Story story = draft(StoryKind.GUIDANCE);
        story.submit(Role.AUTHOR, NOW);
        story.approve(Role.EDITOR, OPEN, NOW);
        story.publish(Role.EDITOR, OPEN, null, NOW);
        story.unpublishAt(NOW.plusSeconds(10));
        assertFalse(story.unpublishIfDue(NOW.plusSeconds(9)));
        assertTrue(story.unpublishIfDue(NOW.plusSeconds(10)));
        assertEquals(StoryStatus.UNPUBLISHED, story.status());
    }

    @Test
    void translationsHaveTheirOwnState() {
        Story english = draft(StoryKind.GUIDANCE);
        Story french = english.translate("fr",
                new StoryContent("Titre", "Résumé", "Texte", StoryKind.GUIDANCE, Attribution.anonymous(), Set.of(), Set.of()),
                null, NOW);
        french.submit(Role.AUTHOR, NOW);
        french.approve(Role.EDITOR, OPEN, NOW);
        french.publish(Role.EDITOR, OPEN, null, NOW);
        assertTrue(french.isPublic());
        assertEquals(StoryStatus.DRAFT, english.status(), "publishing French never changes English");
        french.unpublish(Role.EDITOR, NOW);
        assertEquals(StoryStatus.DRAFT, english.status());
    }

    @Test
    void theFingerprintFollowsWhatTheStorytellerReads() {
        Story story = draft(StoryKind.LIVED_EXPERIENCE);
        String before = story.fingerprint();
        story.revise(new StoryContent("Title", "Summary", "Body changed", StoryKind.LIVED_EXPERIENCE,
                Attribution.anonymous(), Set.of(), Set.of()), NOW);
        assertFalse(before.equals(story.fingerprint()));
    }

    /** Takes {@code action} as the API would, with a gate that agrees. */
    static void take(Story story, String action, Role role) {
        switch (action) {
            case "submit" -> story.submit(role, NOW);
            case "approve" -> story.approve(role, OPEN, NOW);
            case "publish" -> story.publish(role, OPEN, null, NOW);
            case "request-changes" -> story.requestChanges(role, NOW);
            case "unpublish" -> story.unpublish(role, NOW);
            case "archive" -> story.archive(role, NOW);
            default -> throw new IllegalArgumentException(action);
        }
    }

    static Story in(StoryStatus status) {
        Story story = draft(StoryKind.GUIDANCE);
        switch (status) {
            case DRAFT -> { }
            case IN_REVIEW -> story.submit(Role.AUTHOR, NOW);
            case CHANGES_REQUESTED -> { story.submit(Role.AUTHOR, NOW); story.requestChanges(Role.EDITOR, NOW); }
            case APPROVED -> { story.submit(Role.AUTHOR, NOW); story.approve(Role.EDITOR, OPEN, NOW); }
            case SCHEDULED -> { story.submit(Role.AUTHOR, NOW); story.approve(Role.EDITOR, OPEN, NOW);
                story.publish(Role.EDITOR, OPEN, NOW.plusSeconds(3600), NOW); }
            case PUBLISHED -> { story.submit(Role.AUTHOR, NOW); story.approve(Role.EDITOR, OPEN, NOW);
                story.publish(Role.EDITOR, OPEN, null, NOW); }
            case UNPUBLISHED -> { story.submit(Role.AUTHOR, NOW); story.approve(Role.EDITOR, OPEN, NOW);
                story.publish(Role.EDITOR, OPEN, null, NOW); story.unpublish(Role.EDITOR, NOW); }
            case ARCHIVED -> story.archive(Role.EDITOR, NOW);
        }
        assertEquals(status, story.status());
        return story;
    }

    /**
     * Every (status, action, role) triple, on a story as it is and on one taken down for its
     * consent: offered if and only if accepted, and accepted steps land where the table says.
     */
    @Test
    void theEditorOffersExactlyTheStepsThatWillBeAccepted() {
        java.util.List<String> all = java.util.Arrays.stream(StoryTransition.values())
                .filter(StoryTransition::isAnAction).map(StoryTransition::action).toList();
        assertEquals(java.util.List.of("submit", "approve", "publish", "request-changes", "unpublish", "archive"), all);
        int walked = 0;
        for (boolean gone : new boolean[] {false, true}) {
            for (StoryStatus status : StoryStatus.values()) {
                for (Role role : Role.values()) {
                    java.util.List<String> offered = in(status, gone).actionsFor(role);
                    for (String action : all) {
                        Story story = in(status, gone);
                        StoryStatus before = story.status();
                        boolean accepted;
                        try {
                            take(story, action, role);
                            accepted = true;
                        } catch (NotPermittedException | RuleViolationException refused) {
                            accepted = false;
                            assertEquals(before, story.status(), "a refusal changes nothing");
                        }
                        String triple = action + " by " + role + " on a " + (gone ? "taken-down " : "") + before + " story";
                        assertEquals(offered.contains(action), accepted, triple + (accepted ? " is accepted but not offered"
                                : " is offered but refused"));
                        if (accepted) {
                            assertEquals(StoryTransition.of(action).orElseThrow().to(), story.status(), triple);
                        }
                        walked++;
                    }
                    if (!role.mayAuthor()) {
                        assertTrue(offered.isEmpty(), role + " is offered nothing");
                    }
                }
            }
        }
        assertEquals(2 * StoryStatus.values().length * Role.values().length * all.size(), walked);
    }

    static Story in(StoryStatus status, boolean gone) {
        Story story = in(status);
        if (gone) {
            story.takeDown(NOW);
        }
        return story;
    }

    @Test
    void archivingNeedsAStoryOffTheSiteAndNotUnderReview() {
        for (StoryStatus status : StoryStatus.values()) {
            Story story = in(status);
            boolean allowed = status == StoryStatus.DRAFT || status == StoryStatus.CHANGES_REQUESTED
                    || status == StoryStatus.UNPUBLISHED;
            if (allowed) {
                story.archive(Role.EDITOR, NOW);
                assertEquals(StoryStatus.ARCHIVED, story.status());
            } else {
                RuleViolationException e = assertThrows(RuleViolationException.class, () -> story.archive(Role.EDITOR, NOW));
                assertEquals("transition-not-allowed", e.rule(), status.name());
                assertEquals(status, story.status());
            }
        }
    }

    @Test
    void onlyAClearedStoryGoesBackToReview() {
        for (StoryStatus status : StoryStatus.values()) {
            Story story = in(status);
            if (story.isCleared()) {
                story.reopenReview();
                assertEquals(StoryStatus.IN_REVIEW, story.status());
                assertEquals(null, story.scheduledAt());
            } else {
                assertThrows(RuleViolationException.class, story::reopenReview, status.name());
                assertEquals(status, story.status());
            }
        }
    }
}
