package org.hearth.audit.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Account;
import org.hearth.account.entity.Membership;
import org.hearth.audit.entity.AuditEvent;
import org.hearth.platform.rest.Cursor;
import org.hearth.platform.rest.Page;
import org.hearth.shared.NotPermittedException;

/** {@code GET /api/v1/studio/audit?entity=&actor=&from=&to=}: the audit log of the organizations the caller administers. */
@Path("v1/studio/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record EventJson(String actor, String action, String entity, String id, String detail, Instant at) {
    }

    @Inject
    AuditLog log;

    @Inject
    Caller caller;

    @GET
    public Page<EventJson> list(@QueryParam("entity") String entity, @QueryParam("actor") String actor,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        Account account = caller.account();
        List<Long> organizations = account.isPlatformAdmin() ? null : account.memberships().stream()
                .filter(m -> m.role().mayAdminister()).map(Membership::organization).map(o -> o.id()).toList();
        if (organizations != null && organizations.isEmpty()) {
            throw new NotPermittedException("Only organization admins may read the audit log.");
        }
        int size = Page.limit(limit);
        Cursor after = Cursor.decode(cursor, 1);
        List<AuditEvent> found = log.find(organizations, entity, actor, instant(from, "from"), instant(to, "to"), after == null ? null : after.longKey(0), size + 1);
        List<EventJson> items = found.stream().limit(size)
                .map(e -> new EventJson(e.actor(), e.action(), e.targetType(), e.targetId(), e.detail(), e.at())).toList();
        return new Page<>(items, found.size() > size ? Cursor.encode(String.valueOf(found.get(size - 1).id())) : null);
    }

    private static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.hearth.shared.InvalidInputException(field, "is a day (2026-11-29) or a UTC instant (2026-11-29T21:30:00Z)");
        }
    }
}
