package org.hearth.site.feed;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hearth.platform.config.HearthSettings;

/**
 * {@code /robots.txt}: crawlers may read everything public and are pointed at the sitemap. The
 * studio is kept out of indexes; that is courtesy, not protection, which the studio's sign-in provides.
 */
@WebServlet(name = "Robots", urlPatterns = "/robots.txt")
public class RobotsServlet extends HttpServlet {

    @Inject
    transient HearthSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConditionalResponse.send(request, response, "text/plain; charset=UTF-8",
                robots(settings.absolute("/sitemap.xml")).getBytes(StandardCharsets.UTF_8));
    }

    static String robots(String sitemapUrl) {
        return """
                User-agent: *
                Allow: /
                Disallow: /studio/
                Disallow: /api/v1/studio/

                Sitemap: %s
                """.formatted(sitemapUrl);
    }
}
