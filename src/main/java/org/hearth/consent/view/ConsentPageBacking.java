package org.hearth.consent.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.consent.boundary.Consents;
import org.hearth.consent.entity.ConsentRecord;
import org.hearth.consent.entity.Takedown;
import org.hearth.platform.faces.StudioRouter;
import org.hearth.shared.BusinessException;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.story.boundary.Stories;
import org.hearth.story.entity.Story;

/**
 * The consents list and one consent's page: its terms, what depends on it, and its withdrawal,
 * which first shows exactly what will come down and asks to confirm.
 */
@Named("consentPage")
@RequestScoped
public class ConsentPageBacking {

    @Inject
    Consents consents;

    @Inject
    Stories stories;

    private ConsentRecord consent;
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

    /** Every story bound to this consent: what a full withdrawal takes down (the public ones from public view). */
    public List<Story> getDependents() {
        return getConsent() == null ? List.of() : stories.dependingOn(getConsent().publicId());
    }

    /** First step: show what will come down. */
    public String prepare() {
        confirming = true;
        return null;
    }

    /** Second step: withdraw, everything comes down before this returns. */
    public String withdraw() {
        try {
            takedown = consents.withdraw(getConsent().publicId(), true);
            consent = consents.read(takedown.consent().publicId());
            FacesContext faces = FacesContext.getCurrentInstance();
            String text = java.util.ResourceBundle.getBundle("i18n.studio", faces.getViewRoot().getLocale())
                    .getString("consent.withdrawn");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    java.text.MessageFormat.format(text, takedown.removed().size()), null));
        } catch (BusinessException refused) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
        return null;
    }

    /** True on the confirmation step, and on its postback (the form says so, so its button is decoded). */
    public boolean isConfirming() {
        return confirming || "true".equals(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("confirming"));
    }

    public Takedown getTakedown() {
        return takedown;
    }

    public String getConsentId() {
        return consentId();
    }

    private static String consentId() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object routed = external.getRequestMap().get(StudioRouter.CONSENT_ID);
        return routed != null ? routed.toString() : external.getRequestParameterMap().get("consentId");
    }
}
