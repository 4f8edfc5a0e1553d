package org.hearth.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.hearth.account.entity.Account;
import org.hearth.platform.persistence.DatabaseOutage;
import org.hearth.shared.NotAuthenticatedException;
import org.hearth.shared.RateLimitedException;

/**
 * Jakarta Security's one way in, for both kinds of staff callers:
 * <ul>
 *   <li>API callers send {@code Authorization: Bearer <token>}; no session is ever created for them;</li>
 *   <li>studio users sign in with e-mail and password (the sign-in page calls
 *       {@code SecurityContext.authenticate} with the credential); the session id then changes, and
 *       the session remembers who they are until they sign out or it times out.</li>
 * </ul>
 * Anonymous requests stay anonymous: the public site never gets a session from here.
 */
@ApplicationScoped
public class HearthAuthentication implements HttpAuthenticationMechanism {

    static final String STAFF_GROUP = "staff";
    static final String SESSION_ACCOUNT = "hearth.account";
    private static final String PREFIX = "Bearer ";

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return identify(request, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            return whileTheDatabaseIsOut(request, response, context);
        }
    }

    /**
     * Who is calling cannot be known without the database. Public pages need nobody signed in, so
     * they go on anonymously (a cached page is still served); the API and the studio answer 503
     * through the error page, which says so in the API's problem shape or as a readable page.
     */
    private static AuthenticationStatus whileTheDatabaseIsOut(HttpServletRequest request, HttpServletResponse response,
                                                              HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/") && !path.startsWith("/studio")) {
            return context.doNothing();
        }
        request.setAttribute(DatabaseOutage.ATTRIBUTE, Boolean.TRUE);
        try {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus identify(HttpServletRequest request, HttpMessageContext context) {
        Optional<String> bearer = bearerToken(request.getHeader("Authorization"));
        if (bearer.isPresent()) {
            return accounts.accountForToken(bearer.get())
                    .map(account -> context.notifyContainerAboutLogin(account.publicId(), Set.of(STAFF_GROUP)))
                    .orElseGet(context::doNothing);
        }
        Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return signIn(request, context, password);
        }
        HttpSession session = request.getSession(false);
        Object publicId = session == null ? null : session.getAttribute(SESSION_ACCOUNT);
        if (publicId != null) {
            Optional<Account> account = accounts.findByPublicId(publicId.toString()).filter(Account::maySignIn);
            if (account.isPresent()) {
                return context.notifyContainerAboutLogin(account.get().publicId(), Set.of(STAFF_GROUP));
            }
            session.invalidate();
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        UsernamePasswordCredential credential) {
        try {
            Account account = accounts.verify(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
            // A new session id at sign-in: a session fixed by someone else before is worth nothing.
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_ACCOUNT, account.publicId());
            return context.notifyContainerAboutLogin(account.publicId(), Set.of(STAFF_GROUP));
        } catch (NotAuthenticatedException | RateLimitedException refused) {
            request.setAttribute(SignInFailure.ATTRIBUTE, refused instanceof RateLimitedException
                    ? SignInFailure.THROTTLED : SignInFailure.WRONG_CREDENTIALS);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    /** The token in an {@code Authorization: Bearer <token>} header, if that is what it holds. */
    static Optional<String> bearerToken(String header) {
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                ? Optional.of(header.substring(PREFIX.length())) : Optional.empty();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** Why a studio sign-in failed, for the page to say so without revealing which part was wrong. */
    public enum SignInFailure {
        WRONG_CREDENTIALS, THROTTLED;

        public static final String ATTRIBUTE = "hearth.sign-in.failure";
    }
}
