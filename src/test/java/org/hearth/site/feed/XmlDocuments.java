package org.hearth.site.feed;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses writer output the way a feed reader would: namespace-aware, no DTDs. */
final class XmlDocuments {

    private XmlDocuments() {
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<Element> elements(Element parent, String namespace, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The text of the only direct child {@code localName} of {@code parent}. */
    static String childText(Element parent, String namespace, String localName) {
        List<Element> children = elements(parent, namespace, localName).stream()
                .filter(e -> e.getParentNode() == parent).toList();
        if (children.size() != 1) {
            throw new AssertionError("expected one <" + localName + ">, found " + children.size());
        }
        return children.get(0).getTextContent();
    }
}
