package org.hearth.story.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
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
import org.hearth.story.entity.ReviewLink;

/** {@code /api/v1/studio/stories/{id}/review-links}: create, list and revoke a storyteller's private review links. */
@Path("v1/studio/stories/{id}/review-links")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewLinksResource {

    /** {@code url} is only present when the link is created: the token is never stored in clear. */
    public record LinkJson(String id, String url, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String createdBy) {
        static LinkJson of(ReviewLink link, String url) {
            return new LinkJson(link.publicId(), url, link.expiresAt(), link.revokedAt(), link.lastUsedAt(), link.createdBy());
        }
    }

    @Inject
    ReviewLinks links;

    @Context
    UriInfo uriInfo;

    @POST
    public Response create(@PathParam("id") String id) {
        ReviewLinks.IssuedLink issued = links.create(id);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(issued.link().publicId()).build())
                .entity(LinkJson.of(issued.link(), issued.url())).build();
    }

    @GET
    public Page<LinkJson> list(@PathParam("id") String id) {
        return new Page<>(links.of(id).stream().map(l -> LinkJson.of(l, null)).toList(), null);
    }

    @DELETE
    @Path("{link}")
    public Response revoke(@PathParam("id") String id, @PathParam("link") String link) {
        links.revoke(id, link);
        return Response.noContent().build();
    }
}
