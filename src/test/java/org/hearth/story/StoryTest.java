package org.hearth.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hearth.campaign.entity.Campaign;
import org.hearth.organization.entity.Organization;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Province;
import org.hearth.shared.RuleViolationException;
import org.hearth.story.entity.Attribution;
import org.hearth.story.entity.AttributionType;
import org.hearth.story.entity.ContentNote;
import org.hearth.story.entity.LanguageTag;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryContent;
import org.hearth.story.entity.StoryKind;
import org.hearth.story.entity.StoryStatus;
import org.hearth.story.entity.Topic;
import org.junit.jupiter.api.Test;

class StoryTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    static final Organization ORG = new Organization("harbour", "Harbour", Province.ON, NOW);
    static final NeighbourhoodProject PROJECT = project("parkdale", ORG);

    static NeighbourhoodProject project(String slug, Organization organization) {
        NeighbourhoodProject project = new NeighbourhoodProject(slug, organization, NOW);
        project.place("Parkdale Youth Voices", null, Province.ON, "Toronto", "Parkdale");
        return project;
    }

    static StoryContent content(String title) {
        return new StoryContent(title, "A summary.", "Some *Markdown*.", StoryKind.COMPOSITE,
                Attribution.of(AttributionType.PSEUDONYM, "Amira"), Set.of(Topic.LABOUR_EXPLOITATION),
                Set.of(ContentNote.COERCION));
    }

    @Test
    void aNewStoryIsAPrivateDraftWithAnUnguessableId() {
        Story story = Story.draft(PROJECT, "EN", content("Title"), null, NOW);
        assertEquals(StoryStatus.DRAFT, story.status());
        assertFalse(story.isPublic());
        assertEquals("en", story.lang());
        assertSame(ORG, story.organization());
        assertTrue(story.publicId().length() >= 22, story.publicId());
        assertNull(story.publishedAt());
    }

    @Test
    void contentReportsEveryMissingFieldAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new StoryContent(" ", null, "", null, null, null, null));
        assertEquals(List.of("title", "summary", "body", "kind"), e.errors().stream().map(InvalidInputException.FieldError::field).toList());
    }

    @Test
    void contentIsBounded() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new StoryContent("t".repeat(Story.TITLE_LENGTH + 1), "s", "b", StoryKind.GUIDANCE, null, null, null));
        assertEquals("title", e.errors().get(0).field());
    }

    @Test
    void aTranslationIsItsOwnStoryLinkedToTheOriginal() {
        Story original = Story.draft(PROJECT, "en", content("Signs at work"), null, NOW);
        original.restoreState(StoryStatus.PUBLISHED, NOW, WorkflowTest.OPEN);
        Story french = original.translate("fr", content("Les signes au travail"), null, NOW);
        assertEquals(StoryStatus.DRAFT, french.status(), "a translation starts as its own draft");
        assertEquals(StoryStatus.PUBLISHED, original.status(), "the original's state is untouched");
        assertSame(original, french.translationOf());
        assertEquals(List.of(french), original.otherLanguages());
        assertEquals(List.of(original), french.otherLanguages());
        assertThrows(InvalidInputException.class, () -> french.translate("fr", content("Encore"), null, NOW),
                "a second French version of the same story is refused");
        assertThrows(InvalidInputException.class, () -> original.translate("en", content("Again"), null, NOW));
    }

    @Test
    void aPublishedStateNeedsItsPublicationTime() {
        Story story = Story.draft(PROJECT, "en", content("Title"), null, NOW);
        assertThrows(InvalidInputException.class, () -> story.restoreState(StoryStatus.PUBLISHED, null, WorkflowTest.OPEN));
        story.restoreState(StoryStatus.PUBLISHED, NOW, WorkflowTest.OPEN);
        assertTrue(story.isPublic());
    }

    @Test
    void anImportedStateClearedForPublicationPassesTheGateOrComesInAsADraft() {
        for (StoryStatus cleared : List.of(StoryStatus.APPROVED, StoryStatus.SCHEDULED, StoryStatus.PUBLISHED)) {
            Story refused = Story.draft(PROJECT, "en", content("Title"), null, NOW);
            java.util.Optional<RuleViolationException> refusal = refused.restoreState(cleared, NOW, WorkflowTest.CLOSED);
            assertEquals("consent-gate", refusal.orElseThrow().rule(), cleared.name());
            assertEquals(StoryStatus.DRAFT, refused.status());
            assertEquals(null, refused.publishedAt());
            Story passed = Story.draft(PROJECT, "en", content("Title"), null, NOW);
            assertTrue(passed.restoreState(cleared, NOW, WorkflowTest.OPEN).isEmpty());
            assertEquals(cleared, passed.status());
        }
        for (StoryStatus unchecked : List.of(StoryStatus.DRAFT, StoryStatus.IN_REVIEW, StoryStatus.CHANGES_REQUESTED,
                StoryStatus.UNPUBLISHED, StoryStatus.ARCHIVED)) {
            Story story = Story.draft(PROJECT, "en", content("Title"), null, NOW);
            assertTrue(story.restoreState(unchecked, null, WorkflowTest.CLOSED).isEmpty(), "not public, not asked: " + unchecked);
            assertEquals(unchecked, story.status());
        }
    }

    @Test
    void projectsAndCampaignsOfAnotherOrganizationAreRefused() {
        Story story = Story.draft(PROJECT, "en", content("Title"), null, NOW);
        Organization other = new Organization("other", "Other", Province.QC, NOW);
        assertThrows(InvalidInputException.class, () -> story.placeIn(project("elsewhere", other), null));
        Campaign foreign = new Campaign("foreign", other, NOW);
        assertThrows(InvalidInputException.class, () -> story.placeIn(PROJECT, foreign));
    }

    @Test
    void anonymousAttributionCarriesNoNameAndOthersNeedOne() {
        assertNull(Attribution.of(AttributionType.ANONYMOUS, "Should vanish").name());
        assertThrows(InvalidInputException.class, () -> Attribution.of(AttributionType.FIRST_NAME, " "));
        assertEquals("Amira", Attribution.of(AttributionType.PSEUDONYM, " Amira ").name());
    }

    @Test
    void codesAreTheContractsLowerCaseHyphenatedNames() {
        assertEquals("lived-experience", StoryKind.LIVED_EXPERIENCE.code());
        assertEquals("changes-requested", StoryStatus.CHANGES_REQUESTED.code());
        assertEquals("recognizing-signs", Topic.RECOGNIZING_SIGNS.code());
        assertEquals("sexual-violence", ContentNote.SEXUAL_VIOLENCE.code());
        assertEquals("first-name", AttributionType.FIRST_NAME.code());
    }

    @Test
    void languageTagsAreNormalizedAndKnowTheirDirection() {
        assertEquals("iu-Cans", LanguageTag.of("iu-cans"));
        assertTrue(LanguageTag.isRightToLeft("ar"));
        assertTrue(LanguageTag.isRightToLeft("fa"));
        assertFalse(LanguageTag.isRightToLeft("fr"));
        assertThrows(InvalidInputException.class, () -> LanguageTag.of("not a language"));
        assertThrows(InvalidInputException.class, () -> LanguageTag.of(""));
    }

    @Test
    void autosavesOfOneSittingShareARevisionAndOthersStartTheirOwn() {
        Story story = Story.draft(PROJECT, "en", content("Title"), null, NOW);
        org.hearth.story.entity.StoryRevision saved = new org.hearth.story.entity.StoryRevision(story, 1, "me@example.org", NOW);
        assertFalse(saved.absorbsAutosave("me@example.org", NOW.plusSeconds(10)), "a deliberate save is never rewritten");
        org.hearth.story.entity.StoryRevision auto = org.hearth.story.entity.StoryRevision.autosaved(story, 2, "me@example.org", NOW);
        assertTrue(auto.absorbsAutosave("me@example.org", NOW.plusSeconds(14 * 60)));
        assertFalse(auto.absorbsAutosave("me@example.org", NOW.plusSeconds(15 * 60)), "a new sitting after fifteen minutes");
        assertFalse(auto.absorbsAutosave("you@example.org", NOW.plusSeconds(10)), "someone else's autosave is theirs");
        story.revise(content("New title"), NOW.plusSeconds(20));
        auto.refresh(story);
        assertEquals("New title", auto.title());
        auto.purge();
        assertFalse(auto.absorbsAutosave("me@example.org", NOW.plusSeconds(30)), "purged words are never written back");
    }

    @Test
    void lineEndsFromABrowserAreStoredAsOneKind() {
        var content = new org.hearth.story.entity.StoryContent("Title", "One\r\ntwo", "Line one.\r\nLine two.\rThree",
                org.hearth.story.entity.StoryKind.GUIDANCE, null, null, null);
        assertEquals("One\ntwo", content.summary());
        assertEquals("Line one.\nLine two.\nThree", content.body());
    }
}
