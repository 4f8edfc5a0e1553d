package org.hearth.submission.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.hearth.platform.rest.Page;
import org.hearth.shared.InvalidInputException;
import org.hearth.submission.entity.InvitationCode;

/** {@code /api/v1/studio/invitations}: invitation codes for youth volunteers of a project. */
@Path("v1/studio/invitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    @Inject
    InvitationCodes codes;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SubmissionJson.InvitationInput input) {
        if (input == null) {
            throw new InvalidInputException("project", "send {project, uses, expiresOn}");
        }
        InvitationCode code = codes.create(input.project(), input.uses(), input.expiresOn());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(code.publicId()).build())
                .entity(SubmissionJson.of(code, codes.today())).build();
    }

    /** All of a project's codes, newest first (a project has a handful; one page). */
    @GET
    public Page<SubmissionJson.Invitation> list(@QueryParam("project") String project, @QueryParam("limit") Integer limit) {
        LocalDate today = codes.today();
        return new Page<>(codes.of(project).stream().map(c -> SubmissionJson.of(c, today)).toList(), null);
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        codes.revoke(id);
        return Response.noContent().build();
    }
}
