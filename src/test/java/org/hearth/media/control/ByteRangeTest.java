package org.hearth.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void aClosedRangeIsServedAsAsked() {
        ByteRange range = ByteRange.parse("bytes=0-99", 1000).orElseThrow();
        assertEquals(0, range.start());
        assertEquals(100, range.length());
        assertTrue(range.satisfiable());
    }

    @Test
    void anOpenRangeRunsToTheEndAndALastPartIsCountedFromIt() {
        assertEquals(new ByteRange(900, 100, true), ByteRange.parse("bytes=900-", 1000).orElseThrow());
        assertEquals(new ByteRange(750, 250, true), ByteRange.parse("bytes=-250", 1000).orElseThrow());
        assertEquals(new ByteRange(0, 1000, true), ByteRange.parse("bytes=-5000", 1000).orElseThrow());
    }

    @Test
    void aRangePastTheEndIsClippedOrUnsatisfiable() {
        assertEquals(new ByteRange(990, 10, true), ByteRange.parse("bytes=990-5000", 1000).orElseThrow());
        assertFalse(ByteRange.parse("bytes=1000-1001", 1000).orElseThrow().satisfiable());
        assertFalse(ByteRange.parse("bytes=-0", 1000).orElseThrow().satisfiable());
    }

    @Test
    void anythingElseGetsTheWholeFile() {
        assertEquals(Optional.empty(), ByteRange.parse(null, 1000));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=0-1,5-6", 1000));
        assertEquals(Optional.empty(), ByteRange.parse("items=0-1", 1000));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=-", 1000));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=9-3", 1000));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=99999999999999999999-", 1000));
    }
}
