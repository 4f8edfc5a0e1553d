package org.hearth.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds text that looks like a personal detail: the identifiers the research asks editors to
 * review before publication (research/survivor-safety.md §5, [S21], [S42]). Deliberately
 * conservative for plates and addresses, which are easy to confuse with ordinary text.
 */
final class PersonalDetails {

    /** A kind of detail; its code is the message key suffix. */
    enum Kind {
        EMAIL("email"), PHONE("phone"), POSTAL_CODE("postal-code"), ADDRESS("address"),
        LICENCE_PLATE("licence-plate"), HANDLE("handle");

        final String code;

        Kind(String code) {
            this.code = code;
        }
    }

    record Finding(Kind kind, int start, int end, String text) {
    }

    private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}])";
    private static final String SEP = "[\\s.\\-\\u00a0]?";

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,}");

    /** North American numbers: +1 and area code optional only together with separators; 7-digit local numbers need a - or . */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{L}\\p{N}+\\-.])(?:\\+?1" + SEP + ")?(?:\\(\\d{3}\\)\\s?|\\d{3}" + SEP + ")\\d{3}" + SEP + "\\d{4}(?![\\p{N}])"
            + "|(?<![\\p{L}\\p{N}+\\-.])\\d{3}[.\\-]\\d{4}(?![\\p{N}]|[.\\-]\\d)");

    /** Canadian postal codes (A1A 1A1); the letters D, F, I, O, Q, U are never used. */
    private static final Pattern POSTAL_CODE = Pattern.compile(NOT_AFTER_WORD
            + "[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][\\s\\u00a0\\-]?\\d[ABCEGHJ-NPRSTV-Z]\\d" + NOT_BEFORE_WORD,
            Pattern.CASE_INSENSITIVE);

    /** "123 Main Street", "45 King St. W", and French "1234, rue Sainte-Catherine". */
    private static final Pattern ADDRESS = Pattern.compile(
            NOT_AFTER_WORD + "\\d{1,5}[A-Za-z]?\\s+(?:[\\p{Lu}\\d][\\p{L}\\p{N}'’.\\-]*\\s+){1,4}"
            + "(?i:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|way|crescent|cres)(?![\\p{L}])\\.?"
            + "|" + NOT_AFTER_WORD + "\\d{1,5}[A-Za-z]?,?\\s+(?i:rue|avenue|av\\.|boulevard|boul\\.|chemin|ch\\.)\\s+"
            + "(?:(?i:de\\s+la|de|du|des|d['’]|de\\s+l['’])\\s*)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’\\-]*");

    /**
     * Canadian plate shapes (ABCD 123, ABC-123, 123 ABC), in capitals only; common acronyms that
     * fit the shape are left out to avoid false alarms.
     */
    private static final Pattern LICENCE_PLATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-])(?:([A-Z]{3,4})[ \\-](\\d{3})|(\\d{3})[ \\-]([A-Z]{3}))(?![\\p{L}\\p{N}]|-\\w)");
    private static final Set<String> NOT_PLATES = Set.of(
            "CAD", "USD", "EUR", "SOS", "TTY", "CALL", "TEXT", "PAGE", "ROOM", "UNIT", "ISBN", "ISO", "HTTP", "CODE",
            "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AST", "NST");

    private static final Pattern HANDLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+\\-@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?");

    private final Set<String> publishedNumbers;

    /** @param publishedNumbers numbers meant to be published (help lines), compared by their digits */
    PersonalDetails(Set<String> publishedNumbers) {
        this.publishedNumbers = publishedNumbers.stream().map(PersonalDetails::digits).collect(Collectors.toUnmodifiableSet());
    }

    /** Every likely detail in the text, in order of position, never two on the same characters. */
    List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        collect(text, EMAIL, Kind.EMAIL, found);
        collect(text, PHONE, Kind.PHONE, found);
        collect(text, POSTAL_CODE, Kind.POSTAL_CODE, found);
        collect(text, ADDRESS, Kind.ADDRESS, found);
        collect(text, LICENCE_PLATE, Kind.LICENCE_PLATE, found);
        collect(text, HANDLE, Kind.HANDLE, found);
        found.sort(Comparator.comparingInt(Finding::start));
        return found;
    }

    private void collect(String text, Pattern pattern, Kind kind, List<Finding> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (found.stream().anyMatch(f -> f.start() < end && start < f.end()) || ignored(kind, m)) {
                continue;
            }
            found.add(new Finding(kind, start, end, m.group()));
        }
    }

    private boolean ignored(Kind kind, Matcher m) {
        return switch (kind) {
            case PHONE -> publishedNumbers.contains(digits(m.group()));
            case LICENCE_PLATE -> {
                String letters = m.group(1) != null ? m.group(1) : m.group(4);
                String number = m.group(2) != null ? m.group(2) : m.group(3);
                yield NOT_PLATES.contains(letters) || publishedNumbers.contains(number);
            }
            default -> false;
        };
    }

    /** The digits of a North American number without the country code 1. */
    static String digits(String number) {
        String digits = number.replaceAll("\\D", "");
        return digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
    }

    /**
     * A short excerpt safe to show in lists and logs: the ends stay readable so the editor can
     * find it, letters and digits in between become dots.
     */
    static String mask(String detail) {
        int keep = detail.length() > 6 ? 2 : 1;
        StringBuilder masked = new StringBuilder(detail.length());
        for (int i = 0; i < detail.length(); i++) {
            char c = detail.charAt(i);
            boolean visible = i < keep || i >= detail.length() - keep && detail.length() > 6;
            masked.append(visible || !Character.isLetterOrDigit(c) ? c : '•');
        }
        return masked.toString();
    }
}
