package org.hearth.campaign.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.hearth.campaign.entity.Campaign;
import org.hearth.platform.config.HearthSettings;
import org.hearth.platform.rest.Conditional;
import org.hearth.platform.rest.Page;

/** {@code /api/v1/campaigns}: the public list of campaigns, by slug, and one campaign. */
@Path("v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignsResource {

    @Inject
    Campaigns campaigns;

    @Inject
    HearthSettings settings;

    @GET
    public Page<CampaignJson> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return Page.bySlug(limit, cursor, campaigns::page, Campaign::slug, x -> CampaignJson.of(x, settings));
    }

    @GET
    @Path("{slug}")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return Conditional.ok(request, CampaignJson.of(campaigns.get(slug), settings));
    }
}
