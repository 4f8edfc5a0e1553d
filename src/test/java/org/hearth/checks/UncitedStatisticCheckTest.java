package org.hearth.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UncitedStatisticCheckTest {

    private static List<Check> stats(String body) {
        return Texts.run(Texts.body(body), Check.UNCITED_STATISTIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "40% of victims are women.",
            "Nearly 40 per cent of victims know their trafficker.",
            "1 in 4 victims is a child.",
            "One woman in five has been approached online.",
            "Three out of four calls come from Ontario.",
            "Thousands of people are trafficked every year.",
            "More than 5,000 victims were identified.",
            "About 1.2 million people work in forced labour.",
            "Une femme sur trois a été approchée en ligne.",
            "1 femme sur 3 a été approchée en ligne.",
            "Des milliers de personnes sont exploitées.",
            "40 % des victimes sont des femmes.",
    })
    void flagsStatisticsWithoutASource(String body) {
        List<Check> checks = stats("Trafficking happens here. " + body + " It is often hidden.");

        assertEquals(1, checks.size(), () -> body);
        assertEquals(Severity.WARNING, checks.get(0).severity());
        assertEquals("body", checks.get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "According to Statistics Canada, 40% of victims are women.",
            "40% of victims are women. Source: Statistics Canada, 2023.",
            "40% of victims are [women](https://www150.statcan.gc.ca/).",
            "40% of victims are women.[^1]",
            "40% of victims are women (Statistics Canada, 2023).",
            "Selon Statistique Canada, 40 % des victimes sont des femmes.",
    })
    void citedStatisticsAreNotFlagged(String body) {
        assertEquals(List.of(), stats(body));
    }

    @Test
    void aSourceTwoSentencesLaterIsTooFar() {
        assertEquals(1, stats("40% of victims are women. Many are young. Source: Statistics Canada.").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "She was 16 when it started.",
            "In 2019 women from the shelter spoke at city hall.",
            "We met 12 women at the workshop.",
            "She spent 3 nights in 2 cities.",
            "One night in two weeks she slept.",
            "Two people in ten days came to the drop-in.",
    })
    void ordinaryNumbersAreNotStatistics(String body) {
        assertEquals(List.of(), stats(body));
    }

    @Test
    void aHeadlineFigureIsCitedByTheBody() {
        CheckedText cited = new CheckedText("40% of victims are women", "", "According to Statistics Canada, 40% of victims are women.",
                "guidance", List.of(), 0);
        CheckedText uncited = new CheckedText("40% of victims are women", "", "Women are most at risk.",
                "guidance", List.of(), 0);

        assertEquals(List.of(), Texts.run(cited, Check.UNCITED_STATISTIC));
        assertEquals(List.of("title"), Texts.run(uncited, Check.UNCITED_STATISTIC).stream().map(Check::field).toList());
    }

    @Test
    void theMessageQuotesTheSentence() {
        String message = stats("40% of victims are women.").get(0).message();

        assertTrue(message.contains("“40% of victims are women”"), message);
    }
}
