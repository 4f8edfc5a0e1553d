package org.hearth.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import org.hearth.account.boundary.HearthAuthentication.SignInFailure;

/** The studio's sign-in form and sign-out button; the rules live in {@code Accounts} and the mechanism. */
@Named("signIn")
@RequestScoped
public class SignInBacking {

    @Inject
    SecurityContext security;

    private String email;
    private String password;

    public String signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email == null ? "" : email, new Password(password == null ? "" : password))));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + "/studio/");
            faces.responseComplete();
            return null;
        }
        ResourceBundle text = ResourceBundle.getBundle("i18n.studio", faces.getViewRoot().getLocale());
        boolean throttled = external.getRequestMap().get(SignInFailure.ATTRIBUTE) == SignInFailure.THROTTLED;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                text.getString(throttled ? "signIn.throttled" : "signIn.failed"), null));
        password = null;
        return null;
    }

    public void signOut() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/studio/");
        faces.responseComplete();
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
}
