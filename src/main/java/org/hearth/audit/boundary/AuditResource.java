package org.hearth.audit.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hearth.audit.control.CsvWriter;
import org.hearth.audit.entity.AuditEvent;
import org.hearth.platform.rest.Cursor;
import org.hearth.platform.rest.Page;

/**
 * {@code GET /api/v1/studio/audit?entity=&actor=&action=&from=&to=}: the audit log of the
 * organizations the caller administers (in a studio session, the one it works in), newest first;
 * {@code GET /api/v1/studio/audit/export} the same selection, all of it, as a CSV download.
 */
@Path("v1/studio/audit")
public class AuditResource {

    public record EventJson(String actor, String action, String entity, String id, String detail, Instant at) {
    }

    static final String CSV = "text/csv; charset=UTF-8";
    static final int EXPORT_BATCH = 500;
    static final List<String> HEADER = List.of("at", "actor", "action", "entity", "id", "detail");

    @Inject
    AuditLog log;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Page<EventJson> list(@QueryParam("entity") String entity, @QueryParam("actor") String actor,
                                @QueryParam("action") String action,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        AuditQuery query = query(entity, actor, action, from, to);
        int size = Page.limit(limit);
        Cursor after = Cursor.decode(cursor, 1);
        List<AuditEvent> found = log.find(query, after == null ? null : after.longKey(0), size + 1);
        List<EventJson> items = found.stream().limit(size)
                .map(e -> new EventJson(e.actor(), e.action(), e.targetType(), e.targetId(), e.detail(), e.at())).toList();
        return new Page<>(items, found.size() > size ? Cursor.encode(String.valueOf(found.get(size - 1).id())) : null);
    }

    /** Every selected event, newest first, read and written in batches so a long log never sits in memory. */
    @GET
    @Path("export")
    @Produces(CSV)
    public Response export(@QueryParam("entity") String entity, @QueryParam("actor") String actor,
                           @QueryParam("action") String action,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditQuery query = query(entity, actor, action, from, to);
        StreamingOutput body = output -> {
            var writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            // A byte-order mark, so that spreadsheet programs read the UTF-8 (accents in French names) as UTF-8.
            writer.write('\uFEFF');
            CsvWriter csv = new CsvWriter(writer);
            csv.row(HEADER);
            Long before = null;
            List<AuditEvent> batch;
            do {
                batch = log.find(query, before, EXPORT_BATCH);
                for (AuditEvent e : batch) {
                    csv.row(List.of(e.at().toString(), e.actor(), e.action(), e.targetType(), e.targetId(),
                            e.detail() == null ? "" : e.detail()));
                }
                before = batch.isEmpty() ? null : batch.get(batch.size() - 1).id();
            } while (batch.size() == EXPORT_BATCH);
            writer.flush();
        };
        String file = "hearth-audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private AuditQuery query(String entity, String actor, String action, String from, String to) {
        return log.queryForCaller(entity, actor, action, from, to);
    }
}
