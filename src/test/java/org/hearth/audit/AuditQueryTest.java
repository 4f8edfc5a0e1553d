package org.hearth.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.hearth.audit.boundary.AuditQuery;
import org.hearth.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    @Test
    void aDayToIncludesThatWholeDay() {
        AuditQuery query = AuditQuery.parse(List.of(1L), " story ", "", null, "2026-11-01", "2026-11-30");
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), query.from());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), query.to());
        assertEquals("story", query.entity());
        assertNull(query.actor(), "blank filters filter nothing");
    }

    @Test
    void instantsAreTakenAsTheyAre() {
        AuditQuery query = AuditQuery.parse(null, null, null, null, null, "2026-11-30T21:30:00Z");
        assertEquals(Instant.parse("2026-11-30T21:30:00Z"), query.to());
    }

    @Test
    void aBadDateNamesItsField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> AuditQuery.parse(null, null, null, null, "30/11/2026", null));
        assertEquals("from", refused.errors().get(0).field());
    }
}
