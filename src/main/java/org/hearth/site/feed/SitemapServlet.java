package org.hearth.site.feed;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hearth.platform.config.HearthSettings;
import org.hearth.project.boundary.Projects;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.story.boundary.Stories;
import org.hearth.story.boundary.StoryQuery;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;

/**
 * {@code /sitemap.xml}: both home pages, every project page in both languages and every published
 * story, each with its language versions. Stories are read in keyset pages of {@value #CHUNK}, never
 * all at once. A single {@code urlset} holds 50,000 URLs; beyond that the contract asks for an index.
 */
@WebServlet(name = "Sitemap", urlPatterns = "/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    static final int CHUNK = 500;
    private static final List<String> SITE_LANGUAGES = List.of("en", "fr");

    @Inject
    transient Stories stories;

    @Inject
    transient Projects projects;

    @Inject
    transient HearthSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (SitemapWriter sitemap = new SitemapWriter(body)) {
            inBothLanguages(sitemap, lang -> settings.absolute("/" + lang + "/"));
            inBothLanguages(sitemap, lang -> settings.absolute("/" + lang + "/services"));
            List<NeighbourhoodProject> page = projects.page(null, CHUNK);
            while (!page.isEmpty()) {
                for (NeighbourhoodProject project : page) {
                    inBothLanguages(sitemap, lang -> settings.publicUrl(lang, "projects", project.slug()));
                }
                page = page.size() < CHUNK ? List.of() : projects.page(page.get(page.size() - 1).slug(), CHUNK);
            }
            Story last = null;
            do {
                StoryQuery query = new StoryQuery(StoryQuery.Order.PUBLISHED).status(StoryStatus.PUBLISHED);
                if (last != null) {
                    query.after(last.publishedAt(), last.id());
                }
                List<Story> chunk = stories.published(query, CHUNK);
                for (Story story : chunk) {
                    sitemap.add(urlOf(story));
                }
                last = chunk.size() < CHUNK ? null : chunk.get(chunk.size() - 1);
            } while (last != null);
        }
        ConditionalResponse.send(request, response, "application/xml; charset=UTF-8", body.toByteArray());
    }

    private void inBothLanguages(SitemapWriter sitemap, Function<String, String> url) throws IOException {
        Map<String, String> alternates = new LinkedHashMap<>();
        SITE_LANGUAGES.forEach(lang -> alternates.put(lang, url.apply(lang)));
        for (String loc : alternates.values()) {
            sitemap.add(new SitemapWriter.Url(loc, null, alternates));
        }
    }

    /** The story with every published language version, itself included, as search engines ask. */
    private SitemapWriter.Url urlOf(Story story) {
        String loc = settings.publicUrl(story.lang(), "stories", story.slug());
        Map<String, String> alternates = new LinkedHashMap<>();
        List<Story> others = story.otherLanguages().stream().filter(Story::isPublic).toList();
        if (!others.isEmpty()) {
            alternates.put(story.lang(), loc);
            others.forEach(t -> alternates.put(t.lang(), settings.publicUrl(t.lang(), "stories", t.slug())));
        }
        return new SitemapWriter.Url(loc, story.publishedAt(), alternates);
    }
}
