package org.hearth.audit.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.audit.entity.AuditEvent;
import org.hearth.shared.InvalidInputException;

/**
 * {@code /studio/audit}: the current organization's audit log for its admins, filtered by the
 * query string (a plain GET form, so a filtered view can be bookmarked and shared), a page at a
 * time by keyset ({@code before=<event id>}), and the same selection as a CSV download.
 */
@Named("auditPage")
@RequestScoped
public class AuditBacking {

    static final int PAGE = 25;
    static final List<String> FILTERS = List.of("entity", "actor", "action", "from", "to");

    @Inject
    AuditLog log;

    private List<AuditEvent> found;
    private String problem;

    /** This page's events (one more is read to know whether an older page exists). */
    public List<AuditEvent> getEvents() {
        if (found == null) {
            try {
                found = log.find(log.queryForCaller(param("entity"), param("actor"), param("action"), param("from"),
                        param("to")), before(), PAGE + 1);
            } catch (InvalidInputException invalid) {
                found = List.of();
                problem = invalid.errors().get(0).field();
            }
        }
        return found.stream().limit(PAGE).toList();
    }

    /** The filter field whose value could not be read (for the page to name it), or null. */
    public String getProblem() {
        getEvents();
        return problem;
    }

    public boolean isOlder() {
        getEvents();
        return found.size() > PAGE;
    }

    public String getOlderUrl() {
        return "/studio/audit?" + query(Map.of("before", String.valueOf(found.get(PAGE - 1).id())));
    }

    public boolean isPaged() {
        return before() != null;
    }

    public String getNewestUrl() {
        return "/studio/audit?" + query(Map.of());
    }

    public String getCsvUrl() {
        return "/api/v1/studio/audit/export?" + query(Map.of());
    }

    /** The filters as typed, for the form to show them again. */
    public Map<String, String> getFilter() {
        Map<String, String> values = new LinkedHashMap<>();
        FILTERS.forEach(f -> values.put(f, param(f) == null ? "" : param(f)));
        return values;
    }

    private String query(Map<String, String> extra) {
        Map<String, String> values = new LinkedHashMap<>();
        FILTERS.forEach(f -> {
            if (param(f) != null && !param(f).isBlank()) {
                values.put(f, param(f));
            }
        });
        values.putAll(extra);
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Long before() {
        String value = param("before");
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }
}
