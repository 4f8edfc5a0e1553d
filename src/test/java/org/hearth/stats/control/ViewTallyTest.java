package org.hearth.stats.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Counting views in memory between flushes: per item and day, nothing lost, nothing counted twice. */
class ViewTallyTest {

    static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    static class MovableClock extends Clock {
        Instant now = NOON;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final ViewTally tally = new ViewTally(clock);

    @Test
    void viewsAreTotalledPerItemAndDayAndADrainStartsAgainFromZero() {
        tally.count("story", "a", 1);
        tally.count("story", "a", 1);
        tally.count("story", "b", 1);
        Map<ViewTally.Key, Long> first = tally.drain();
        assertEquals(2L, first.get(new ViewTally.Key("story", "a", 1, LocalDate.parse("2026-11-30"))));
        assertEquals(1L, first.get(new ViewTally.Key("story", "b", 1, LocalDate.parse("2026-11-30"))));
        assertTrue(tally.drain().isEmpty(), "nothing counted twice");

        clock.now = NOON.plusSeconds(24 * 3600);
        tally.count("story", "a", 1);
        assertEquals(Map.of(new ViewTally.Key("story", "a", 1, LocalDate.parse("2026-12-01")), 1L), tally.drain(),
                "a new day is a new row");
    }

    @Test
    void whatCouldNotBeWrittenIsCountedAtTheNextFlush() {
        tally.count("story", "a", 1);
        Map<ViewTally.Key, Long> failed = tally.drain();
        tally.count("story", "a", 1);
        tally.restore(failed);
        assertEquals(2L, tally.drain().values().iterator().next());
    }

    @Test
    void noViewIsLostWhileDrainsRunDuringCounting() throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(4);
        int perReader = 50_000;
        for (int r = 0; r < 4; r++) {
            readers.submit(() -> {
                for (int i = 0; i < perReader; i++) {
                    tally.count("story", "hot", 7);
                }
            });
        }
        AtomicLong written = new AtomicLong();
        readers.shutdown();
        while (!readers.isTerminated()) {
            tally.drain().values().forEach(written::addAndGet);
        }
        assertTrue(readers.awaitTermination(10, TimeUnit.SECONDS));
        tally.drain().values().forEach(written::addAndGet);
        assertEquals(4L * perReader, written.get());
    }
}
