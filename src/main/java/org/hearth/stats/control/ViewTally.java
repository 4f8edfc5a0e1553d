package org.hearth.stats.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Views counted in memory between two flushes, so counting costs a page hit one uncontended
 * increment and no database work. {@link #drain} hands over what was counted and starts again
 * from zero without losing an increment that races with it.
 */
@ApplicationScoped
public class ViewTally {

    /** One item on one day; {@code type} is {@code story} (later {@code download}). */
    public record Key(String type, String itemRef, long organizationId, LocalDate day) {
    }

    private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();
    private final Clock clock;

    public ViewTally() {
        this(Clock.systemUTC());
    }

    ViewTally(Clock clock) {
        this.clock = clock;
    }

    public void count(String type, String itemRef, long organizationId) {
        counts.computeIfAbsent(new Key(type, itemRef, organizationId, LocalDate.now(clock)), k -> new LongAdder()).increment();
    }

    /** What was counted since the last drain (only non-zero totals); earlier days are then forgotten. */
    public Map<Key, Long> drain() {
        Map<Key, Long> drained = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        counts.forEach((key, adder) -> {
            // sumThenReset takes each cell with getAndSet: an increment is counted now or at the next drain.
            long n = adder.sumThenReset();
            if (n > 0) {
                drained.put(key, n);
            }
        });
        counts.keySet().removeIf(key -> key.day().isBefore(today.minusDays(1)));
        return drained;
    }

    /** Puts back what could not be written, so the next flush tries again. */
    public void restore(Map<Key, Long> unwritten) {
        unwritten.forEach((key, n) -> counts.computeIfAbsent(key, k -> new LongAdder()).add(n));
    }
}
