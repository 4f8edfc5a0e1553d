package org.hearth.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiscouragedTermCheckTest {

    private static List<Check> terms(CheckedText text) {
        return Texts.run(text, Check.DISCOURAGED_TERM);
    }

    @Test
    void childProstituteIsFlaggedWithItsSuggestion() {
        List<Check> checks = terms(Texts.body("The report called her a child prostitute."));

        assertEquals(1, checks.size());
        assertEquals(Severity.WARNING, checks.get(0).severity());
        assertEquals("body", checks.get(0).field());
        assertTrue(checks.get(0).message().contains("Use “child who has been sexually exploited” instead"),
                checks.get(0).message());
    }

    @Test
    void childProstituteIsFlaggedInEveryField() {
        CheckedText text = new CheckedText("Not a child prostitute", "Child prostitutes?", "A child\nprostitute.",
                "guidance", List.of(), 0);

        assertEquals(List.of("title", "summary", "body"), terms(text).stream().map(Check::field).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHILD PROSTITUTE", "child  prostitutes", "child\nprostitute", "**child prostitute**"})
    void matchingIgnoresCaseLineBreaksPluralsAndEmphasis(String body) {
        assertEquals(1, terms(Texts.body("They said " + body + " again.")).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"childprostitute", "grandchild prostitutes", "a child prostituted by"})
    void matchingRespectsWordBoundaries(String body) {
        assertEquals(List.of(), terms(Texts.body("They said " + body + " again.")));
    }

    @Test
    void modernDaySlaveryIsFlaggedInTheTitleOnly() {
        List<Check> inTitle = terms(Texts.title("Modern-day slavery in our city"));
        List<Check> inBody = terms(Texts.body("Some call it modern-day slavery; we explain why we say trafficking."));

        assertEquals(1, inTitle.size());
        assertEquals("title", inTitle.get(0).field());
        assertTrue(inTitle.get(0).message().contains("in headlines"), inTitle.get(0).message());
        assertEquals(List.of(), inBody);
    }

    @Test
    void aTermIsReportedOncePerField() {
        assertEquals(1, terms(Texts.body("Illegal immigrant here, illegal immigrants there.")).size());
    }

    @Test
    void frenchTermsAreFlagged() {
        List<Check> checks = terms(Texts.body("Le journal parlait d’une enfant prostituée et des clandestins."));

        assertEquals(2, checks.size(), checks::toString);
        assertTrue(checks.get(0).message().contains("enfant victime d’exploitation sexuelle"), checks.get(0).message());
    }

    @Test
    void clandestinAsAnAdjectiveIsNotFlagged() {
        assertEquals(List.of(), terms(Texts.body("Un réseau clandestin exploitait le travail clandestin.")));
    }

    @Test
    void rescuedIsOnlyAHint() {
        List<Check> checks = terms(Texts.body("She was rescued in 2019."));

        assertEquals(1, checks.size());
        assertEquals(Severity.INFO, checks.get(0).severity());
    }

    @Test
    void anEditedListIsUsed() {
        List<TerminologyEntry> list = List.of(new TerminologyEntry("runaway", "youth who left home", "", false));

        List<Check> checks = new PrePublishChecks().run(Texts.body("A runaway, they said."), list);

        assertEquals(1, checks.size());
        assertEquals(List.of(), new PrePublishChecks().run(Texts.body("A runaway, they said."), List.of()));
    }
}
