package org.hearth.consent.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.audit.entity.AuditEvent;
import org.hearth.consent.boundary.Consents;
import org.hearth.consent.entity.Channel;
import org.hearth.consent.entity.ConsentRecord;
import org.hearth.consent.entity.Takedown;
import org.hearth.platform.faces.StudioRouter;
import org.hearth.platform.faces.StudioText;
import org.hearth.platform.persistence.LostRaces;
import org.hearth.shared.BusinessException;
import org.hearth.shared.Coded;
import org.hearth.shared.ResourceNotFoundException;

/**
 * The consents list and one consent's page: its terms, what depends on it, and its withdrawal,
 * which first shows exactly what will come down and asks to confirm.
 */
@Named("consentPage")
@RequestScoped
public class ConsentPageBacking {

    /** A withdrawal that lost a race with the scheduler (expiry, due publications) is taken again. */
    @Inject
    LostRaces races;

    @Inject
    Consents consents;


    @Inject
    AuditLog audit;

    private ConsentRecord consent;
    private String identity;
    private Part evidence;
    private Takedown takedown;
    private boolean confirming;

    public List<ConsentRecord> getVisible() {
        return consents.visible();
    }

    public String status(ConsentRecord record) {
        return record.status(consents.today());
    }

    public ConsentRecord getConsent() {
        if (consent == null) {
            String id = consentId();
            if (id != null) {
                try {
                    consent = consents.read(id);
                } catch (ResourceNotFoundException e) {
                    consent = null;
                }
            }
        }
        return consent;
    }

    /** First step: show what will come down. */
    public String prepare() {
        confirming = true;
        return null;
    }

    /** Full withdrawal, or only the uses ticked ({@code scope=channels} and {@code channel=…} in the form). */
    public boolean isPartial() {
        return "channels".equals(param("scope"));
    }

    public Set<Channel> getChosenChannels() {
        String[] values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("channel");
        Set<Channel> chosen = EnumSet.noneOf(Channel.class);
        if (values != null) {
            for (String value : values) {
                Coded.find(Channel.class, value).ifPresent(chosen::add);
            }
        }
        return chosen;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    /**
     * Whether the chosen withdrawal takes the consent's stories off the website (the page lists them
     * from {@code story.view.ConsentStoriesBacking}): a full withdrawal, or one that includes the
     * website; nothing comes down there when only other uses are withdrawn.
     */
    public boolean isTakesOffWebsite() {
        return !isPartial() || getChosenChannels().contains(Channel.WEBSITE);
    }

    /** Second step: withdraw, everything comes down before this returns. */
    public String withdraw() {
        if (isPartial() && getChosenChannels().isEmpty()) {
            StudioText.error("consent.withdraw.noChannel");
            return null;
        }
        try {
            String id = getConsent().publicId();
            Set<Channel> channels = getChosenChannels();
            boolean partial = isPartial();
            takedown = races.retry(() -> partial ? consents.withdrawChannels(id, channels) : consents.withdraw(id, true));
            consent = consents.read(takedown.consent().publicId());
            StudioText.info(isPartial() ? "consent.withdrawnPartly" : "consent.withdrawn", takedown.removed().size());
        } catch (BusinessException refused) {
            StudioText.refused(refused);
        }
        return null;
    }

    /** True on the confirmation step, and on its postback (the form says so, so its button is decoded). */
    public boolean isConfirming() {
        return confirming || "true".equals(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("confirming"));
    }

    /** Everything that happened to this consent, including every reading of the identity or evidence. */
    public List<AuditEvent> getHistory() {
        return getConsent() == null ? List.of() : audit.about("consent", getConsent().publicId(), 100);
    }

    /** Shows the sealed real identity on this page once; the reading is audited. */
    public String revealIdentity() {
        identity = consents.realIdentity(getConsent().publicId()).orElse(null);
        consent = null;
        return null;
    }

    /** Stores an uploaded evidence file (a signed form, a recording), encrypted at rest. */
    public String uploadEvidence() {
        if (evidence == null || evidence.getSize() == 0) {
            StudioText.errorAt("evidenceForm:evidence", StudioText.text("consent.evidence.missing"));
            return null;
        }
        try (InputStream in = evidence.getInputStream()) {
            consents.storeEvidence(getConsent().publicId(), evidence.getContentType(),
                    evidence.getSubmittedFileName(), in.readAllBytes());
            consent = null;
            StudioText.info("consent.evidence.stored");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BusinessException refused) {
            StudioText.errorAt("evidenceForm:evidence", refused.getMessage());
        }
        return null;
    }

    public String getIdentity() {
        return identity;
    }

    public Part getEvidence() {
        return evidence;
    }

    public void setEvidence(Part evidence) {
        this.evidence = evidence;
    }

    public Takedown getTakedown() {
        return takedown;
    }

    public String getConsentId() {
        return consentId();
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    private static String consentId() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object routed = external.getRequestMap().get(StudioRouter.CONSENT_ID);
        return routed != null ? routed.toString() : external.getRequestParameterMap().get("consentId");
    }
}
