package org.hearth.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hearth.consent.entity.Channel;
import org.hearth.organization.entity.Organization;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.RuleViolationException;
import org.hearth.submission.entity.AgeBand;
import org.hearth.submission.entity.CreditType;
import org.hearth.submission.entity.InvitationCode;
import org.hearth.submission.entity.Submission;
import org.hearth.submission.entity.SubmissionForm;
import org.junit.jupiter.api.Test;

/** A submission's life: pending, one decision, withdrawal at any time; what the submitter reads at each step. */
class SubmissionTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private static Submission submission() {
        Organization organization = new Organization("northern-lantern", "Northern Lantern", org.hearth.shared.Province.ON, Instant.EPOCH);
        InvitationCode code = new InvitationCode(new NeighbourhoodProject("parkdale", organization, Instant.EPOCH), 5,
                LocalDate.of(2027, 1, 1), "staff@example.org", NOW);
        SubmissionForm form = new SubmissionForm("en", "Mural", "Our street", CreditType.ALIAS, "Sky", AgeBand.AGE_16_17,
                "Parent", "parent@example.org", Set.of(Channel.WEBSITE, Channel.PRINT));
        return new Submission(code, "hash", form, "sealed", "consent-1", List.of("m1"), NOW);
    }

    @Test
    void itIsReceivedThenInReviewOnceAModeratorOpensIt() {
        Submission s = submission();
        assertEquals("received", s.volunteerStatus());
        s.open(NOW);
        assertEquals("in-review", s.volunteerStatus());
        assertEquals(Set.of(Channel.WEBSITE, Channel.PRINT), s.channels());
    }

    @Test
    void oneDecisionOnly() {
        Submission s = submission();
        s.reject("mod@example.org", "  Please remove the street sign  ", NOW);
        assertEquals("not-accepted", s.volunteerStatus());
        assertEquals("Please remove the street sign", s.feedback());
        assertThrows(RuleViolationException.class, () -> s.accept("mod@example.org", "story-1", NOW));
    }

    @Test
    void anEscalationReadsInReviewToTheSubmitterAndTheLeadMayOnlyCloseIt() {
        Submission s = submission();
        s.escalate("mod@example.org", "possible disclosure", NOW);
        assertEquals("in-review", s.volunteerStatus());
        assertThrows(RuleViolationException.class, () -> s.escalate("mod@example.org", null, NOW));
        assertThrows(RuleViolationException.class, () -> s.accept("lead@example.org", "story-1", NOW), "never published");
        s.reject("lead@example.org", null, NOW);
        assertEquals("not-accepted", s.volunteerStatus());
    }

    @Test
    void withdrawalWorksAfterAcceptanceAndOnlyOnce() {
        Submission s = submission();
        s.accept("mod@example.org", "story-1", NOW);
        assertEquals("accepted", s.volunteerStatus());
        assertTrue(s.withdraw(NOW));
        assertEquals("withdrawn", s.volunteerStatus());
        assertFalse(s.withdraw(NOW));
    }

    @Test
    void ageBandsKnowWhoMaySubmitAndWhoNeedsAGuardian() {
        assertFalse(AgeBand.UNDER_13.maySubmit());
        assertTrue(AgeBand.AGE_13_15.needsGuardian());
        assertTrue(AgeBand.AGE_16_17.needsGuardian());
        assertFalse(AgeBand.AGE_18_24.needsGuardian());
        assertEquals("25-plus", AgeBand.AGE_25_PLUS.code());
    }
}
