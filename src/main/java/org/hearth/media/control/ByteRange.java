package org.hearth.media.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of a {@code Range: bytes=…} header (RFC 9110 §14.1.2): {@code a-b}, {@code a-} or the
 * last {@code -n} bytes. Several ranges, or anything not understood, are answered with the whole
 * file, as the RFC allows; a range past the end is not satisfiable (416).
 */
public record ByteRange(long start, long length, boolean satisfiable) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    public static Optional<ByteRange> parse(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return Optional.empty();
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0) {
                    return Optional.of(new ByteRange(0, 0, false));
                }
                long length = Math.min(suffix, size);
                return Optional.of(new ByteRange(size - length, length, size > 0));
            }
            long first = Long.parseLong(m.group(1));
            if (first >= size) {
                return Optional.of(new ByteRange(first, 0, false));
            }
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            if (last < first) {
                return Optional.empty();
            }
            return Optional.of(new ByteRange(first, last - first + 1, true));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }
}
