package org.hearth.account.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.hearth.account.entity.Membership;
import org.hearth.organization.boundary.Organizations;
import org.hearth.platform.rest.Conditional;
import org.hearth.platform.rest.Page;
import org.hearth.shared.InvalidInputException;

/**
 * {@code /api/v1/studio/organizations/{slug}/members}: list members; add one by e-mail with a role;
 * {@code GET/PUT …/members/{accountId}} read one and change their role or whether they are active
 * ({@code {"role"?, "active"?, "version"?}}, org admins only; 409 {@code last-admin} when that would
 * leave the organization without an active admin, 409 on a stale version).
 */
@Path("v1/studio/organizations/{slug}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {

    public record NewMember(String email, String role) {
    }

    public record InvitationJson(String url, Instant expiresAt) {
    }

    public record MemberJson(String id, String email, String name, String role, boolean active, boolean invitationPending,
                             Instant lastSignInAt, int version, InvitationJson invitation) {

        static MemberJson of(Membership m, InvitationJson invitation) {
            return new MemberJson(m.account().publicId(), m.account().email(), m.account().displayName(), m.role().code(),
                    m.isActive(), m.account().passwordHash() == null, m.account().lastSignInAt(), m.version(), invitation);
        }
    }

    @Inject
    Members members;

    @Inject
    Organizations organizations;

    @Context
    UriInfo uriInfo;

    @GET
    public Page<MemberJson> list(@PathParam("slug") String slug) {
        return new Page<>(members.of(slug).stream().map(m -> MemberJson.of(m, null)).toList(), null);
    }

    @GET
    @Path("{accountId}")
    public Response read(@PathParam("slug") String slug, @PathParam("accountId") String accountId,
                         @Context Request request) {
        return Conditional.ok(request, MemberJson.of(members.member(slug, accountId), null));
    }

    @PUT
    @Path("{accountId}")
    public MemberJson change(@PathParam("slug") String slug, @PathParam("accountId") String accountId,
                             Members.Change change) {
        return MemberJson.of(members.change(slug, accountId, change), null);
    }

    @POST
    public Response add(@PathParam("slug") String slug, NewMember input) {
        if (input == null || input.email() == null) {
            throw new InvalidInputException("email", "send {\"email\", \"role\"}");
        }
        Members.Added added = members.add(slug, input.email(), input.role());
        InvitationJson invitation = added.invitationUrl() == null ? null
                : new InvitationJson(added.invitationUrl(), added.invitationExpiresAt());
        Membership membership = added.account().membershipIn(organizations.get(slug)).orElseThrow();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(added.account().publicId()).build())
                .entity(MemberJson.of(membership, invitation))
                .build();
    }
}
