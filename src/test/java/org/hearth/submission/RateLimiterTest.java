package org.hearth.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.hearth.submission.control.RateLimiter;
import org.junit.jupiter.api.Test;

/** The in-memory sliding window behind the 429s. */
class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aKeyMayGoUntilItsLimitThenWaitsForTheOldestToLeaveTheWindow() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.retryAfter("10.0.0.1", T0.plusSeconds(i)).isEmpty());
            limiter.record("10.0.0.1", T0.plusSeconds(i));
        }
        Duration wait = limiter.retryAfter("10.0.0.1", T0.plusSeconds(60)).orElseThrow();
        assertEquals(Duration.ofSeconds(540), wait);
        assertTrue(limiter.retryAfter("10.0.0.1", T0.plus(Duration.ofMinutes(10)).plusSeconds(1)).isEmpty());
    }

    @Test
    void keysAreCountedApart() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1));
        limiter.record("a", T0);
        assertTrue(limiter.retryAfter("a", T0).isPresent());
        assertTrue(limiter.retryAfter("b", T0).isEmpty());
    }

    @Test
    void theWaitIsAlwaysAtLeastASecond() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(1));
        limiter.record("a", T0);
        assertTrue(limiter.retryAfter("a", T0.plusMillis(999)).orElseThrow().toSeconds() >= 1);
    }
}
