package org.hearth.shared;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns a story's Markdown into HTML that is safe to put in any page: CommonMark renders with raw
 * HTML escaped, then the OWASP sanitizer keeps only plain formatting, links to web, mail and phone
 * addresses, and images served by Hearth itself. The studio preview and the public site use this
 * same renderer, so what an editor sees is what a reader gets.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).build();
    private static final Pattern SAME_SITE_MEDIA = Pattern.compile("^/media/[A-Za-z0-9_-]+/[a-z0-9-]+$");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i",
                    "ul", "ol", "li", "blockquote", "code", "pre", "a", "img")
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src").matching(SAME_SITE_MEDIA).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .toFactory();

    private MarkdownRenderer() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        // A story's own headings start at level 2: the page's h1 is the story title.
        html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>");
        return POLICY.sanitize(html);
    }
}
