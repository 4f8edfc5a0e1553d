package org.hearth.consent.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.consent.boundary.Consents;
import org.hearth.consent.entity.Takedown;

/**
 * {@code /studio/takedowns}: every takedown of the organization the studio works in — withdrawals,
 * expiries and narrowing amendments — newest first, a page at a time, with what came down and what
 * partners were told.
 */
@Named("takedownPage")
@RequestScoped
public class TakedownsBacking {

    static final int PAGE = 20;

    @Inject
    Consents consents;

    @Inject
    org.hearth.audit.boundary.AuditLog audit;

    /**
     * The audit action under which the media-kit component records each partner's notice (it
     * observes the withdrawal; naming its class here would make consent depend on kits).
     */
    static final String PARTNER_NOTIFIED = "media-kit.partner-notified";

    /**
     * What partners were told after this takedown: each notice the kits sent, read back from the
     * audit log by the consent it names, around the takedown's moment (same transaction).
     */
    public List<String> partners(Takedown t) {
        String prefix = "consent " + t.consent().publicId() + ": ";
        return audit.find(new org.hearth.audit.boundary.AuditQuery(List.of(t.consent().organization().id()), "media-kit",
                        null, PARTNER_NOTIFIED, t.at().minusSeconds(60), t.at().plusSeconds(5)), null, 200).stream()
                .filter(e -> e.detail() != null && e.detail().startsWith(prefix))
                .map(e -> e.detail().substring(prefix.length())).toList();
    }

    private List<Takedown> found;

    public List<Takedown> getTakedowns() {
        if (found == null) {
            found = consents.takedownsInView(before(), PAGE + 1);
        }
        return found.stream().limit(PAGE).toList();
    }

    public boolean isOlder() {
        getTakedowns();
        return found.size() > PAGE;
    }

    public String getOlderUrl() {
        return "/studio/takedowns?before=" + found.get(PAGE - 1).id();
    }

    public boolean isPaged() {
        return before() != null;
    }

    private static Long before() {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("before");
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
