package org.hearth.audit.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import org.hearth.shared.InvalidInputException;

/**
 * Which audit events to read: in these organizations (all when null), of this kind of entity, by
 * this actor, with this action (exactly, or a family: {@code consent} matches {@code consent.*}),
 * at or after {@code from} and before {@code to}. Nulls filter nothing.
 */
public record AuditQuery(Collection<Long> organizations, String entity, String actor, String action, Instant from,
                         Instant to) {

    public AuditQuery {
        organizations = organizations == null ? null : List.copyOf(organizations);
        entity = blankToNull(entity);
        actor = blankToNull(actor);
        action = blankToNull(action);
    }

    /**
     * From the filter texts people type or send: {@code from} and {@code to} are days
     * ({@code 2026-11-29}, and a day {@code to} includes that whole day) or UTC instants.
     */
    public static AuditQuery parse(Collection<Long> organizations, String entity, String actor, String action,
                                   String from, String to) {
        return new AuditQuery(organizations, entity, actor, action, instant(from, "from", false), instant(to, "to", true));
    }

    private static Instant instant(String value, String field, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.strip().length() == 10) {
                LocalDate day = LocalDate.parse(value.strip());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "is a day (2026-11-29) or a UTC instant (2026-11-29T21:30:00Z)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
