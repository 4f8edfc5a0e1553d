package org.hearth.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.hearth.platform.rest.Cursor;
import org.hearth.platform.rest.Page;
import org.hearth.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTripsItsKeysIncludingMicroseconds() {
        Instant time = Instant.parse("2026-11-02T14:00:00.123456Z");
        Cursor cursor = Cursor.decode(Cursor.encode(time.toString(), "42"), 2);
        assertEquals(time, cursor.instantKey(0));
        assertEquals(42L, cursor.longKey(1));
    }

    @Test
    void noCursorMeansTheFirstPage() {
        assertNull(Cursor.decode(null, 1));
        assertNull(Cursor.decode(" ", 1));
    }

    @Test
    void aForgedCursorIsInvalidInput() {
        assertThrows(InvalidInputException.class, () -> Cursor.decode("%%%", 1));
        assertThrows(InvalidInputException.class, () -> Cursor.decode(Cursor.encode("a"), 2));
        assertThrows(InvalidInputException.class, () -> Cursor.decode(Cursor.encode("x", "y"), 2).longKey(1));
    }

    @Test
    void limitsDefaultTo20AndStopAt100() {
        assertEquals(20, Page.limit(null));
        assertEquals(100, Page.limit(100));
        assertThrows(InvalidInputException.class, () -> Page.limit(101));
        assertThrows(InvalidInputException.class, () -> Page.limit(0));
    }
}
