package org.hearth.platform.faces;

import java.util.Collections;
import java.util.List;

/**
 * The keyboard buttons of a plain studio form's repeated rows (a kit's items, a protocol's steps):
 * each posts {@code op=up:N}, {@code down:N} or {@code remove:N}, which this applies to the rows as
 * the form posted them. A step out of range changes nothing.
 */
public final class StudioRows {

    private StudioRows() {
    }

    /** Applies {@code op} to {@code rows}; false when it is not a row button (the page handles it). */
    public static <T> boolean apply(List<T> rows, String op) {
        String[] parts = op == null ? new String[0] : op.split(":");
        if (parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
            return false;
        }
        int n = Integer.parseInt(parts[1]);
        switch (parts[0]) {
            case "up" -> swap(rows, n, n - 1);
            case "down" -> swap(rows, n, n + 1);
            case "remove" -> {
                if (n < rows.size()) {
                    rows.remove(n);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static <T> void swap(List<T> rows, int a, int b) {
        if (a >= 0 && b >= 0 && a < rows.size() && b < rows.size()) {
            Collections.swap(rows, a, b);
        }
    }
}
