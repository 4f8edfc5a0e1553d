package org.hearth.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PersonalDetailsCheckTest {

    private static List<Check> details(String body) {
        return Texts.run(Texts.body(body), Check.PERSONAL_DETAILS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Call her at 1-416-555-0199 after six.                  | phone number",
            "Call her at +1 (416) 555-0199.                          | phone number",
            "Call her at 416.555.0199.                               | phone number",
            "Call her at 416 555 0199.                               | phone number",
            "Her cell was 555-0199.                                  | phone number",
            "Write to amira.k@example.org for details.                | email address",
            "She lived at 1234, rue Sainte-Catherine Ouest.          | street address",
            "She lived at 12 rue de la Montagne.                     | street address",
            "The house at 45 King St. W was quiet.                   | street address",
            "The house at 221 Maple Avenue was quiet.                | street address",
            "Her Instagram was @amira_22 back then.                  | social media handle",
            "The van, plate ABCD 123, came every night.              | licence plate",
            "The van, plate ABC-123, came every night.               | licence plate",
            "The van, plate 123 ABC, came every night.               | licence plate",
            "Her postal code was H2X 1Y4.                            | postal code",
    })
    void flagsLikelyPersonalDetails(String body, String kind) {
        List<Check> checks = details(body);

        assertEquals(1, checks.size(), () -> "expected one finding in: " + body + " but got " + checks);
        Check check = checks.get(0);
        assertEquals(Severity.WARNING, check.severity());
        assertEquals("body", check.field());
        assertTrue(check.message().startsWith("Possible " + kind + " in the body"), check.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-833-900-1010", "1 833 900 1010", "(833) 900-1010", "911", "1-855-242-3310",
            "1-800-668-6868", "686868"})
    void publishedHelpLinesAreNotFlagged(String number) {
        assertEquals(List.of(), details("If you need help, call " + number + " at any time."));
    }

    @Test
    void aNumberOneDigitAwayFromTheHotlineIsFlagged() {
        assertEquals(1, details("Call 1-833-900-1011 at any time.").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "In 2019, 40% of the 1,200 calls came at night.",
            "She was 16 when it started, and it lasted 3 years.",
            "Read pages 123-145 of the report.",
            "The law (Bill S-211) took effect on 1 January 2024.",
            "CALL 911 IN AN EMERGENCY.",
            "She walked down the road for 20 minutes.",
            "Meet us @ 5 pm.",
            "WCAG 2.2 AA and COVID-19 guidance.",
    })
    void ordinaryTextIsNotFlagged(String body) {
        assertEquals(List.of(), details(body));
    }

    @Test
    void theExcerptIsMasked() {
        String message = details("Call her at 1-416-555-0199.").get(0).message();

        assertFalse(message.contains("416-555"), message);
        assertTrue(message.contains("“1-•••-•••-••99”"), message);
    }

    @Test
    void titleAndSummaryAreCheckedToo() {
        CheckedText text = new CheckedText("Amira (@amira_22) speaks", "Reach her at amira@example.org", "A body.",
                "guidance", List.of(), 0);

        List<Check> checks = Texts.run(text, Check.PERSONAL_DETAILS);

        assertEquals(List.of("title", "summary"), checks.stream().map(Check::field).toList());
    }

    @Test
    void anEmailIsNotAlsoReportedAsAHandle() {
        assertEquals(1, details("Write to amira@example.org.").size());
    }

    @Test
    void anOrganizationCanPublishItsOwnLines() {
        List<Check> checks = new PrePublishChecks(Set.of("416-555-0199"))
                .run(Texts.body("Our office line is 416-555-0199."), List.of());

        assertEquals(List.of(), checks);
        assertEquals(1, details("Our office line is 416-555-0199.").size());
    }
}
