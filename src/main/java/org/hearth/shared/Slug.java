package org.hearth.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A URL slug: lower-case ASCII words joined by single hyphens, unique across the site. */
public final class Slug {

    public static final int MAX_LENGTH = 100;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slug() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH && VALID.matcher(candidate).matches();
    }

    /** {@code candidate} if it is a valid slug, or {@link InvalidInputException} on {@code field}. */
    public static String require(String candidate, String field) {
        if (!isValid(candidate)) {
            throw new InvalidInputException(field, "must be lower-case ASCII words joined by hyphens");
        }
        return candidate;
    }

    /** A slug made from any text: accents folded, everything else a hyphen ("Ça va, Zoë?" gives "ca-va-zoe"). */
    public static String from(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae").replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** The {@code n}th alternative for a taken slug: {@code base-2}, {@code base-3}, … within the length limit. */
    public static String numbered(String base, int n) {
        String suffix = "-" + n;
        String head = base.length() + suffix.length() > MAX_LENGTH ? base.substring(0, MAX_LENGTH - suffix.length()) : base;
        return head.replaceAll("-+$", "") + suffix;
    }
}
