package org.hearth.shared;

/**
 * Someone else saved first: the edit started from {@code expected} but the stored version is
 * {@code current}. Nothing was written; the client shows both versions and lets the person choose.
 */
public class StaleVersionException extends BusinessException {

    private final long expected;
    private final long current;

    public StaleVersionException(long expected, long current) {
        super("This was changed by someone else (your version " + expected + ", current version " + current + ").");
        this.expected = expected;
        this.current = current;
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
