package org.hearth.site.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.mediakit.boundary.MediaKits;
import org.hearth.mediakit.entity.MediaKit;
import org.hearth.platform.config.HearthSettings;
import org.hearth.story.boundary.Stories;
import org.hearth.story.entity.Story;

/**
 * {@code /oembed?url=…} (oEmbed 1.0, JSON): for a published story's or kit's public address, the
 * {@code rich} answer whose HTML frames its embed card, so a partner's CMS embeds it by pasting the
 * link. A withdrawn story is 410 and anything unpublished or unknown 404, like the pages themselves;
 * {@code format=xml} is 501, as the specification asks of providers that only speak JSON.
 */
@WebServlet(name = "OEmbed", urlPatterns = "/oembed")
public class OEmbedServlet extends HttpServlet {

    static final int WIDTH = 480;
    static final int HEIGHT = 420;
    private static final Pattern PUBLIC_PAGE = Pattern.compile("^/(en|fr)/(stories|media-kits)/([A-Za-z0-9-]+)/?$");

    @Inject
    transient Stories stories;

    @Inject
    transient MediaKits kits;

    @Inject
    transient HearthSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("format") != null && !"json".equals(request.getParameter("format"))) {
            response.sendError(HttpServletResponse.SC_NOT_IMPLEMENTED);
            return;
        }
        Matcher page = PUBLIC_PAGE.matcher(path(request.getParameter("url")));
        if (!page.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String slug = page.group(3);
        String title;
        String section = page.group(2);
        if ("stories".equals(section)) {
            Story story = stories.findBySlug(slug).orElse(null);
            if (story != null && story.isGone()) {
                response.sendError(HttpServletResponse.SC_GONE);
                return;
            }
            if (story == null || !story.isPublic()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            title = story.title();
        } else {
            MediaKit kit = kits.findBySlug(slug).filter(MediaKit::isPublic).orElse(null);
            if (kit == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            title = kit.title();
        }
        int width = bounded(request.getParameter("maxwidth"), WIDTH);
        int height = bounded(request.getParameter("maxheight"), HEIGHT);
        String card = settings.absolute("/embed/" + section + "/" + slug);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("version", "1.0").add("type", "rich").add("provider_name", "Hearth")
                .add("provider_url", settings.absolute("/")).add("title", title)
                .add("width", width).add("height", height)
                .add("html", "<iframe src=\"" + card + "\" width=\"" + width + "\" height=\"" + height
                        + "\" title=\"" + title.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                        + "\" loading=\"lazy\" referrerpolicy=\"no-referrer\" style=\"border:0\"></iframe>");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getOutputStream().write(json.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The path of a URL given in full or as a path; "" when it is none. */
    static String path(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return "";
        }
        try {
            String path = new URI(url.strip()).getPath();
            return path == null ? "" : path;
        } catch (URISyntaxException e) {
            return "";
        }
    }

    /** A size asked for ({@code maxwidth}), never more than the card's own. */
    static int bounded(String asked, int own) {
        if (asked == null || !asked.matches("[0-9]{1,5}")) {
            return own;
        }
        return Math.max(200, Math.min(own, Integer.parseInt(asked)));
    }
}
