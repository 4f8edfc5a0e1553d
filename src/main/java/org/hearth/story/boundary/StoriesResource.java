package org.hearth.story.boundary;

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
import java.util.function.BiFunction;
import java.util.function.Function;
import org.hearth.platform.config.HearthSettings;
import org.hearth.platform.rest.Conditional;
import org.hearth.platform.rest.Cursor;
import org.hearth.platform.rest.Page;
import org.hearth.shared.Coded;
import org.hearth.story.entity.LanguageTag;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;
import org.hearth.story.entity.Topic;

/** {@code /api/v1/stories}: published stories only, for anyone, newest first; each translation is its own item. */
@Path("v1/stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoriesResource {

    @Inject
    org.hearth.media.boundary.MediaLibrary media;

    @Inject
    Stories stories;

    @Inject
    HearthSettings settings;

    @GET
    public Page<StoryJson.PublicItem> list(@QueryParam("project") String project, @QueryParam("audience") String audience,
                                           @QueryParam("campaign") String campaign, @QueryParam("topic") String topic,
                                           @QueryParam("lang") String lang, @QueryParam("limit") Integer limit,
                                           @QueryParam("cursor") String cursor) {
        int size = Page.limit(limit);
        StoryQuery query = new StoryQuery(StoryQuery.Order.PUBLISHED)
                .status(StoryStatus.PUBLISHED)
                .lang(lang == null ? null : LanguageTag.of(lang))
                .project(project).campaign(campaign).audience(audience)
                .topic(topic == null ? null : Coded.parse(Topic.class, topic, "topic"));
        return page(query, size, cursor, stories::published, s -> StoryJson.itemOf(s, settings));
    }

    @GET
    @Path("{slug}")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        Story story = stories.publishedBySlug(slug);
        return Conditional.ok(request, StoryJson.publicOf(story, settings,
                media.publicItems(story.mediaUses(), settings.baseUrl()), media.publicFigures(settings.baseUrl(), java.util.Locale.forLanguageTag(story.lang()))));
    }

    /** One keyset page of stories, for the public and the studio lists alike. */
    static <T> Page<T> page(StoryQuery query, int size, String cursor,
                            BiFunction<StoryQuery, Integer, List<Story>> fetch, Function<Story, T> json) {
        Cursor after = Cursor.decode(cursor, 2);
        if (after != null) {
            query.after(after.instantKey(0), after.longKey(1));
        }
        List<Story> found = fetch.apply(query, size + 1);
        List<T> items = found.stream().limit(size).map(json).toList();
        String next = null;
        if (found.size() > size) {
            Story last = found.get(size - 1);
            next = Cursor.encode(query.timeOf(last).toString(), String.valueOf(last.id()));
        }
        return new Page<>(items, next);
    }
}
