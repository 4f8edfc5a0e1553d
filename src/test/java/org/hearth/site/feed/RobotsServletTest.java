package org.hearth.site.feed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RobotsServletTest {

    @Test
    void keepsCrawlersOutOfTheStudioAndPointsToTheSitemap() {
        List<String> lines = RobotsServlet.robots("https://hearth.example/sitemap.xml").lines().toList();
        assertTrue(lines.contains("User-agent: *"), lines.toString());
        assertTrue(lines.contains("Allow: /"), lines.toString());
        assertTrue(lines.contains("Disallow: /studio/"), lines.toString());
        assertTrue(lines.contains("Disallow: /api/v1/studio/"), lines.toString());
        assertTrue(lines.contains("Sitemap: https://hearth.example/sitemap.xml"), lines.toString());
    }
}
