package org.hearth.account.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.hearth.platform.rest.Page;
import org.hearth.shared.InvalidInputException;

/** {@code /api/v1/studio/organizations/{slug}/members}: list members; add one by e-mail with a role. */
@Path("v1/studio/organizations/{slug}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {

    public record NewMember(String email, String role) {
    }

    public record InvitationJson(String url, Instant expiresAt) {
    }

    public record MemberJson(String id, String email, String role, boolean active, InvitationJson invitation) {
    }

    @Inject
    Members members;

    @Context
    UriInfo uriInfo;

    @GET
    public Page<MemberJson> list(@PathParam("slug") String slug) {
        return new Page<>(members.of(slug).stream()
                .map(m -> new MemberJson(m.account().publicId(), m.account().email(), m.role().code(),
                        m.account().maySignIn(), null))
                .toList(), null);
    }

    @POST
    public Response add(@PathParam("slug") String slug, NewMember input) {
        if (input == null || input.email() == null) {
            throw new InvalidInputException("email", "send {\"email\", \"role\"}");
        }
        Members.Added added = members.add(slug, input.email(), input.role());
        InvitationJson invitation = added.invitationUrl() == null ? null
                : new InvitationJson(added.invitationUrl(), added.invitationExpiresAt());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(added.account().publicId()).build())
                .entity(new MemberJson(added.account().publicId(), added.account().email(), added.role().code(),
                        added.account().maySignIn(), invitation))
                .build();
    }
}
