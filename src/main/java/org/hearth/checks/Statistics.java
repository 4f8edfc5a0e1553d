package org.hearth.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sentences that state a statistic without a source. Guidance on trafficking reporting
 * asks writers to be sceptical of figures and to cite the original research, with its date
 * (research/survivor-safety.md §6, [S12], [S20]).
 */
final class Statistics {

    /** A statistic and the sentence it is in. */
    record Uncited(String figure, String sentence) {
    }

    private static final String SP = "[\\s\\u00a0\\u202f]";
    private static final String OF_TEN = "two|three|four|five|six|seven|eight|nine|ten|"
            + "deux|trois|quatre|cinq|sept|huit|neuf|dix";
    private static final String SMALL = "one|une?|" + OF_TEN;
    private static final String PEOPLE = "people|persons|individuals|victims|survivors|women|men|girls|boys|"
            + "children|kids|youths?|teens|adults|workers|migrants|newcomers|canadians|cases|"
            + "personnes|individus|victimes|survivant(?:e)?s|femmes|hommes|filles|garçons|enfants|jeunes|"
            + "adolescent(?:e)?s|travailleu(?:r|se)s|migrant(?:e)?s|canadien(?:ne)?s|cas";
    private static final String NUMBER = "(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:[,\\u00a0\\u202f ]\\d{3})+|\\d+(?:[.,]\\d+)?)";
    private static final String MULTIPLIER = "(million|billion|thousand|millions|milliards?|milliers?)";

    private static final Pattern PERCENT = Pattern.compile(
            "\\d+(?:[.,]\\d+)?" + SP + "?(?:%|per" + SP + "?cent\\b|pour" + SP + "?cent\\b)",
            Pattern.CASE_INSENSITIVE);
    /**
     * "1 in 4", "one woman in five", "3 (women) out of 5", "une (femme) sur trois"; a noun between
     * "1" and "in" would also catch "3 nights in 2 cities", so digits take "in" directly.
     */
    private static final Pattern PROPORTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:\\d{1,3}|" + SMALL + ")" + SP + "+(?:\\p{L}+" + SP + "+)?(?:out" + SP + "+of|sur)"
            + "|(?:" + SMALL + ")" + SP + "+(?:\\p{L}+" + SP + "+)?in|\\d{1,3}" + SP + "+in)"
            + SP + "+(?:\\d{1,3}|" + OF_TEN + "|a" + SP + "+hundred|cent)(?![\\p{L}\\p{N}])"
            + "(?!" + SP + "+(?:day|week|month|year|hour|minute|jour|semaine|mois|an|heure)s?\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MULTITUDE = Pattern.compile(
            "(?<![\\p{L}])(?:thousands|millions|billions)" + SP + "+of\\b"
            + "|(?<![\\p{L}])(?:milliers|millions|milliards)" + SP + "+d(?:e|['’])",
            Pattern.CASE_INSENSITIVE);
    /** "5,000 victims", "1.2 million people", "300 young women"; the count decides (see {@link #large}). */
    private static final Pattern COUNT = Pattern.compile(
            NUMBER + SP + "*" + "(?:" + MULTIPLIER + SP + "+)?(?:de" + SP + "+)?(?:\\p{L}+" + SP + "+)?(?:" + PEOPLE + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A Markdown link or footnote, a URL, "source:", "according to", "selon", "d'après", or "(Author, 2023)". */
    private static final Pattern CITATION = Pattern.compile(
            "\\[[^\\]]*]\\([^)]+\\)|\\[[^\\]]+]\\[[^\\]]*]|\\[\\^[^\\]]+]|https?://"
            + "|\\bsources?" + SP + "*:|\\baccording" + SP + "+to\\b|\\bselon\\b|\\bd['’]après\\b"
            + "|\\([^()]*\\p{L}[^()]*[,\\s]" + SP + "*(?:19|20)\\d{2}[a-z]?\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Statistics() {
    }

    /** Statistics in the text with no citation in their sentence or the next. */
    static List<Uncited> uncited(String text) {
        List<Uncited> uncited = new ArrayList<>();
        List<String> sentences = Sentences.of(text);
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            String figure = figure(sentence);
            if (figure != null && !cited(sentence) && !(i + 1 < sentences.size() && cited(sentences.get(i + 1)))) {
                uncited.add(new Uncited(figure, sentence));
            }
        }
        return uncited;
    }

    /** The figures of statistics that are cited in the text, normalized for comparison. */
    static Set<String> citedFigures(String text) {
        Set<String> figures = new HashSet<>();
        List<String> sentences = Sentences.of(text);
        for (int i = 0; i < sentences.size(); i++) {
            String figure = figure(sentences.get(i));
            if (figure != null && (cited(sentences.get(i)) || i + 1 < sentences.size() && cited(sentences.get(i + 1)))) {
                figures.add(normalize(figure));
            }
        }
        return figures;
    }

    static String normalize(String figure) {
        return figure.replaceAll("[\\s\\u00a0\\u202f]+", " ").toLowerCase(Locale.ROOT);
    }

    /** The first statistic-like figure in the sentence, or null. */
    static String figure(String sentence) {
        for (Pattern pattern : List.of(PERCENT, PROPORTION, MULTITUDE)) {
            Matcher m = pattern.matcher(sentence);
            if (m.find()) {
                return m.group();
            }
        }
        Matcher m = COUNT.matcher(sentence);
        while (m.find()) {
            if (large(m.group(1), m.group(2))) {
                return m.group();
            }
        }
        return null;
    }

    private static boolean cited(String sentence) {
        return CITATION.matcher(sentence).find();
    }

    /** At least a hundred, and not a bare year such as "in 2019 women…". */
    private static boolean large(String number, String multiplier) {
        if (multiplier != null) {
            return true;
        }
        if (number.matches("(?:19|20)\\d{2}")) {
            return false;
        }
        String whole = number.replaceAll("[,\\u00a0\\u202f ](?=\\d{3})", "").replaceAll("[.,]\\d+$", "");
        return whole.length() >= 3;
    }
}
