package org.hearth.shared;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;

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
    /** How CommonMark renders {@code ![alt](media:ID)}: the id, then the (escaped) alt text. */
    private static final Pattern RENDERED_REFERENCE = Pattern.compile("<img src=\"media:([A-Za-z0-9_-]{1,32})\" alt=\"([^\"]*)\" />");
    private static final Pattern MARKDOWN_REFERENCE = Pattern.compile("!\\[[^\\]]*\\]\\(media:([A-Za-z0-9_-]{1,32})\\)");
    /** Makes a placeholder nobody can type into a story to get a figure the text did not ask for. */
    private static final String TOKEN_SALT = Long.toHexString(new java.security.SecureRandom().nextLong());
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
        return toHtml(markdown, (id, alt) -> "");
    }

    /** The text of the Markdown without its marks, paragraph by paragraph: for a PDF or a plain-text file. */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return org.commonmark.renderer.text.TextContentRenderer.builder().build().render(PARSER.parse(markdown)).strip();
    }

    /**
     * As {@link #toHtml(String)}, with each media reference {@code ![alt](media:ID)} replaced by
     * the HTML {@code figures} gives for it ({@code ""} when the asset may not be shown). That HTML
     * is the media library's own, built and escaped there; the author's text around it is sanitized as always.
     */
    public static String toHtml(String markdown, BiFunction<String, String, String> figures) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        // A story's own headings start at level 2: the page's h1 is the story title.
        html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>");
        Map<String, String> placed = new LinkedHashMap<>();
        Matcher reference = RENDERED_REFERENCE.matcher(html);
        StringBuilder marked = new StringBuilder();
        while (reference.find()) {
            String token = "hearthmediafigure" + placed.size() + "x" + TOKEN_SALT;
            placed.put(token, figures.apply(reference.group(1), unescape(reference.group(2))));
            reference.appendReplacement(marked, token);
        }
        reference.appendTail(marked);
        String safe = POLICY.sanitize(marked.toString());
        for (Map.Entry<String, String> figure : placed.entrySet()) {
            // A figure cannot sit inside a paragraph: an image alone on its line takes the paragraph's place.
            safe = safe.replace("<p>" + figure.getKey() + "</p>", figure.getValue()).replace(figure.getKey(), figure.getValue());
        }
        return safe;
    }

    /** The media ids a text refers to with {@code ![alt](media:ID)}, in order, once each. */
    public static List<String> mediaReferences(String markdown) {
        if (markdown == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = MARKDOWN_REFERENCE.matcher(markdown);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return List.copyOf(ids);
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
