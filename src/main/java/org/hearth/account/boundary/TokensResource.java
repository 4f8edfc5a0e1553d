package org.hearth.account.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.NotAuthenticatedException;

/** Signing in to the API: exchange an e-mail and password for a bearer token, and revoke it. */
@Path("v1/auth/tokens")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    public record Credentials(String email, String password) {
    }

    public record TokenJson(String token, Instant expiresAt) {
    }

    @Inject
    Accounts accounts;

    @Context
    HttpServletRequest request;

    @POST
    public Response issue(Credentials credentials) {
        if (credentials == null || credentials.email() == null || credentials.email().isBlank()
                || credentials.password() == null) {
            throw new InvalidInputException("email", "send {\"email\": …, \"password\": …}");
        }
        Accounts.IssuedToken issued = accounts.issueToken(credentials.email(), credentials.password(), request.getRemoteAddr());
        return Response.created(URI.create("v1/auth/tokens/current"))
                .entity(new TokenJson(issued.token(), issued.expiresAt()))
                .build();
    }

    @DELETE
    @Path("current")
    public Response revoke(@HeaderParam("Authorization") String authorization) {
        String token = HearthAuthentication.bearerToken(authorization).orElseThrow(
                () -> new NotAuthenticatedException("Send the token to revoke as Authorization: Bearer <token>."));
        if (accounts.accountForToken(token).isEmpty()) {
            throw new NotAuthenticatedException("This token is not valid.");
        }
        accounts.revoke(token);
        return Response.noContent().build();
    }
}
