package org.hearth.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;
import org.hearth.shared.InvalidInputException.FieldError;

/**
 * The field rules that staff-edited reference data shares (help resources, services): required and
 * bounded texts, phone numbers, web and text addresses. Each check adds to a list, so one refusal
 * names every field that breaks a rule.
 */
public final class FieldChecks {

    public static final int PHONE_LENGTH = 40;
    public static final int URL_LENGTH = 500;
    /** Digits with the usual separators; a leading + for a country code. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ().-]*");

    private FieldChecks() {
    }

    public static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else {
            optional(errors, field, value, max);
        }
    }

    public static void optional(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, "is too long (at most " + max + " characters)"));
        }
    }

    public static void phone(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        long digits = value.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(value.strip()).matches() || digits < 3 || digits > 15 || value.strip().length() > PHONE_LENGTH) {
            errors.add(new FieldError(field, "must be a phone number: 3 to 15 digits, with spaces, hyphens or brackets"));
        }
    }

    /** A web page ({@code https:}, {@code http:} with a host) or, when {@code textToo}, an {@code sms:} address. */
    public static void link(List<FieldError> errors, String field, String value, boolean textToo) {
        if (value == null || value.isBlank()) {
            return;
        }
        String scheme;
        try {
            URI uri = new URI(value.strip());
            scheme = uri.getScheme();
            if (("https".equals(scheme) || "http".equals(scheme)) && uri.getHost() == null) {
                scheme = null;
            }
        } catch (URISyntaxException e) {
            scheme = null;
        }
        List<String> allowed = textToo ? List.of("https", "http", "sms") : List.of("https", "http");
        if (scheme == null || !allowed.contains(scheme) || value.strip().length() > URL_LENGTH) {
            errors.add(new FieldError(field, textToo ? "must be a web address (https://…) or a text address (sms:…)"
                    : "must be a web address (https://…)"));
        }
    }

    public static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A phone number as a {@code tel:} URI: digits only, with the country code; a ten-digit North
     * American number gets its {@code +1}, so a phone abroad dials it too. Short numbers (911) stay as they are.
     */
    public static String telUri(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            return "tel:+" + digits;
        }
        return digits.length() == 10 ? "tel:+1" + digits : "tel:" + digits;
    }
}
