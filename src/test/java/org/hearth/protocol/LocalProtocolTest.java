package org.hearth.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.hearth.account.entity.Role;
import org.hearth.protocol.entity.LocalProtocol;
import org.hearth.protocol.entity.ProtocolContent;
import org.hearth.protocol.entity.StepInput;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.NotPermittedException;
import org.hearth.shared.Reason;
import org.hearth.shared.RuleViolationException;
import org.hearth.story.entity.StoryStatus;
import org.junit.jupiter.api.Test;

/** A protocol's rules: the story workflow's table, what it needs before frontline staff may follow it, and its edits. */
class LocalProtocolTest {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    static final Predicate<String> DIRECTORY = Set.of("hotline", "drop-in")::contains;

    static ProtocolContent content(List<StepInput> steps) {
        return new ProtocolContent("Pathway", "Parcours", "Intro", "Intro fr", "- Consent first", "- Le consentement d'abord",
                steps, LocalDate.of(2026, 10, 1));
    }

    static final List<StepInput> STEPS = List.of(new StepInput("Call 911 if in danger", "Composez le 911", null),
            new StepInput("Call the hotline together", "Appelez la ligne ensemble", "hotline"));

    static LocalProtocol draft(List<StepInput> steps) {
        return new LocalProtocol("parkdale", 1L, content(steps), NOW);
    }

    static LocalProtocol published() {
        LocalProtocol p = draft(STEPS);
        p.take("submit", Role.AUTHOR, DIRECTORY, NOW);
        p.take("approve", Role.EDITOR, DIRECTORY, NOW);
        p.take("publish", Role.EDITOR, DIRECTORY, NOW);
        return p;
    }

    @Test
    void itFollowsTheStoryWorkflowWithItsRoles() {
        LocalProtocol p = draft(STEPS);
        assertEquals(List.of("submit"), p.actionsFor(Role.AUTHOR));
        assertThrows(NotPermittedException.class, () -> p.take("approve", Role.AUTHOR, DIRECTORY, NOW));
        assertThrows(RuleViolationException.class, () -> p.take("publish", Role.EDITOR, DIRECTORY, NOW), "a draft is not published");
        p.take("submit", Role.AUTHOR, DIRECTORY, NOW);
        assertEquals(StoryStatus.IN_REVIEW, p.status());
        assertEquals(List.of("approve", "request-changes"), p.actionsFor(Role.EDITOR));
        p.take("approve", Role.EDITOR, DIRECTORY, NOW);
        p.take("publish", Role.EDITOR, DIRECTORY, NOW);
        assertTrue(p.isPublic());
        assertEquals(NOW, p.publishedAt());
        assertEquals(List.of("unpublish"), p.actionsFor(Role.EDITOR));
        assertThrows(InvalidInputException.class, () -> p.take("fly", Role.EDITOR, DIRECTORY, NOW));
    }

    @Test
    void itIsApprovedOnlyWithStepsInBothLanguagesAndServicesStillInTheDirectory() {
        LocalProtocol empty = draft(List.of());
        empty.take("submit", Role.AUTHOR, DIRECTORY, NOW);
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> empty.take("approve", Role.EDITOR, DIRECTORY, NOW));
        assertEquals(List.of("protocol-no-steps"), refused.reasons().stream().map(Reason::code).toList());

        LocalProtocol half = draft(List.of(new StepInput("Call the drop-in", null, "drop-in"), new StepInput("Call", "Appelez", "closed-clinic")));
        assertEquals(List.of("protocol-untranslated", "protocol-service-missing"),
                half.blockers(DIRECTORY).stream().map(Reason::code).toList());
        assertEquals(List.of("2", "closed-clinic"), half.blockers(DIRECTORY).get(1).args(), "names the step and the service");
        assertEquals(List.of(), draft(STEPS).blockers(DIRECTORY));
    }

    @Test
    void anAuthorsEditSendsAPublishedProtocolBackToReviewAnEditorsMustStillPass() {
        LocalProtocol p = published();
        p.revise(content(List.of(new StepInput("Call", "Appelez", null))), Role.EDITOR, DIRECTORY, NOW);
        assertTrue(p.isPublic(), "an editor's complete edit stays published");
        assertThrows(RuleViolationException.class,
                () -> p.revise(content(List.of(new StepInput("Call", null, null))), Role.EDITOR, DIRECTORY, NOW));
        p.revise(content(STEPS), Role.AUTHOR, DIRECTORY, NOW);
        assertEquals(StoryStatus.IN_REVIEW, p.status(), "an author's edit goes back to review");
    }

    @Test
    void blankStepsAreDroppedAndOverlongTextsAndFutureChecksAreRefusedByField() {
        LocalProtocol p = draft(List.of(new StepInput(" ", null, "hotline"), new StepInput("Call", "Appelez", " ")));
        assertEquals(1, p.steps().size());
        assertEquals(null, p.steps().get(0).service(), "a blank service is none");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> p.revise(new ProtocolContent(null, " ",
                null, null, null, null, List.of(new StepInput("x".repeat(2001), "y", null)), LocalDate.of(2027, 1, 1)),
                Role.EDITOR, DIRECTORY, NOW));
        assertEquals(List.of("titleEn", "steps[0].textEn", "lastVerified"),
                refused.errors().stream().map(InvalidInputException.FieldError::field).toList());
        assertEquals("Call", p.steps().get(0).text("en"), "a refused edit changes nothing");
    }

    @Test
    void anArchivedProtocolCannotBeEditedAndAnOldCheckIsFlagged() {
        LocalProtocol p = draft(STEPS);
        p.take("archive", Role.EDITOR, DIRECTORY, NOW);
        assertThrows(RuleViolationException.class, () -> p.revise(content(STEPS), Role.EDITOR, DIRECTORY, NOW));
        assertFalse(p.needsVerification(LocalDate.of(2027, 4, 1)));
        assertTrue(p.needsVerification(LocalDate.of(2027, 4, 2)));
        assertEquals("Parcours", p.title("fr"));
    }
}
