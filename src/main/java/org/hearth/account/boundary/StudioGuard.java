package org.hearth.account.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.hearth.shared.NotAuthenticatedException;

/** Every call under {@code /api/v1/studio/} needs a signed-in caller; the answer is 401 problem+json otherwise. */
@Provider
public class StudioGuard implements ContainerRequestFilter {

    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("v1/studio") && caller.find().isEmpty()) {
            throw new NotAuthenticatedException("Sign in first: send Authorization: Bearer <token> from POST /api/v1/auth/tokens.");
        }
    }
}
