package org.hearth.submission.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key (a network address, an invitation code) in a sliding window, in memory
 * only: nothing about who tried what is ever stored, and a restart forgets it all. When a key has
 * had its {@code limit} within the window, {@link #retryAfter} says how long until the oldest
 * event leaves it.
 */
public final class RateLimiter {

    /** Keys kept at most: beyond this, the oldest-looking entries are dropped (a flood of fake addresses cannot exhaust memory). */
    private static final int MAX_KEYS = 50_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** How long {@code key} must wait before its next event counts, or empty when it may go now. */
    public Optional<Duration> retryAfter(String key, Instant now) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, times.peekFirst().plus(window));
            return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait.plusMillis(999).withNanos(0));
        }
    }

    /** Counts one event of {@code key}. */
    public void record(String key, Instant now) {
        if (events.size() > MAX_KEYS) {
            sweep(now);
        }
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }

    private void sweep(Instant now) {
        for (Iterator<Map.Entry<String, Deque<Instant>>> it = events.entrySet().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next().getValue();
            synchronized (times) {
                prune(times, now);
                if (times.isEmpty()) {
                    it.remove();
                }
            }
        }
        if (events.size() > MAX_KEYS) {
            events.clear();
        }
    }
}
