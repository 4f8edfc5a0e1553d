package org.hearth.shared;

/**
 * Someone else saved first: the edit started from {@code expected} but the stored version is
 * {@code current}. Nothing was written; the client shows both versions and lets the person choose.
 */
public class StaleVersionException extends BusinessException {

    private final long expected;
    private final long current;
    private final java.util.Map<String, Object> currentState;

    public StaleVersionException(long expected, long current) {
        this(expected, current, java.util.Map.of());
    }

    /** With {@code currentState}: what the other person saved, so the client can show both versions side by side. */
    public StaleVersionException(long expected, long current, java.util.Map<String, Object> currentState) {
        super("This was changed by someone else (your version " + expected + ", current version " + current + ").");
        this.expected = expected;
        this.current = current;
        // In the order given, and a field someone left empty stays in it (Map.copyOf would refuse it).
        this.currentState = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(currentState));
    }

    /**
     * The check every edit starts with: the version it started from is required (400 otherwise),
     * and must be the stored one; if not, nothing is written and {@code theirs} (read only then)
     * says what the other person saved.
     */
    public static void requireCurrent(Integer from, int stored, java.util.function.Supplier<java.util.Map<String, Object>> theirs) {
        if (from == null) {
            throw new InvalidInputException("version", "send the version your edit started from");
        }
        if (from != stored) {
            throw new StaleVersionException(from, stored, theirs.get());
        }
    }

    public java.util.Map<String, Object> currentState() {
        return currentState;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }

    @Override
    public String title() {
        return "Edit conflict";
    }
}
