package org.hearth.help.boundary;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hearth.help.entity.HelpResource;
import org.hearth.platform.rest.Page;
import org.hearth.shared.InvalidInputException;

/**
 * {@code /api/v1/studio/help-resources}: the hotlines and supports of the caller's organizations;
 * organization admins add and edit them, and mark them verified.
 */
@Path("v1/studio/help-resources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HelpResourcesResource {

    /** {@code {version}}: the version a verification starts from. */
    public record VersionInput(Integer version) {
    }

    @Inject
    HelpResources help;

    @Context
    UriInfo uriInfo;

    @GET
    public Page<HelpResourceJson> list() {
        return new Page<>(help.visible().stream().map(h -> HelpResourceJson.of(h, help.today())).toList(), null);
    }

    @GET
    @Path("{id}")
    public HelpResourceJson get(@PathParam("id") String id) {
        return HelpResourceJson.of(help.read(id), help.today());
    }

    @POST
    public Response create(HelpResourceJson input) {
        HelpResourceJson body = required(input);
        HelpResource created = help.create(body.organization(), body.code(), body.details());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(HelpResourceJson.of(created, help.today())).build();
    }

    @PUT
    @Path("{id}")
    public HelpResourceJson update(@PathParam("id") String id, HelpResourceJson input) {
        HelpResourceJson body = required(input);
        return HelpResourceJson.of(help.update(id, body.version(), body.details()), help.today());
    }

    /** Marks the resource verified today (send the {@code version} the check started from). */
    @POST
    @Path("{id}/verification")
    public HelpResourceJson verify(@PathParam("id") String id, VersionInput input) {
        return HelpResourceJson.of(help.markVerified(id, input == null ? null : input.version()), help.today());
    }

    private static HelpResourceJson required(HelpResourceJson input) {
        if (input == null) {
            throw new InvalidInputException("body", "send the help resource as JSON");
        }
        return input;
    }
}
