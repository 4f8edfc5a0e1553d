package org.hearth.checks;

import java.util.Objects;

/**
 * One finding of the pre-publish checks, shaped for JSON as
 * {@code {"code": "personal-details", "severity": "WARNING", "message": "…", "field": "body"}}.
 *
 * @param code     stable identifier of the check, one of the constants below
 * @param severity how strongly it asks for attention
 * @param message  plain-language explanation in the requested language
 * @param field    {@code title}, {@code summary} or {@code body}; null when about the whole item
 */
public record Check(String code, Severity severity, String message, String field) {

    public static final String PERSONAL_DETAILS = "personal-details";
    public static final String DISCOURAGED_TERM = "discouraged-term";
    public static final String UNCITED_STATISTIC = "uncited-statistic";
    public static final String MISSING_CONTENT_NOTES = "missing-content-notes";
    public static final String MISSING_ALT_TEXT = "missing-alt-text";
    public static final String LONG_SENTENCES = "long-sentences";

    public Check {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
