package org.hearth.testsupport;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How long a test waits for something that happens by itself (a page arriving, the scheduler,
 * an autosave, view counts flushed every few seconds), and the one loop that waits for it: poll
 * until the condition holds, or fail with what was last seen. No test sleeps a fixed time.
 *
 * <p>The patience is one setting, {@code hearth.test.patience} in seconds: 15 by default (the
 * pom's property), longer in CI ({@code .ci/run} passes it), where the machine is shared and
 * busy. A wait that succeeds returns as soon as its condition holds, so a long patience only
 * costs time when something is really broken.
 */
public final class Patience {

    /** How long one wait may take; {@code -Dhearth.test.patience=SECONDS}. */
    public static final Duration PATIENCE = read();

    /** Between two looks: short enough not to slow a passing test, long enough not to hammer the server. */
    private static final Duration BETWEEN_LOOKS = Duration.ofMillis(200);

    private Patience() {
    }

    /** {@code factor} times the patience: for limits that must outlast a whole wait (a page load, the server's start). */
    public static Duration times(int factor) {
        return PATIENCE.multipliedBy(factor);
    }

    /**
     * Looks with {@code look} until what it sees satisfies {@code done}, and returns that; fails
     * once the patience is spent, saying what {@code what} was waiting for and what it last saw.
     */
    public static <T> T until(String what, Supplier<T> look, Predicate<? super T> done) {
        return until(what, PATIENCE, look, done, e -> false, () -> "");
    }

    /**
     * The loop itself. {@code notYet} says which exceptions from {@code look} only mean "not
     * yet" (another look follows); any other is thrown at once. {@code context} adds to a failure
     * what the caller knows about the state it gave up in.
     */
    static <T> T until(String what, Duration limit, Supplier<T> look, Predicate<? super T> done,
            Predicate<RuntimeException> notYet, Supplier<String> context) {
        long started = System.nanoTime();
        T seen = null;
        RuntimeException error = null;
        while (true) {
            try {
                seen = look.get();
                error = null;
                if (done.test(seen)) {
                    return seen;
                }
            } catch (RuntimeException e) {
                if (!notYet.test(e)) {
                    throw e;
                }
                error = e;
            }
            if (System.nanoTime() - started >= limit.toNanos()) {
                break;
            }
            try {
                Thread.sleep(BETWEEN_LOOKS.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
        String last = error != null ? "the last look failed: " + firstLine(error.getMessage()) : "last saw: " + seen;
        AssertionError failure = new AssertionError("waited " + limit.toSeconds() + " s (hearth.test.patience) for "
                + what + "; " + last + context.get());
        if (error != null) {
            failure.initCause(error);
        }
        throw failure;
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static Duration read() {
        String value = System.getProperty("hearth.test.patience", "").trim();
        if (value.isEmpty()) {
            return Duration.ofSeconds(15);
        }
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("hearth.test.patience is a number of seconds, not '" + value + "'", e);
        }
    }
}
