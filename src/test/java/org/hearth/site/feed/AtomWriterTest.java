package org.hearth.site.feed;

import static org.hearth.site.feed.AtomWriter.NAMESPACE;
import static org.hearth.site.feed.XmlDocuments.childText;
import static org.hearth.site.feed.XmlDocuments.elements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomWriterTest {

    private static final Instant PUBLISHED = Instant.parse("2026-02-22T10:15:30.123456Z");

    @Test
    void writesAnAtomFeedWithOneEntryPerRecord() throws Exception {
        Document feed = XmlDocuments.parse(write(feed(List.of(entry("One", "en"), entry("Deux", "fr"), entry("Three", "en")))));

        Element root = feed.getDocumentElement();
        assertEquals(NAMESPACE, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("https://hearth.example/feeds/stories.atom?lang=en", childText(root, NAMESPACE, "id"));
        assertEquals("Hearth stories", childText(root, NAMESPACE, "title"));
        assertEquals("2026-02-22T10:15:30Z", childText(root, NAMESPACE, "updated"));
        assertEquals(3, elements(root, NAMESPACE, "entry").size());
        assertEquals(List.of("self", "alternate"), elements(root, NAMESPACE, "link").stream()
                .filter(l -> l.getParentNode() == root).map(l -> l.getAttribute("rel")).toList());
    }

    @Test
    void escapesMarkupAndAmpersandsInTitlesAndSummaries() throws Exception {
        String title = "<script>alert('x')</script> & friends";
        AtomWriter.Entry hostile = new AtomWriter.Entry("https://hearth.example/en/stories/x", title,
                "https://hearth.example/en/stories/x?a=1&b=2", "en", "Tom & <b>Jerry</b>", "A & B", PUBLISHED, List.of());
        byte[] xml = write(feed(List.of(hostile)));

        String raw = new String(xml, StandardCharsets.UTF_8);
        assertFalse(raw.contains("<script>"), raw);
        assertFalse(raw.contains("<b>"), raw);
        Element entry = elements(XmlDocuments.parse(xml).getDocumentElement(), NAMESPACE, "entry").get(0);
        assertEquals(title, childText(entry, NAMESPACE, "title"));
        assertEquals("Tom & <b>Jerry</b>", childText(entry, NAMESPACE, "summary"));
        assertEquals("https://hearth.example/en/stories/x?a=1&b=2",
                elements(entry, NAMESPACE, "link").get(0).getAttribute("href"));
    }

    @Test
    void entriesCarryTheirLanguageLinkDatesAuthorAndCategories() throws Exception {
        AtomWriter.Entry entry = new AtomWriter.Entry("https://hearth.example/fr/stories/deux", "Deux",
                "https://hearth.example/fr/stories/deux", "fr", "Un résumé", "Anonyme", PUBLISHED,
                List.of(new AtomWriter.Category("youth", "https://hearth.example/fr/audiences/", "Jeunes"),
                        new AtomWriter.Category("getting-help", null, null)));
        Element written = elements(XmlDocuments.parse(write(feed(List.of(entry)))).getDocumentElement(), NAMESPACE, "entry").get(0);

        assertEquals("fr", written.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
        Element link = elements(written, NAMESPACE, "link").get(0);
        assertEquals("alternate", link.getAttribute("rel"));
        assertEquals("https://hearth.example/fr/stories/deux", link.getAttribute("href"));
        assertEquals("2026-02-22T10:15:30Z", childText(written, NAMESPACE, "published"));
        assertEquals("2026-02-22T10:15:30Z", childText(written, NAMESPACE, "updated"));
        assertEquals("text", elements(written, NAMESPACE, "summary").get(0).getAttribute("type"));
        Element author = elements(written, NAMESPACE, "author").get(0);
        assertEquals("Anonyme", childText(author, NAMESPACE, "name"));
        assertEquals(1, author.getElementsByTagName("*").getLength(), "an author is a name and nothing more");
        List<Element> categories = elements(written, NAMESPACE, "category");
        assertEquals(List.of("youth", "getting-help"), categories.stream().map(c -> c.getAttribute("term")).toList());
        assertEquals("Jeunes", categories.get(0).getAttribute("label"));
        assertFalse(categories.get(1).hasAttribute("scheme"));
    }

    @Test
    void anEmptyFeedIsStillAValidFeed() throws Exception {
        Element root = XmlDocuments.parse(write(feed(List.of()))).getDocumentElement();
        assertEquals(0, elements(root, NAMESPACE, "entry").size());
        assertEquals("2026-02-22T10:15:30Z", childText(root, NAMESPACE, "updated"));
    }

    @Test
    void dropsCharactersXmlCannotCarryAndOmitsAMissingSummary() throws Exception {
        AtomWriter.Entry entry = new AtomWriter.Entry("https://hearth.example/en/stories/x", "Bell\u0007 and nul\u0000",
                "https://hearth.example/en/stories/x", "en", null, "Anonymous", PUBLISHED, List.of());
        Element written = elements(XmlDocuments.parse(write(feed(List.of(entry)))).getDocumentElement(), NAMESPACE, "entry").get(0);
        assertEquals("Bell and nul", childText(written, NAMESPACE, "title"));
        assertTrue(elements(written, NAMESPACE, "summary").isEmpty());
    }

    private static AtomWriter.Feed feed(List<AtomWriter.Entry> entries) {
        return new AtomWriter.Feed("https://hearth.example/feeds/stories.atom?lang=en", "Hearth stories", null,
                "https://hearth.example/feeds/stories.atom?lang=en", "https://hearth.example/", PUBLISHED, entries);
    }

    private static AtomWriter.Entry entry(String title, String lang) {
        String url = "https://hearth.example/" + lang + "/stories/" + title.toLowerCase();
        return new AtomWriter.Entry(url, title, url, lang, "Summary of " + title, "Anonymous", PUBLISHED, List.of());
    }

    private static byte[] write(AtomWriter.Feed feed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomWriter.write(feed, out);
        return out.toByteArray();
    }
}
