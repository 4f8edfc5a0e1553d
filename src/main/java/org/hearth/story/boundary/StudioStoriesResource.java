package org.hearth.story.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hearth.platform.config.HearthSettings;
import org.hearth.platform.rest.Conditional;
import org.hearth.platform.rest.Page;
import org.hearth.shared.Coded;
import org.hearth.shared.InvalidInputException;
import org.hearth.story.entity.LanguageTag;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;

/** {@code /api/v1/studio/stories}: staff create, list, read and edit their organizations' stories. */
@Path("v1/studio/stories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudioStoriesResource {

    @Inject
    Stories stories;

    @Inject
    HearthSettings settings;

    @Context
    UriInfo uriInfo;

    @GET
    public Page<StoryJson.Studio> list(@QueryParam("status") String status, @QueryParam("lang") String lang,
                                       @QueryParam("project") String project, @QueryParam("campaign") String campaign,
                                       @QueryParam("audience") String audience, @QueryParam("limit") Integer limit,
                                       @QueryParam("cursor") String cursor) {
        StoryQuery query = new StoryQuery(StoryQuery.Order.UPDATED)
                .status(status == null ? null : Coded.parse(StoryStatus.class, status, "status"))
                .lang(lang == null ? null : LanguageTag.of(lang))
                .project(project).campaign(campaign).audience(audience);
        return StoriesResource.page(query, Page.limit(limit), cursor, stories::forStaff,
                s -> StoryJson.studioOf(s, settings));
    }

    @POST
    public Response create(StoryInput input) {
        Story story = stories.create(required(input));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(story.publicId()).build())
                .entity(StoryJson.studioOf(story, settings)).build();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") String id, @Context Request request) {
        return Conditional.ok(request, StoryJson.studioOf(stories.read(id), settings));
    }

    @PUT
    @Path("{id}")
    public StoryJson.Studio update(@PathParam("id") String id, StoryInput input, @HeaderParam("If-Match") String ifMatch) {
        return StoryJson.studioOf(stories.update(id, required(input), versionFrom(ifMatch)), settings);
    }

    private static StoryInput required(StoryInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "send the story as JSON");
        }
        return input;
    }

    /** {@code If-Match: "3"} (or {@code "v3"}) also names the version an edit started from; a body {@code version} wins. */
    private static Integer versionFrom(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        String bare = ifMatch.replace("W/", "").replace("\"", "").strip();
        return bare.matches("v?[0-9]{1,9}") ? Integer.valueOf(bare.replace("v", "")) : null;
    }
}
