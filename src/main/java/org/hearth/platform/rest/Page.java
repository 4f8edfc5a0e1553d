package org.hearth.platform.rest;

import java.util.List;

/** A page of a list: {@code {"items": [...], "next": "<cursor or null>"}}. */
public record Page<T>(List<T> items, String next) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** The limit asked for, kept within 1..{@value #MAX_LIMIT}; {@value #DEFAULT_LIMIT} when absent. */
    public static int limit(Integer asked) {
        if (asked == null) {
            return DEFAULT_LIMIT;
        }
        if (asked < 1 || asked > MAX_LIMIT) {
            throw new org.hearth.shared.InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return asked;
    }
}
