package org.hearth.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hearth.shared.Reason;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.Story.CoverageLoss;
import org.hearth.story.entity.StoryStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What a consent that stopped covering a story does to it, decided by the gate's reason codes, never its words. */
class CoverageLossTest {

    static final java.time.Instant NOW = WorkflowTest.NOW;

    /** A reason whose English says nothing the rule could have searched for: only the code decides. */
    static List<Reason> because(String code) {
        return List.of(Reason.of(code, "(words that do not matter)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"consent-withdrawn", "consent-expired", "consent-not-website"})
    void withdrawnExpiredOrOffTheWebsiteTakesItDownForGoodFromAnyState(String code) {
        for (StoryStatus status : StoryStatus.values()) {
            Story story = WorkflowTest.in(status);
            assertEquals(CoverageLoss.TAKEN_DOWN, story.loseCoverage(because(code), NOW), code + " on " + status);
            assertTrue(story.isGone());
            assertFalse(story.isPublic());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"consent-not-language", "consent-not-audiences", "name-not-full", "name-not-first",
            "name-anonymous", "child-victim", "consent-unknown", "consent-missing", "storyteller-not-approved"})
    void narrowerTermsSendAClearedStoryBackToReview(String code) {
        for (StoryStatus status : List.of(StoryStatus.APPROVED, StoryStatus.SCHEDULED, StoryStatus.PUBLISHED)) {
            Story story = WorkflowTest.in(status);
            assertEquals(CoverageLoss.BACK_TO_REVIEW, story.loseCoverage(because(code), NOW), code + " on " + status);
            assertEquals(StoryStatus.IN_REVIEW, story.status());
            assertFalse(story.isGone());
            assertEquals(null, story.scheduledAt());
        }
    }

    @ParameterizedTest
    @EnumSource(value = StoryStatus.class, names = {"DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "UNPUBLISHED", "ARCHIVED"})
    void narrowerTermsLeaveAStoryNotClearedForPublicationAlone(StoryStatus status) {
        Story story = WorkflowTest.in(status);
        assertEquals(CoverageLoss.NONE, story.loseCoverage(because("consent-not-language"), NOW));
        assertEquals(status, story.status());
    }

    @Test
    void oneReasonThatEndsPublicationOutweighsNarrowerOnes() {
        Story story = WorkflowTest.in(StoryStatus.PUBLISHED);
        List<Reason> reasons = List.of(Reason.of("consent-not-audiences", "x"), Reason.of("consent-expired", "y"));
        assertEquals(CoverageLoss.TAKEN_DOWN, story.loseCoverage(reasons, NOW));
    }

    @Test
    void wordsAloneDecideNothing() {
        Story story = WorkflowTest.in(StoryStatus.PUBLISHED);
        List<Reason> reasons = List.of(Reason.of("consent-not-language", "the consent was withdrawn, expired, website"));
        assertEquals(CoverageLoss.BACK_TO_REVIEW, story.loseCoverage(reasons, NOW));
    }

    @Test
    void aCoveredOrAlreadyGoneStoryIsLeftAlone() {
        Story covered = WorkflowTest.in(StoryStatus.PUBLISHED);
        assertEquals(CoverageLoss.NONE, covered.loseCoverage(List.of(), NOW));
        assertEquals(StoryStatus.PUBLISHED, covered.status());
        Story gone = WorkflowTest.in(StoryStatus.PUBLISHED);
        gone.takeDown(NOW);
        assertEquals(CoverageLoss.NONE, gone.loseCoverage(because("consent-withdrawn"), NOW.plusSeconds(1)));
        assertEquals(NOW, gone.withdrawnAt(), "the first take-down's time stays");
    }
}
