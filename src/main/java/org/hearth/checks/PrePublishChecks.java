package org.hearth.checks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks an editor sees before publishing (product capability A): likely personal details,
 * discouraged terms, uncited statistics, missing content notes and alt text, and a readability
 * hint. They only warn: an editor may publish with open checks, because a detector cannot know
 * that a number is a partner's public line or that a word is quoted. Each rule follows a line of
 * research/survivor-safety.md (§5 identifiers, §6 terms and statistics, §8 content notes,
 * §11 plain language).
 */
public class PrePublishChecks {

    /**
     * Help lines meant to be published, never reported as personal details: the Canadian Human
     * Trafficking Hotline, 911, Hope for Wellness, Kids Help Phone and its text number.
     * Organizations with other lines pass their own list (from their help resources).
     */
    public static final Set<String> PUBLISHED_HELP_LINES =
            Set.of("1-833-900-1010", "911", "1-855-242-3310", "1-800-668-6868", "686868");

    /** Above this average sentence length in words, the body gets a readability hint. */
    static final int LONG_AVERAGE_WORDS = 25;
    /** Fewer sentences than this are too few to judge an average. */
    private static final int MIN_SENTENCES_FOR_AVERAGE = 3;
    private static final int EXCERPT_LENGTH = 80;
    private static final List<String> FIELDS = List.of(CheckedText.TITLE, CheckedText.SUMMARY, CheckedText.BODY);
    private static final Pattern MARKDOWN_NOISE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)|\\]\\([^)]*\\)|`[^`]*`|[*_#>\\[\\]]");

    private final PersonalDetails personalDetails;

    public PrePublishChecks() {
        this(PUBLISHED_HELP_LINES);
    }

    /** @param publishedNumbers phone numbers that are meant to be published, in any format */
    public PrePublishChecks(Set<String> publishedNumbers) {
        this.personalDetails = new PersonalDetails(Set.copyOf(publishedNumbers));
    }

    /** All checks, with messages in English. */
    public List<Check> run(CheckedText text, List<TerminologyEntry> terminology) {
        return run(text, terminology, Locale.ENGLISH);
    }

    /** All checks, with messages in French for a French locale and in English otherwise. */
    public List<Check> run(CheckedText text, List<TerminologyEntry> terminology, Locale locale) {
        Objects.requireNonNull(text, "text");
        Messages messages = new Messages(Objects.requireNonNull(locale, "locale"));
        CheckedText normalized = new CheckedText(nfc(text.title()), nfc(text.summary()), nfc(text.body()),
                text.kind(), text.contentNotes(), text.imagesWithoutAltText());
        List<Check> checks = new ArrayList<>();
        personalDetails(normalized, messages, checks);
        discouragedTerms(normalized, terminology == null ? List.of() : terminology, messages, checks);
        uncitedStatistics(normalized, messages, checks);
        contentNotes(normalized, messages, checks);
        altText(normalized, messages, checks);
        longSentences(normalized, messages, checks);
        return List.copyOf(checks);
    }

    private void personalDetails(CheckedText text, Messages messages, List<Check> checks) {
        for (String field : FIELDS) {
            for (PersonalDetails.Finding finding : personalDetails.find(text.field(field))) {
                checks.add(new Check(Check.PERSONAL_DETAILS, Severity.WARNING,
                        messages.format(Check.PERSONAL_DETAILS, messages.text("detail." + finding.kind().code),
                                messages.text("field." + field), PersonalDetails.mask(finding.text())),
                        field));
            }
        }
    }

    /** One check per term and field, however often the term occurs there. */
    private static void discouragedTerms(CheckedText text, List<TerminologyEntry> terminology, Messages messages,
                                         List<Check> checks) {
        for (String field : FIELDS) {
            Set<String> reported = new HashSet<>();
            for (TerminologyEntry entry : terminology) {
                if (entry.headlineOnly() && !CheckedText.TITLE.equals(field)) {
                    continue;
                }
                Matcher m = entry.pattern().matcher(text.field(field));
                if (m.find() && reported.add(entry.term().toLowerCase(Locale.ROOT))) {
                    String key = entry.severity() == Severity.INFO ? "discouraged-term.info"
                            : entry.headlineOnly() ? "discouraged-term.headline" : Check.DISCOURAGED_TERM;
                    String found = m.group().replaceAll("\\s+", " ");
                    checks.add(new Check(Check.DISCOURAGED_TERM, entry.severity(),
                            messages.format(key, found, entry.suggestion(), entry.note()), field));
                }
            }
        }
    }

    /**
     * Statistics in the body need a source next to them. A figure in the title or summary counts
     * as cited when the body cites the same figure, since headlines do not carry sources.
     */
    private static void uncitedStatistics(CheckedText text, Messages messages, List<Check> checks) {
        Set<String> citedInBody = Statistics.citedFigures(text.body());
        for (String field : FIELDS) {
            for (Statistics.Uncited stat : Statistics.uncited(text.field(field))) {
                if (!CheckedText.BODY.equals(field) && citedInBody.contains(Statistics.normalize(stat.figure()))) {
                    continue;
                }
                checks.add(new Check(Check.UNCITED_STATISTIC, Severity.WARNING,
                        messages.format(Check.UNCITED_STATISTIC, messages.text("field." + field), excerpt(stat.sentence())),
                        field));
            }
        }
    }

    /** Lived experience is where readers most need the choice to read on (research §8, [S32], [S70]). */
    private static void contentNotes(CheckedText text, Messages messages, List<Check> checks) {
        if (CheckedText.LIVED_EXPERIENCE.equals(text.kind()) && text.contentNotes().isEmpty()) {
            checks.add(new Check(Check.MISSING_CONTENT_NOTES, Severity.WARNING,
                    messages.format(Check.MISSING_CONTENT_NOTES), null));
        }
    }

    /** Every image needs alt text (research §6, WCAG 1.1.1). */
    private static void altText(CheckedText text, Messages messages, List<Check> checks) {
        if (text.imagesWithoutAltText() > 0) {
            checks.add(new Check(Check.MISSING_ALT_TEXT, Severity.WARNING,
                    messages.format(Check.MISSING_ALT_TEXT, text.imagesWithoutAltText()), null));
        }
    }

    /** Plain language for general readers: about Grade 8, short sentences (research §11, [S58]). */
    private static void longSentences(CheckedText text, Messages messages, List<Check> checks) {
        List<String> sentences = Sentences.of(MARKDOWN_NOISE.matcher(text.body()).replaceAll(" "));
        long words = sentences.stream().mapToLong(s -> s.split("\\s+").length).sum();
        if (sentences.size() >= MIN_SENTENCES_FOR_AVERAGE && words > (long) LONG_AVERAGE_WORDS * sentences.size()) {
            checks.add(new Check(Check.LONG_SENTENCES, Severity.INFO,
                    messages.format(Check.LONG_SENTENCES, Math.round((double) words / sentences.size())),
                    CheckedText.BODY));
        }
    }

    private static String excerpt(String sentence) {
        String flat = sentence.replaceAll("\\s+", " ").replaceAll("[.!?]+$", "");
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH).strip() + "…";
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
