package org.hearth.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hearth.account.boundary.PasswordResets;
import org.hearth.platform.faces.StudioRouter;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioText;
import org.hearth.shared.BusinessException;

/**
 * "Forgotten password": asking for a link (the answer never says whether the address has an
 * account), and the page behind the link where the new password is chosen, once.
 */
@Named("passwordReset")
@RequestScoped
public class PasswordResetBacking {

    @Inject
    PasswordResets resets;

    private String email;
    private String token;
    private String password;
    private String confirmation;
    private boolean requested;

    public String request() {
        if (email == null || email.isBlank()) {
            StudioText.errorAt("resetRequest:email", StudioText.text("reset.emailRequired"));
            return null;
        }
        resets.request(email);
        requested = true;
        return null;
    }

    public String reset() {
        if (password == null || !password.equals(confirmation)) {
            StudioText.errorAt("resetForm:confirmation", StudioText.text("invitation.mismatch"));
            return null;
        }
        try {
            resets.reset(getToken(), password);
            StudioText.info("reset.done");
            StudioPage.redirect("/studio/");
        } catch (BusinessException refused) {
            StudioText.refused(refused);
        }
        return null;
    }

    /** From the address on the first request, from the form's plain field on the postback. */
    public String getToken() {
        if (token == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            Object routed = external.getRequestMap().get(StudioRouter.RESET_TOKEN);
            token = routed != null ? routed.toString() : external.getRequestParameterMap().get("resetToken");
        }
        return token;
    }

    public boolean isUsable() {
        return getToken() != null && resets.isUsable(getToken());
    }

    public boolean isRequested() {
        return requested;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
