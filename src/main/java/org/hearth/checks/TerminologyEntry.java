package org.hearth.checks;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A term the editor flags, with what to write instead. Survivor-informed guidance asks for an
 * editable terminology list (research/survivor-safety.md §6, [S20]); this is one line of it.
 *
 * @param term         the discouraged words, matched case-insensitively on word boundaries; spaces
 *                     and hyphens in it match any run of spaces, line breaks or hyphens, and a
 *                     final {@code s} is allowed (plurals)
 * @param suggestion   what to write instead
 * @param note         why, in one sentence; may be empty
 * @param headlineOnly flag it only in the title (e.g. "modern-day slavery" is fine in explained body text)
 * @param severity     {@link Severity#WARNING} for terms to replace, {@link Severity#INFO} for
 *                     terms that are fine in some contexts
 * @param lang         the language the term is written in ({@code en} unless said), so people can
 *                     keep each language's list; the check itself looks for every term in every text
 */
public record TerminologyEntry(String term, String suggestion, String note, boolean headlineOnly,
                               Severity severity, String lang) {

    public static final int TERM_LENGTH = 200;
    public static final int SUGGESTION_LENGTH = 500;
    public static final int NOTE_LENGTH = 1000;
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");

    public TerminologyEntry {
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("term is required");
        }
        term = Normalizer.normalize(term.strip(), Normalizer.Form.NFC);
        suggestion = Objects.requireNonNullElse(suggestion, "");
        note = Objects.requireNonNullElse(note, "");
        severity = Objects.requireNonNullElse(severity, Severity.WARNING);
        lang = lang == null || lang.isBlank() ? "en" : lang.strip().toLowerCase(java.util.Locale.ROOT);
        if (term.length() > TERM_LENGTH || suggestion.length() > SUGGESTION_LENGTH || note.length() > NOTE_LENGTH) {
            throw new IllegalArgumentException("term, suggestion or note is too long (at most "
                    + TERM_LENGTH + ", " + SUGGESTION_LENGTH + " and " + NOTE_LENGTH + " characters)");
        }
        if (!LANG.matcher(lang).matches()) {
            throw new IllegalArgumentException("lang must be a language code such as en or fr");
        }
    }

    public TerminologyEntry(String term, String suggestion, String note, boolean headlineOnly, Severity severity) {
        this(term, suggestion, note, headlineOnly, severity, "en");
    }

    public TerminologyEntry(String term, String suggestion, String note, boolean headlineOnly) {
        this(term, suggestion, note, headlineOnly, Severity.WARNING, "en");
    }

    /** Whether this is the same term in the same language as {@code other}, whatever the case. */
    public boolean sameTermAs(String otherTerm, String otherLang) {
        return otherTerm != null && term.equalsIgnoreCase(Normalizer.normalize(otherTerm.strip(), Normalizer.Form.NFC))
                && lang.equals(otherLang == null ? "en" : otherLang);
    }

    /** The pattern that finds this term in (NFC-normalized) text. */
    Pattern pattern() {
        String words = Arrays.stream(term.split("[\\s\\-\\u2010\\u2011]+"))
                .map(Pattern::quote)
                .collect(Collectors.joining("[\\s\\-\\u00a0\\u2010\\u2011]+"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "s?(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
