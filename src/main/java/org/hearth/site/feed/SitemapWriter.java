package org.hearth.site.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a sitemaps.org 0.9 {@code urlset} one URL at a time, so the servlet can page through
 * stories instead of loading them all. Each URL may name its language versions as
 * {@code xhtml:link rel="alternate"}, which is how search engines learn that /en/ and /fr/ pages
 * are translations rather than duplicates. Sitemaps only take absolute URLs; a relative one is refused.
 */
public final class SitemapWriter implements AutoCloseable {

    public static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** A page: {@code lastmod} may be null; {@code alternates} maps hreflang to absolute URL (may be empty). */
    public record Url(String loc, Instant lastmod, Map<String, String> alternates) {
    }

    private final XMLStreamWriter xml;

    /** Starts the {@code urlset} on {@code out}; {@link #close()} ends it and leaves {@code out} open. */
    public SitemapWriter(OutputStream out) throws IOException {
        try {
            xml = Xml.open(out);
            xml.setPrefix("xhtml", XHTML);
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeNamespace("xhtml", XHTML);
        } catch (XMLStreamException e) {
            throw new IOException("cannot start the sitemap", e);
        }
    }

    public void add(Url url) throws IOException {
        try {
            xml.writeStartElement("url");
            Xml.element(xml, "loc", absolute(url.loc()));
            if (url.lastmod() != null) {
                Xml.element(xml, "lastmod", Xml.time(url.lastmod()));
            }
            for (Map.Entry<String, String> alternate : url.alternates().entrySet()) {
                xml.writeEmptyElement("xhtml", "link", XHTML);
                xml.writeAttribute("rel", "alternate");
                xml.writeAttribute("hreflang", Xml.text(alternate.getKey()));
                xml.writeAttribute("href", absolute(alternate.getValue()));
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write a sitemap URL", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot end the sitemap", e);
        }
    }

    private static String absolute(String url) {
        if (url == null || !URI.create(url).isAbsolute()) {
            throw new IllegalArgumentException("sitemap URLs must be absolute: " + url);
        }
        return Xml.text(url);
    }
}
