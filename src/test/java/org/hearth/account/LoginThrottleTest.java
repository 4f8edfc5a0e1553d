package org.hearth.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hearth.account.control.LoginThrottle;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), clock);

    @Test
    void allowsFourFailuresThenRefusesTheAccountAfterTheFifth() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("a@example.org", "10.0.0.1");
            assertTrue(throttle.allows("a@example.org", "10.0.0.1"), "after " + (i + 1) + " failures");
        }
        throttle.failed("a@example.org", "10.0.0.1");
        assertFalse(throttle.allows("a@example.org", "10.0.0.1"));
        assertTrue(throttle.allows("b@example.org", "10.0.0.2"), "other accounts from other addresses are not affected");
    }

    @Test
    void neverLocksLongerThanTheWindow() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("a@example.org", "10.0.0.1");
        }
        now = now.plus(Duration.ofMinutes(14));
        assertFalse(throttle.allows("a@example.org", "10.0.0.1"));
        now = now.plus(Duration.ofMinutes(1));
        assertTrue(throttle.allows("a@example.org", "10.0.0.1"));
    }

    @Test
    void oneAddressTryingManyAccountsIsRefusedAfterTwenty() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i + "@example.org", "10.0.0.9");
        }
        assertFalse(throttle.allows("someone-new@example.org", "10.0.0.9"));
        assertTrue(throttle.allows("someone-new@example.org", "10.0.0.10"));
    }

    @Test
    void successClearsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("a@example.org", "10.0.0.1");
        }
        throttle.succeeded("a@example.org");
        throttle.failed("a@example.org", "10.0.0.1");
        assertTrue(throttle.allows("a@example.org", "10.0.0.1"));
    }
}
