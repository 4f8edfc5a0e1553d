package org.hearth.site.feed;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hearth.platform.config.HearthSettings;
import org.hearth.shared.Coded;
import org.hearth.shared.InvalidInputException;
import org.hearth.story.boundary.Stories;
import org.hearth.story.boundary.StoryQuery;
import org.hearth.story.entity.LanguageTag;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;
import org.hearth.story.entity.Topic;

/**
 * {@code /feeds/stories.atom}: the newest 50 published stories, filtered by {@code project},
 * {@code audience}, {@code campaign}, {@code topic} and {@code lang}. Without {@code lang} it mixes
 * languages, each translation its own entry. Unknown project, audience or campaign slugs simply
 * match nothing, as in the content API; a malformed language tag or unknown topic is a 400.
 */
@WebServlet(name = "StoriesFeed", urlPatterns = StoriesFeedServlet.PATH)
public class StoriesFeedServlet extends HttpServlet {

    static final String PATH = "/feeds/stories.atom";
    static final int SIZE = 50;
    private static final List<String> FILTERS = List.of("project", "audience", "campaign", "topic", "lang");

    @Inject
    transient Stories stories;

    @Inject
    transient HearthSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> filters = filters(request);
        Topic topic;
        try {
            filters.computeIfPresent("lang", (name, tag) -> LanguageTag.of(tag));
            String code = filters.get("topic");
            topic = code == null ? null : Coded.parse(Topic.class, code, "topic");
        } catch (InvalidInputException e) {
            ConditionalResponse.badRequest(response, e.getMessage());
            return;
        }
        String lang = filters.get("lang");
        StoryQuery query = new StoryQuery(StoryQuery.Order.PUBLISHED).status(StoryStatus.PUBLISHED)
                .lang(lang).project(filters.get("project")).campaign(filters.get("campaign"))
                .audience(filters.get("audience")).topic(topic);
        List<AtomWriter.Entry> entries = stories.published(query, SIZE).stream().map(this::entryOf).toList();

        String self = settings.absolute(PATH) + queryString(filters);
        boolean french = lang != null && "fr".equals(HearthSettings.siteLanguage(lang));
        AtomWriter.Feed feed = new AtomWriter.Feed(self, french ? "Récits Hearth" : "Hearth stories", lang, self,
                settings.absolute(lang == null ? "/" : "/" + HearthSettings.siteLanguage(lang) + "/"),
                entries.isEmpty() ? Instant.now() : entries.get(0).published(), entries);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        AtomWriter.write(feed, body);
        ConditionalResponse.send(request, response, "application/atom+xml; charset=UTF-8", body.toByteArray());
    }

    private AtomWriter.Entry entryOf(Story story) {
        String url = settings.publicUrl(story.lang(), "stories", story.slug());
        String site = HearthSettings.siteLanguage(story.lang());
        String audiences = settings.absolute("/" + site + "/audiences/");
        List<AtomWriter.Category> categories = Stream.concat(
                story.audiences().stream().map(a -> new AtomWriter.Category(a.code(), audiences, a.label(site))),
                story.topics().stream().map(t -> new AtomWriter.Category(t.code(), null, null))).toList();
        return new AtomWriter.Entry(url, story.title(), url, story.lang(), story.summary(),
                authorName(story.attribution().name(), story.lang()), story.publishedAt(), categories);
    }

    /** The attribution's name, or "Anonymous" in the story's language; never more than a name. */
    static String authorName(String name, String lang) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return "fr".equals(HearthSettings.siteLanguage(lang)) ? "Anonyme" : "Anonymous";
    }

    /** The known filters in a fixed order, so equal feeds have one self link, one id and one ETag. */
    static String queryString(Map<String, String> filters) {
        String query = FILTERS.stream().filter(filters::containsKey)
                .map(name -> name + "=" + URLEncoder.encode(filters.get(name), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    private static Map<String, String> filters(HttpServletRequest request) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value.strip());
            }
        }
        return filters;
    }
}
