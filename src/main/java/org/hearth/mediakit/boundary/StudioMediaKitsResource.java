package org.hearth.mediakit.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.mediakit.entity.MediaKit;
import org.hearth.platform.rest.Cursor;
import org.hearth.platform.rest.Page;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Reason;

/** {@code /api/v1/studio/media-kits}: staff create, list, read, edit, translate and move kits through the workflow. */
@Path("v1/studio/media-kits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudioMediaKitsResource {

    @Inject
    MediaKits kits;

    @Context
    UriInfo uriInfo;

    /** {@code {action, comment?}}: the story actions. */
    public record TransitionInput(String action, String comment) {
    }

    public record Blockers(List<Reason> reasons) {
    }

    public record Downloads(Map<LocalDate, Long> perDay, List<String> partners) {
    }

    @GET
    public Page<KitJson.Studio> list(@QueryParam("organization") String organization, @QueryParam("status") String status,
                                     @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        int size = Page.limit(limit);
        Cursor after = Cursor.decode(cursor, 1);
        List<MediaKit> found = kits.forStaff(organization, status, size + 1, after == null ? null : after.longKey(0));
        String next = found.size() > size ? Cursor.encode(String.valueOf(found.get(size - 1).id())) : null;
        return new Page<>(found.stream().limit(size).map(kits::studioOf).toList(), next);
    }

    @POST
    public Response create(KitInput input) {
        MediaKit kit = kits.create(required(input));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(kit.publicId()).build()).entity(kits.studioOf(kit)).build();
    }

    @GET
    @Path("{id}")
    public KitJson.Studio read(@PathParam("id") String id) {
        return kits.studioOf(kits.read(id));
    }

    @PUT
    @Path("{id}")
    public KitJson.Studio update(@PathParam("id") String id, KitInput input) {
        return kits.studioOf(kits.update(id, required(input)));
    }

    @POST
    @Path("{id}/transitions")
    public KitJson.Studio transition(@PathParam("id") String id, TransitionInput input) {
        if (input == null) {
            throw new InvalidInputException("action", "send {\"action\": …}");
        }
        return kits.studioOf(kits.transition(id, input.action(), input.comment()));
    }

    /** {@code {lang, title, summary?, usageTerms?, items?}}: a translation, its own draft; items default to the original's. */
    @POST
    @Path("{id}/translations")
    public Response translate(@PathParam("id") String id, KitInput input) {
        MediaKit translation = kits.translate(id, required(input));
        return Response.created(uriInfo.getBaseUriBuilder().path("v1/studio/media-kits").path(translation.publicId()).build())
                .entity(kits.studioOf(translation)).build();
    }

    @GET
    @Path("{id}/revisions")
    public Page<KitJson.Revision> revisions(@PathParam("id") String id) {
        return new Page<>(kits.revisions(id).stream()
                .map(r -> new KitJson.Revision(r.number(), r.createdAt(), r.author(), r.details())).toList(), null);
    }

    /** What the gate objects to now (empty when the kit may be approved and published). */
    @GET
    @Path("{id}/blockers")
    public Blockers blockers(@PathParam("id") String id) {
        return new Blockers(kits.blockers(kits.read(id)));
    }

    /** Downloads per day, and which partner organizations downloaded it. */
    @GET
    @Path("{id}/downloads")
    public Downloads downloads(@PathParam("id") String id) {
        MediaKit kit = kits.read(id);
        return new Downloads(kits.downloadsPerDay(id),
                kits.partnerDownloads(kit).stream().map(d -> d.organization().slug()).distinct().toList());
    }

    private static KitInput required(KitInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "send the kit as JSON");
        }
        return input;
    }
}
