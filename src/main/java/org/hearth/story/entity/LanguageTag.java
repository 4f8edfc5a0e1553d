package org.hearth.story.entity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hearth.shared.InvalidInputException;

/**
 * A content language as a BCP 47 tag ({@code en}, {@code fr}, {@code pa}, {@code iu-Cans}…).
 * Knows which languages are written right to left, so pages can set {@code dir}.
 */
public final class LanguageTag {

    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "ur", "he", "ps", "yi");

    private LanguageTag() {
    }

    /** The tag, normalized (primary language lower-case), or {@link InvalidInputException}. */
    public static String of(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new InvalidInputException("lang", "is required (a language tag such as en or fr)");
        }
        String normalized = Locale.forLanguageTag(tag.strip()).toLanguageTag();
        if (!TAG.matcher(normalized).matches() || "und".equals(normalized)) {
            throw new InvalidInputException("lang", "'" + tag + "' is not a language tag such as en or fr");
        }
        return normalized;
    }

    public static boolean isRightToLeft(String tag) {
        return RIGHT_TO_LEFT.contains(tag.split("-")[0]);
    }
}
