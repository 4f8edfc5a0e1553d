package org.hearth.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ResourceBundle;
import org.hearth.account.boundary.Members;
import org.hearth.platform.faces.StudioRouter;
import org.hearth.shared.BusinessException;

/** The page behind an invitation link: the new member chooses their password, once. */
@Named("invitation")
@RequestScoped
public class InvitationBacking {

    @Inject
    Members members;

    private String token;
    private String password;
    private String confirmation;

    public String getToken() {
        if (token == null) {
            // From the address on the first request; from the form's plain field on the postback, which
            // must be known before the form is decoded (the form is only there for a usable link).
            Object routed = external().getRequestMap().get(StudioRouter.INVITATION_TOKEN);
            token = routed != null ? routed.toString() : external().getRequestParameterMap().get("invitationToken");
        }
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUsable() {
        return getToken() != null && members.invitation(getToken()).isPresent();
    }

    public String accept() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle text = ResourceBundle.getBundle("i18n.studio", faces.getViewRoot().getLocale());
        if (password == null || !password.equals(confirmation)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text.getString("invitation.mismatch"), null));
            return null;
        }
        try {
            members.accept(token, password);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text.getString("invitation.done"), null));
            external().getFlash().setKeepMessages(true);
            external().redirect(external().getRequestContextPath() + "/studio/");
            faces.responseComplete();
        } catch (BusinessException refused) {
            org.hearth.platform.faces.StudioText.refused(refused);
        }
        return null;
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
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
