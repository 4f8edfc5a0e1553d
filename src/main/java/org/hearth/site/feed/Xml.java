package org.hearth.site.feed;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What the feed and sitemap writers share. StAX escapes markup in text and attributes, but writes
 * control characters as they are, which no XML parser accepts: those are dropped here instead.
 */
final class Xml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private Xml() {
    }

    static XMLStreamWriter open(OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        return xml;
    }

    /** {@code text} without the characters XML 1.0 cannot carry; empty for null. */
    static String text(String text) {
        return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
    }

    /** An RFC 3339 / W3C date-time in UTC, to the second. */
    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text(text));
        xml.writeEndElement();
    }
}
