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
import java.util.List;
import org.hearth.campaign.entity.Campaign;
import org.hearth.platform.config.HearthSettings;
import org.hearth.platform.rest.Conditional;
import org.hearth.platform.rest.Cursor;
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
        int size = Page.limit(limit);
        Cursor after = Cursor.decode(cursor, 1);
        List<Campaign> found = campaigns.page(after == null ? null : after.key(0), size + 1);
        List<CampaignJson> items = found.stream().limit(size).map(c -> CampaignJson.of(c, settings)).toList();
        String next = found.size() > size ? Cursor.encode(found.get(size - 1).slug()) : null;
        return new Page<>(items, next);
    }

    @GET
    @Path("{slug}")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return Conditional.ok(request, CampaignJson.of(campaigns.get(slug), settings));
    }
}
