package org.hearth.site.feed;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Validates documents against their published formats: Atom 1.0 against the RELAX NG grammar of
 * RFC 4287 (appendix B, with Jing) plus the RFC's Schematron rules that RELAX NG cannot express,
 * written here in Java; sitemaps against the sitemaps.org 0.9 XSD. Each returns the problems
 * found, empty when the document is valid.
 */
final class FeedFormats {

    private FeedFormats() {
    }

    static List<String> atomProblems(byte[] xml) throws Exception {
        List<String> problems = new ArrayList<>();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collecting(problems));
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        URL grammar = resource("schemas/atom.rnc");
        if (!driver.loadSchema(new InputSource(grammar.toExternalForm()))) {
            throw new IllegalStateException("the Atom grammar does not load: " + problems);
        }
        driver.validate(new InputSource(new ByteArrayInputStream(xml)));
        if (problems.isEmpty()) {
            problems.addAll(atomRules(XmlDocuments.parse(xml)));
        }
        return problems;
    }

    /** RFC 4287's rules beyond the grammar (its Schematron annotations and section 4.1.1). */
    static List<String> atomRules(Document document) {
        List<String> problems = new ArrayList<>();
        Element feed = document.getDocumentElement();
        boolean feedAuthor = !children(feed, "author").isEmpty();
        Set<String> alternates = new HashSet<>();
        for (Element link : children(feed, "link")) {
            if ("alternate".equals(rel(link)) && !alternates.add(link.getAttribute("type") + "|" + link.getAttribute("hreflang"))) {
                problems.add("the feed has two alternate links of the same type and language");
            }
        }
        Set<String> entryIds = new HashSet<>();
        for (Element entry : children(feed, "entry")) {
            String id = children(entry, "id").get(0).getTextContent();
            if (!entryIds.add(id + "|" + children(entry, "updated").get(0).getTextContent())) {
                problems.add("two entries share the id " + id + " and the same updated time");
            }
            if (!feedAuthor && children(entry, "author").isEmpty()) {
                problems.add("entry " + id + " has no author and neither has the feed");
            }
            boolean alternate = children(entry, "link").stream().anyMatch(l -> "alternate".equals(rel(l)));
            if (!alternate && children(entry, "content").isEmpty()) {
                problems.add("entry " + id + " has neither an alternate link nor content");
            }
            boolean summaryNeeded = children(entry, "content").stream().anyMatch(c -> c.hasAttribute("src"));
            if (summaryNeeded && children(entry, "summary").isEmpty()) {
                problems.add("entry " + id + " has out-of-line content but no summary");
            }
        }
        return problems;
    }

    static List<String> sitemapProblems(byte[] xml) throws Exception {
        List<String> problems = new ArrayList<>();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator validator = factory.newSchema(new StreamSource[] {
                new StreamSource(resource("schemas/xhtml-link.xsd").toExternalForm()),
                new StreamSource(resource("schemas/sitemap.xsd").toExternalForm())}).newValidator();
        validator.setErrorHandler(collecting(problems));
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        return problems;
    }

    private static String rel(Element link) {
        return link.hasAttribute("rel") ? link.getAttribute("rel") : "alternate";
    }

    private static List<Element> children(Element parent, String name) {
        return XmlDocuments.elements(parent, AtomWriter.NAMESPACE, name).stream()
                .filter(e -> e.getParentNode() == parent).toList();
    }

    private static URL resource(String name) {
        URL url = FeedFormats.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is not on the test class path");
        }
        return url;
    }

    private static ErrorHandler collecting(List<String> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings are not violations of the format.
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        };
    }
}
