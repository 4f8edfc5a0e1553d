package org.hearth.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;

/**
 * Jakarta Security's way in for API callers: an {@code Authorization: Bearer <token>} header naming
 * a valid token makes its account the caller for this request (no session is created). Requests
 * without one stay anonymous; {@link StudioGuard} refuses anonymous calls to the studio API.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    static final String STAFF_GROUP = "staff";
    private static final String PREFIX = "Bearer ";

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return context.doNothing();
        }
        return accounts.accountForToken(header.substring(PREFIX.length()))
                .map(account -> context.notifyContainerAboutLogin(account.publicId(), Set.of(STAFF_GROUP)))
                .orElseGet(context::doNothing);
    }
}
