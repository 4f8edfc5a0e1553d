package org.hearth.campaign.boundary;

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
import org.hearth.campaign.entity.Campaign;
import org.hearth.platform.config.HearthSettings;
import org.hearth.platform.rest.Page;

/** {@code /api/v1/studio/campaigns}: the caller's organizations' campaigns; org admins create and edit them. */
@Path("v1/studio/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudioCampaignsResource {

    @Inject
    Campaigns campaigns;

    @Inject
    HearthSettings settings;

    @Context
    UriInfo uriInfo;

    @GET
    public Page<CampaignJson> list() {
        return new Page<>(campaigns.visible().stream().map(c -> CampaignJson.of(c, settings)).toList(), null);
    }

    @POST
    public Response create(CampaignInput input) {
        Campaign campaign = campaigns.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(campaign.slug()).build())
                .entity(CampaignJson.of(campaign, settings)).build();
    }

    @PUT
    @Path("{slug}")
    public CampaignJson update(@PathParam("slug") String slug, CampaignInput input) {
        return CampaignJson.of(campaigns.update(slug, input), settings);
    }
}
