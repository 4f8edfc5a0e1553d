package org.hearth.platform.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import org.hearth.shared.InvalidInputException;

/**
 * An opaque position in a list: the sort key of the last item served, so the next page starts
 * right after it even while items are added (keyset pagination, never offsets).
 */
public record Cursor(List<String> keys) {

    private static final String SEPARATOR = "\n";

    public static String encode(String... keys) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keys).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, or null for the first page; {@code parts} keys expected. */
    public static Cursor decode(String cursor, int parts) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            List<String> keys = List.of(decoded.split(SEPARATOR, -1));
            if (keys.size() != parts) {
                throw new IllegalArgumentException("wrong number of keys");
            }
            return new Cursor(keys);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "is not a cursor this list handed out");
        }
    }

    public String key(int index) {
        return keys.get(index);
    }

    public Instant instantKey(int index) {
        try {
            return Instant.parse(keys.get(index));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("cursor", "is not a cursor this list handed out");
        }
    }

    public long longKey(int index) {
        try {
            return Long.parseLong(keys.get(index));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("cursor", "is not a cursor this list handed out");
        }
    }
}
