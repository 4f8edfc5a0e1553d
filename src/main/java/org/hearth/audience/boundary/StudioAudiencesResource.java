package org.hearth.audience.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hearth.audience.entity.Audience;

/**
 * {@code /api/v1/studio/audiences}: the platform admin adds an audience ({@code POST}) or edits its
 * labels and descriptions ({@code PUT /{code}}, with the {@code version} the edit started from).
 */
@Path("v1/studio/audiences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudioAudiencesResource {

    /** An audience as the studio API shows it: both labels and descriptions, and its version. */
    public record StudioAudienceJson(String code, String labelEn, String labelFr, String descriptionEn,
                                     String descriptionFr, int version) {
        static StudioAudienceJson of(Audience a) {
            return new StudioAudienceJson(a.code(), a.label("en"), a.label("fr"), a.storedDescription("en"),
                    a.storedDescription("fr"), a.version());
        }
    }

    @Inject
    Audiences audiences;

    @Context
    UriInfo uriInfo;

    @POST
    public Response create(AudienceInput input) {
        Audience audience = audiences.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(audience.code()).build())
                .entity(StudioAudienceJson.of(audience)).build();
    }

    @PUT
    @Path("{code}")
    public StudioAudienceJson update(@PathParam("code") String code, AudienceInput input) {
        return StudioAudienceJson.of(audiences.update(code, input));
    }
}
