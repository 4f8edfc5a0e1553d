package org.hearth.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class LostRacesTest {

    /** What a transaction's commit throws when the scheduler changed the same rows first. */
    static RuntimeException lost() {
        return new RuntimeException("commit failed", new RuntimeException(new OptimisticLockException("row changed")));
    }

    @Test
    void aLostRaceIsTakenAgain() {
        AtomicInteger calls = new AtomicInteger();
        String result = LostRaces.attempt(3, () -> {
            if (calls.incrementAndGet() < 3) {
                throw lost();
            }
            return "withdrawn";
        });
        assertEquals("withdrawn", result);
        assertEquals(3, calls.get());
    }

    @Test
    void aRaceLostEveryTimeReachesTheCaller() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException last = assertThrows(RuntimeException.class, () -> LostRaces.attempt(3, () -> {
            calls.incrementAndGet();
            throw lost();
        }));
        assertTrue(LostRaces.lostARace(last));
        assertEquals(3, calls.get(), "three attempts, no more");
    }

    @Test
    void anyOtherFailureIsNeverRetried() {
        AtomicInteger calls = new AtomicInteger();
        RuleViolationException refused = new RuleViolationException("consent-withdrawn", "already withdrawn");
        assertSame(refused, assertThrows(RuleViolationException.class, () -> LostRaces.attempt(3, () -> {
            calls.incrementAndGet();
            throw refused;
        })));
        assertEquals(1, calls.get());
    }

    @Test
    void aLostRaceIsRecognizedAnywhereInTheChain() {
        assertTrue(LostRaces.lostARace(new OptimisticLockException()));
        assertTrue(LostRaces.lostARace(lost()));
        assertEquals(false, LostRaces.lostARace(new RuntimeException(new IllegalStateException())));
    }

    @Test
    void theBeanRetriesWhatItIsGivenWithOrWithoutAResult() {
        LostRaces races = new LostRaces();
        AtomicInteger calls = new AtomicInteger();
        races.retry(() -> {
            if (calls.incrementAndGet() == 1) {
                throw lost();
            }
        });
        assertEquals(2, calls.get());
        assertEquals(7, races.retry(() -> 7));
    }
}
