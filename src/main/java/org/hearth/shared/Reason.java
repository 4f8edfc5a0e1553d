package org.hearth.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Why a rule said no, said so that each reader gets it in their language: a stable {@code code},
 * its values, and the English words the API has always given. The studio (and the API, asked in
 * French) words it from {@code i18n/reasons}; a code without words there falls back to English.
 */
public record Reason(String code, String english, List<String> args) {

    static final String BUNDLE = "i18n.reasons";

    public static Reason of(String code, String english, Object... args) {
        return new Reason(code, english, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The reason in {@code locale}'s words. */
    public String in(Locale locale) {
        try {
            return MessageFormat.format(ResourceBundle.getBundle(BUNDLE, locale).getString(code), args.toArray());
        } catch (MissingResourceException none) {
            return english;
        }
    }

    /** {@code reasons} worded in {@code locale}, joined as one sentence after the rule's own words ({@code code} in the bundle). */
    public static String sentence(String code, List<Reason> reasons, Locale locale, String english) {
        String joined = String.join("; ", reasons.stream().map(r -> r.in(locale)).toList());
        try {
            return MessageFormat.format(ResourceBundle.getBundle(BUNDLE, locale).getString(code), joined);
        } catch (MissingResourceException none) {
            return english;
        }
    }
}
