package org.hearth.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.hearth.consent.entity.Channel;
import org.hearth.shared.InvalidInputException;
import org.hearth.submission.control.SubmissionRules;
import org.hearth.submission.entity.AgeBand;
import org.hearth.submission.entity.CreditType;
import org.hearth.submission.entity.SubmissionForm;
import org.junit.jupiter.api.Test;

/** The age and consent rules of a youth submission, and the shape of its credit. */
class SubmissionRulesTest {

    private static SubmissionForm valid(String ageBand, String guardianConsent) {
        return SubmissionRules.validate("fr", " Notre parc ", "Un poème.", "alias", "Lou", ageBand, "on",
                "Parent", "parent@example.org", guardianConsent, List.of("website", "print"), 0);
    }

    private static Set<String> fieldsOf(InvalidInputException e) {
        return Set.copyOf(e.errors().stream().map(InvalidInputException.FieldError::field).toList());
    }

    private static Set<String> codesOf(InvalidInputException e) {
        return Set.copyOf(e.errors().stream().map(f -> f.reason().code()).toList());
    }

    @Test
    void aMinorWithAssentAndGuardianConsentMaySubmit() {
        SubmissionForm form = valid("16-17", "true");
        assertEquals(AgeBand.AGE_16_17, form.ageBand());
        assertEquals("Notre parc", form.title());
        assertEquals(CreditType.ALIAS, form.creditType());
        assertEquals(Set.of(Channel.WEBSITE, Channel.PRINT), form.channels());
        assertEquals("Parent", form.guardianName());
    }

    @Test
    void underEighteenNeedsTheGuardiansConsent() {
        for (String band : List.of("13-15", "16-17")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> valid(band, null));
            assertEquals(Set.of("guardianConsent"), fieldsOf(e));
        }
        InvalidInputException noDetails = assertThrows(InvalidInputException.class, () -> SubmissionRules.validate("en",
                "T", "D", "alias", "Sky", "13-15", "true", " ", null, "true", List.of("website"), 0));
        assertEquals(Set.of("guardianName", "guardianContact"), fieldsOf(noDetails));
    }

    @Test
    void adultsNeedNoGuardianAndNoGuardianIsKept() {
        SubmissionForm form = valid("18-24", null);
        assertNull(form.guardianName());
        assertNull(form.guardianContact());
        assertEquals(AgeBand.AGE_25_PLUS, valid("25-plus", null).ageBand());
    }

    @Test
    void underThirteenIsRefusedKindlyWhateverElseIsGiven() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> valid("under-13", "true"));
        assertEquals(Set.of("ageBand"), fieldsOf(e));
        assertEquals(Set.of("submission-under-13"), codesOf(e));
        assertTrue(e.errors().get(0).message().contains("ask an adult"));
    }

    @Test
    void theSubmittersOwnAssentIsRequired() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SubmissionRules.validate("en", "T",
                "D", "alias", "Sky", "18-24", "false", null, null, null, List.of("website"), 0));
        assertEquals(Set.of("assent"), fieldsOf(e));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SubmissionRules.validate("de", null,
                null, "full-name", null, null, null, null, null, null, List.of(), 0));
        assertEquals(Set.of("lang", "title", "file", "creditType", "creditName", "ageBand", "assent", "channels"),
                fieldsOf(e));
    }

    @Test
    void aCreditIsAFirstNameAnInitialOrAnAliasNeverAFullNameOrContact() {
        assertEquals(Set.of("creditName"), fieldsOf(assertThrows(InvalidInputException.class, () -> SubmissionRules
                .validate("en", "T", "D", "first-name", "Sam River", "18-24", "yes", null, null, null, List.of("website"), 0))));
        assertEquals(Set.of("creditName"), fieldsOf(assertThrows(InvalidInputException.class, () -> SubmissionRules
                .validate("en", "T", "D", "initial", "SR", "18-24", "yes", null, null, null, List.of("website"), 0))));
        assertEquals(Set.of("creditName"), fieldsOf(assertThrows(InvalidInputException.class, () -> SubmissionRules
                .validate("en", "T", "D", "alias", "@sky2009", "18-24", "yes", null, null, null, List.of("website"), 0))));
        assertEquals("S.", SubmissionRules.validate("en", "T", "D", "initial", "S.", "18-24", "yes", null, null, null,
                List.of("website"), 0).creditName());
        assertEquals("Anne-Marie", SubmissionRules.validate("en", "T", "D", "first-name", "Anne-Marie", "18-24", "yes",
                null, null, null, List.of("website"), 0).creditName());
    }

    @Test
    void filesAloneOrWritingAloneIsEnoughButNotNeither() {
        SubmissionRules.validate("en", "T", null, "alias", "Sky", "18-24", "true", null, null, null, List.of("website"), 1);
        assertEquals(Set.of("file"), fieldsOf(assertThrows(InvalidInputException.class, () -> SubmissionRules.validate(
                "en", "T", " ", "alias", "Sky", "18-24", "true", null, null, null, List.of("website"), 0))));
    }

    @Test
    void unknownChannelsAreRefused() {
        assertEquals(Set.of("channels"), fieldsOf(assertThrows(InvalidInputException.class, () -> SubmissionRules.validate(
                "en", "T", "D", "alias", "Sky", "18-24", "true", null, null, null, List.of("billboards"), 0))));
    }
}
