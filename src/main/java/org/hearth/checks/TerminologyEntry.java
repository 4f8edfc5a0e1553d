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
 */
public record TerminologyEntry(String term, String suggestion, String note, boolean headlineOnly,
                               Severity severity) {

    public TerminologyEntry {
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("term is required");
        }
        term = Normalizer.normalize(term.strip(), Normalizer.Form.NFC);
        suggestion = Objects.requireNonNullElse(suggestion, "");
        note = Objects.requireNonNullElse(note, "");
        severity = Objects.requireNonNullElse(severity, Severity.WARNING);
    }

    public TerminologyEntry(String term, String suggestion, String note, boolean headlineOnly) {
        this(term, suggestion, note, headlineOnly, Severity.WARNING);
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
