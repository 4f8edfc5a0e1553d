package org.hearth.site.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) from plain records, so the servlet only queries and maps and
 * the XML can be tested without a container. An entry's author is a name and nothing more: no
 * email or address of a storyteller ever goes into a feed.
 */
public final class AtomWriter {

    public static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    /** The feed: {@code lang} (nullable) when every entry shares one language; {@code updated} is required by Atom. */
    public record Feed(String id, String title, String lang, String selfUrl, String alternateUrl, Instant updated,
                       List<Entry> entries) {
    }

    /** One story in one language; {@code url} is absolute, {@code summary} may be null. */
    public record Entry(String id, String title, String url, String lang, String summary, String author,
                        Instant published, List<Category> categories) {
    }

    /** A category term; {@code scheme} and {@code label} may be null. */
    public record Category(String term, String scheme, String label) {
    }

    private AtomWriter() {
    }

    public static void write(Feed feed, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = Xml.open(out);
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            lang(xml, feed.lang());
            Xml.element(xml, "id", feed.id());
            Xml.element(xml, "title", feed.title());
            Xml.element(xml, "updated", Xml.time(feed.updated()));
            link(xml, "self", feed.selfUrl(), "application/atom+xml");
            link(xml, "alternate", feed.alternateUrl(), "text/html");
            for (Entry entry : feed.entries()) {
                entry(xml, entry);
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the Atom feed", e);
        }
    }

    private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        xml.writeStartElement("entry");
        lang(xml, entry.lang());
        Xml.element(xml, "id", entry.id());
        Xml.element(xml, "title", entry.title());
        link(xml, "alternate", entry.url(), "text/html");
        Xml.element(xml, "published", Xml.time(entry.published()));
        Xml.element(xml, "updated", Xml.time(entry.published()));
        xml.writeStartElement("author");
        Xml.element(xml, "name", entry.author());
        xml.writeEndElement();
        if (entry.summary() != null && !entry.summary().isBlank()) {
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(Xml.text(entry.summary()));
            xml.writeEndElement();
        }
        for (Category category : entry.categories()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", Xml.text(category.term()));
            if (category.scheme() != null) {
                xml.writeAttribute("scheme", Xml.text(category.scheme()));
            }
            if (category.label() != null) {
                xml.writeAttribute("label", Xml.text(category.label()));
            }
        }
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", Xml.text(href));
    }

    private static void lang(XMLStreamWriter xml, String lang) throws XMLStreamException {
        if (lang != null) {
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", lang);
        }
    }
}
