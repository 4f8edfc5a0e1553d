package org.hearth.shared;

import java.time.Duration;

/** Too many attempts of something (sign-ins, submissions); try again after {@link #retryAfter()}. */
public class RateLimitedException extends BusinessException {

    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public String title() {
        return "Too many attempts";
    }
}
