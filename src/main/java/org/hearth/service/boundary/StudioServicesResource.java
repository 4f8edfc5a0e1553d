package org.hearth.service.boundary;

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
import org.hearth.platform.rest.Page;
import org.hearth.service.entity.SupportService;
import org.hearth.shared.InvalidInputException;

/**
 * {@code /api/v1/studio/services}: the services of the caller's organizations; organization admins
 * add and edit them (a PUT carries the version it started from) and mark them verified.
 */
@Path("v1/studio/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudioServicesResource {

    /** {@code {version}}: the version a verification starts from. */
    public record VersionInput(Integer version) {
    }

    @Inject
    Services services;

    @Context
    UriInfo uriInfo;

    @GET
    public Page<StudioServiceJson> list() {
        return new Page<>(services.visible().stream().map(s -> StudioServiceJson.of(s, services.today())).toList(), null);
    }

    @GET
    @Path("{slug}")
    public StudioServiceJson get(@PathParam("slug") String slug) {
        return StudioServiceJson.of(services.read(slug), services.today());
    }

    @POST
    public Response create(StudioServiceJson input) {
        StudioServiceJson body = required(input);
        SupportService created = services.create(body.organization(), body.slug(), body.details());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.slug()).build())
                .entity(StudioServiceJson.of(created, services.today())).build();
    }

    @PUT
    @Path("{slug}")
    public StudioServiceJson update(@PathParam("slug") String slug, StudioServiceJson input) {
        StudioServiceJson body = required(input);
        return StudioServiceJson.of(services.update(slug, body.version(), body.details()), services.today());
    }

    /** Marks the service verified today (send the {@code version} the check started from). */
    @POST
    @Path("{slug}/verification")
    public StudioServiceJson verify(@PathParam("slug") String slug, VersionInput input) {
        return StudioServiceJson.of(services.markVerified(slug, input == null ? null : input.version()), services.today());
    }

    private static StudioServiceJson required(StudioServiceJson input) {
        if (input == null) {
            throw new InvalidInputException("body", "send the service as JSON");
        }
        return input;
    }
}
