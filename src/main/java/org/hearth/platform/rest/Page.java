package org.hearth.platform.rest;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.hearth.shared.InvalidInputException;

/** A page of a list: {@code {"items": [...], "next": "<cursor or null>"}}. */
public record Page<T>(List<T> items, String next) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /**
     * One page of a list ordered by slug (projects, campaigns): {@code fetch} is asked for one more
     * item than the page holds, after the slug in the cursor, which tells whether a next page exists.
     */
    public static <E, T> Page<T> bySlug(Integer limit, String cursor, BiFunction<String, Integer, List<E>> fetch,
                                        Function<E, String> slug, Function<E, T> json) {
        int size = limit(limit);
        Cursor after = Cursor.decode(cursor, 1);
        List<E> found = fetch.apply(after == null ? null : after.key(0), size + 1);
        List<T> items = found.stream().limit(size).map(json).toList();
        return new Page<>(items, found.size() > size ? Cursor.encode(slug.apply(found.get(size - 1))) : null);
    }

    /** The limit asked for, kept within 1..{@value #MAX_LIMIT}; {@value #DEFAULT_LIMIT} when absent. */
    public static int limit(Integer asked) {
        if (asked == null) {
            return DEFAULT_LIMIT;
        }
        if (asked < 1 || asked > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return asked;
    }
}
