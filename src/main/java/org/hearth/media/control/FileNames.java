package org.hearth.media.control;

/**
 * Turns whatever a browser sent as a file name into a name fit for display and for a download's
 * Content-Disposition, never for a path: directories, control characters and the bidirectional
 * overrides that make {@code invoice\u202Egpj.exe} look like {@code invoiceexe.jpg} are removed.
 */
public final class FileNames {

    static final int MAX_LENGTH = 120;
    private static final int MAX_EXTENSION = 10;

    private FileNames() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            return "file";
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        // Tabs and line breaks become spaces, other controls (NUL among them) and bidi overrides go.
        name.codePoints().map(c -> Character.isWhitespace(c) ? ' ' : c)
                .filter(c -> !Character.isISOControl(c) && !isInvisible(c)).forEach(kept::appendCodePoint);
        name = kept.toString().replaceAll("(?U)\\s+", " ").strip();
        name = stripDots(name);
        if (name.isEmpty()) {
            return "file";
        }
        return name.codePointCount(0, name.length()) <= MAX_LENGTH ? name : shorten(name);
    }

    /** Leading dots would hide the file on Unix or mean "parent"; trailing ones are dropped by Windows anyway. */
    private static String stripDots(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(start, end);
    }

    /** Cuts the stem, keeps the extension, and never splits a surrogate pair. */
    private static String shorten(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot - 1 <= MAX_EXTENSION ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.length();
        String cut = stem.substring(0, stem.offsetByCodePoints(0, Math.min(keep, stem.codePointCount(0, stem.length()))));
        return cut.strip() + extension;
    }

    /** Bidi controls, the byte-order mark and zero-width space; joiners stay (Persian and emoji need them). */
    private static boolean isInvisible(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C || c == 0x200B || c == 0xFEFF;
    }
}
