package org.hearth.mediakit.boundary;

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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.mediakit.control.KitZip;
import org.hearth.mediakit.entity.MediaKit;
import org.hearth.platform.rest.Conditional;
import org.hearth.platform.rest.Cursor;
import org.hearth.platform.rest.Page;

/**
 * {@code /api/v1/media-kits}: published kits for anyone; {@code …/{slug}/download} streams the ZIP
 * as it is written (constant memory, whatever the kit's size), {@code …/{slug}/items/{n}} one item.
 */
@Path("v1/media-kits")
@Produces(MediaType.APPLICATION_JSON)
public class MediaKitsResource {

    @Inject
    MediaKits kits;

    @GET
    public Page<KitJson.Summary> list(@QueryParam("campaign") String campaign, @QueryParam("audience") String audience,
                                      @QueryParam("lang") String lang, @QueryParam("kind") String kind,
                                      @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        int size = Page.limit(limit);
        Cursor after = Cursor.decode(cursor, 1);
        List<MediaKit> found = kits.published(campaign, audience, lang, kind, after == null ? null : after.longKey(0), size + 1);
        String next = found.size() > size ? Cursor.encode(String.valueOf(found.get(size - 1).id())) : null;
        return new Page<>(found.stream().limit(size).map(kits::summaryOf).toList(), next);
    }

    @GET
    @Path("{slug}")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return Conditional.ok(request, kits.publicOf(kits.publishedBySlug(slug)));
    }

    /**
     * The ZIP, streamed. A signed-in member of another organization downloads as a partner: the
     * query parameters {@code organizationName}, {@code localServices}, {@code contact} fill the
     * fields the kit allows, and the download is logged for that organization.
     */
    @GET
    @Path("{slug}/download")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response download(@PathParam("slug") String slug, @Context UriInfo uri) {
        Map<String, String> params = new HashMap<>();
        uri.getQueryParameters().forEach((k, v) -> params.put(k, v.isEmpty() ? null : v.get(0)));
        MediaKits.Download download = kits.download(slug, MediaKits.customFrom(params));
        StreamingOutput body = out -> KitZip.write(download.parts(), out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + download.filename() + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("{slug}/items/{n}")
    @Produces({MediaType.WILDCARD, MediaType.APPLICATION_JSON})
    public Response item(@PathParam("slug") String slug, @PathParam("n") int n) {
        MediaKits.SingleItem item = kits.item(slug, n);
        Object entity = item.file() != null ? item.file().toFile() : item.text().getBytes(StandardCharsets.UTF_8);
        return Response.ok(entity, item.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + item.filename() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
