package org.hearth.site.feed;

import static org.hearth.site.feed.SitemapWriter.NAMESPACE;
import static org.hearth.site.feed.SitemapWriter.XHTML;
import static org.hearth.site.feed.XmlDocuments.childText;
import static org.hearth.site.feed.XmlDocuments.elements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SitemapWriterTest {

    @Test
    void writesAUrlsetOfAbsoluteLocations() throws Exception {
        Element root = parse(List.of(
                new SitemapWriter.Url("https://hearth.example/en/", null, Map.of()),
                new SitemapWriter.Url("https://hearth.example/fr/", null, Map.of()),
                new SitemapWriter.Url("https://hearth.example/en/stories/one?x=1&y=2",
                        Instant.parse("2026-02-22T10:15:30.5Z"), Map.of())));

        assertEquals(NAMESPACE, root.getNamespaceURI());
        assertEquals("urlset", root.getLocalName());
        List<Element> urls = elements(root, NAMESPACE, "url");
        assertEquals(3, urls.size());
        for (Element url : urls) {
            assertTrue(URI.create(childText(url, NAMESPACE, "loc")).isAbsolute());
        }
        assertEquals("https://hearth.example/en/stories/one?x=1&y=2", childText(urls.get(2), NAMESPACE, "loc"));
        assertTrue(elements(urls.get(0), NAMESPACE, "lastmod").isEmpty());
        assertEquals("2026-02-22T10:15:30Z", childText(urls.get(2), NAMESPACE, "lastmod"));
    }

    @Test
    void namesLanguageVersionsAsXhtmlAlternates() throws Exception {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("en", "https://hearth.example/en/stories/a-nurse-notices-the-signs");
        versions.put("fr", "https://hearth.example/fr/stories/une-infirmiere-remarque-les-signes");
        Element url = elements(parse(List.of(new SitemapWriter.Url(versions.get("en"), Instant.EPOCH, versions))),
                NAMESPACE, "url").get(0);

        List<Element> links = elements(url, XHTML, "link");
        assertEquals(2, links.size());
        assertEquals(List.of("alternate", "alternate"), links.stream().map(l -> l.getAttribute("rel")).toList());
        assertEquals(List.of("en", "fr"), links.stream().map(l -> l.getAttribute("hreflang")).toList());
        assertEquals(List.copyOf(versions.values()), links.stream().map(l -> l.getAttribute("href")).toList());
    }

    @Test
    void refusesRelativeUrls() throws Exception {
        try (SitemapWriter sitemap = new SitemapWriter(new ByteArrayOutputStream())) {
            assertThrows(IllegalArgumentException.class,
                    () -> sitemap.add(new SitemapWriter.Url("/en/stories/one", null, Map.of())));
            assertThrows(IllegalArgumentException.class, () -> sitemap.add(new SitemapWriter.Url(
                    "https://hearth.example/en/", null, Map.of("fr", "/fr/"))));
        }
    }

    private static Element parse(List<SitemapWriter.Url> urls) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SitemapWriter sitemap = new SitemapWriter(out)) {
            for (SitemapWriter.Url url : urls) {
                sitemap.add(url);
            }
        }
        return XmlDocuments.parse(out.toByteArray()).getDocumentElement();
    }
}
