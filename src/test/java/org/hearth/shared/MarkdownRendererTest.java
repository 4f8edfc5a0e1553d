package org.hearth.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void rendersPlainFormattingAndDemotesTopHeadings() {
        String html = MarkdownRenderer.toHtml("# Title\n\nSome *emphasis* and **strength**.\n\n- one\n- two");
        assertTrue(html.contains("<h2>Title</h2>"), html);
        assertTrue(html.contains("<em>emphasis</em>"), html);
        assertTrue(html.contains("<li>one</li>"), html);
    }

    @Test
    void rawHtmlAndScriptsNeverSurvive() {
        String html = MarkdownRenderer.toHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "[click](javascript:alert(1))");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), "raw HTML stays text, never an element: " + html);
        assertFalse(html.contains("href=\"javascript"), html);
    }

    @Test
    void linksGetNoReferrerAndPhoneLinksSurvive() {
        String html = MarkdownRenderer.toHtml("[Hotline](tel:+18339001010) and [site](https://example.org/)");
        assertTrue(html.contains("href=\"tel:&#43;18339001010\""), "the hotline stays a phone link: " + html);
        assertTrue(html.contains("noreferrer"), html);
    }

    @Test
    void imagesOnlyFromHearthsOwnMedia() {
        assertFalse(MarkdownRenderer.toHtml("![tracker](https://tracker.example/pixel.gif)").contains("tracker.example"));
        assertTrue(MarkdownRenderer.toHtml("![A mural](/media/abc123/medium)").contains("src=\"/media/abc123/medium\""));
    }

    @Test
    void emptyBodyIsEmptyHtml() {
        assertEquals("", MarkdownRenderer.toHtml("  "));
    }

    @Test
    void aMediaReferenceBecomesTheFigureTheLibraryGivesInPlaceOfItsParagraph() {
        String html = MarkdownRenderer.toHtml("Before.\n\n![two mugs](media:abc_DEF-123)\n\nAfter.",
                (id, alt) -> "<figure data-id=\"" + id + "\" data-alt=\"" + alt + "\"></figure>");
        assertEquals("<p>Before.</p>\n<figure data-id=\"abc_DEF-123\" data-alt=\"two mugs\"></figure>\n<p>After.</p>\n", html);
    }

    @Test
    void aMediaReferenceTheLibraryWillNotShowLeavesNothingAndTheRestIsStillSanitized() {
        String html = MarkdownRenderer.toHtml("![x](media:gone) <script>alert(1)</script>", (id, alt) -> "");
        assertFalse(html.contains("media:") || html.contains("<script"), html);
    }

    @Test
    void aPlaceholderTypedIntoTheTextGetsNoFigure() {
        String html = MarkdownRenderer.toHtml("hearthmediafigure0x", (id, alt) -> "<figure></figure>");
        assertFalse(html.contains("<figure"), html);
    }

    @Test
    void theReferencesOfATextAreListedOnceEachInOrder() {
        assertEquals(java.util.List.of("b", "a"),
                MarkdownRenderer.mediaReferences("![](media:b) text ![alt](media:a) ![again](media:b) ![web](https://x/y.png)"));
    }
}
