package org.hearth.media.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hearth.media.entity.MediaAsset;
import org.hearth.media.entity.MediaKind;
import org.hearth.platform.rest.Cursor;
import org.hearth.platform.rest.Page;
import org.hearth.shared.Coded;
import org.hearth.shared.InvalidInputException;

/**
 * {@code /api/v1/studio/media}: upload (multipart: {@code organization} and one or more {@code file}
 * parts), list, describe and delete the media of the caller's organizations.
 */
@Path("v1/studio/media")
@Produces(MediaType.APPLICATION_JSON)
public class MediaResource {

    @Inject
    MediaLibrary library;

    @Context
    UriInfo uriInfo;

    /** The rendition names, as the OpenAPI document lists them. */
    static final String RENDITIONS = "Renditions, served at /media/{id}/{rendition} while published content uses the"
            + " asset: w480, w960 and w1600 (an image at that width, JPEG or PNG, only those narrower than the"
            + " original), full (the whole image up to 2400 px wide), stream (video or audio without container"
            + " metadata), poster (a frame of a video) and document (a PDF without its metadata).";

    public record Created(List<MediaJson.Studio> items) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload media: multipart, an organization field and one or more file parts",
            description = "201 with {items: [asset]}, one per file, in order; each is processing until its renditions"
                    + " exist. The type comes from the bytes. Refused, with nothing stored: 413 over HEARTH_MEDIA_MAX_BYTES"
                    + " or HEARTH_MEDIA_MAX_PIXELS, 415 for a type Hearth does not take (SVG, HTML…), bytes that"
                    + " disagree with the name or the claimed type, an unsafe PDF; 400 or 415 for an empty or truncated"
                    + " file. " + RENDITIONS)
    public Response upload(List<EntityPart> parts) {
        String organization = null;
        List<Upload> uploads = new ArrayList<>();
        try {
            for (EntityPart part : parts) {
                switch (part.getName()) {
                    case "organization" -> organization = part.getContent(String.class).strip();
                    case "file" -> uploads.add(new Upload(part.getFileName().orElse(null),
                            part.getMediaType() == null ? null : part.getMediaType().toString(), part.getContent()));
                    default -> {
                        // Other fields are ignored, as browsers may send more than asked.
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<MediaAsset> stored = library.upload(organization, uploads);
        List<MediaJson.Studio> items = stored.stream().map(a -> MediaJson.studioOf(a, List.of())).toList();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(stored.get(0).publicId()).build())
                .entity(new Created(items)).build();
    }

    @GET
    public Page<MediaJson.Studio> list(@QueryParam("organization") String organization, @QueryParam("kind") String kind,
                                       @QueryParam("unused") boolean unused, @QueryParam("cursor") String cursor,
                                       @QueryParam("limit") Integer limit) {
        int size = Page.limit(limit);
        Cursor after = Cursor.decode(cursor, 1);
        MediaKind kindOf = kind == null || kind.isBlank() ? null : Coded.parse(MediaKind.class, kind, "kind");
        List<MediaAsset> found = library.list(organization, kindOf, unused, after == null ? null : after.longKey(0), size + 1);
        List<MediaJson.Studio> items = found.stream().limit(size).map(a -> MediaJson.studioOf(a, library.usedBy(a))).toList();
        return new Page<>(items, found.size() > size ? Cursor.encode(String.valueOf(found.get(size - 1).id())) : null);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One asset, with its status, renditions and where it is used", description = RENDITIONS)
    public MediaJson.Studio read(@PathParam("id") String id) {
        MediaAsset asset = library.read(id);
        return MediaJson.studioOf(asset, library.usedBy(asset));
    }

    /** A rendition for staff (private: the asset need not be used by anything public). */
    @GET
    @Path("{id}/preview/{rendition}")
    @Produces(MediaType.WILDCARD)
    public Response preview(@PathParam("id") String id, @PathParam("rendition") String rendition) {
        MediaLibrary.Served served = library.preview(id, rendition)
                .orElseThrow(() -> new org.hearth.shared.ResourceNotFoundException("rendition", rendition));
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> java.nio.file.Files.copy(served.file(), out),
                        served.mediaType()).header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MediaJson.Studio describe(@PathParam("id") String id, MediaInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "send the description as JSON");
        }
        MediaAsset asset = library.describe(id, input.description(), input.version());
        return MediaJson.studioOf(asset, library.usedBy(asset));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        library.delete(id);
        return Response.noContent().build();
    }
}
