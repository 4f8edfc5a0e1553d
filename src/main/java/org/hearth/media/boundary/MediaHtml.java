package org.hearth.media.boundary;

/** The HTML of an image placed in a text: a figure with its sizes, alt text and caption, every value escaped. */
final class MediaHtml {

    private MediaHtml() {
    }

    static String figure(MediaJson.PublicItem item) {
        StringBuilder html = new StringBuilder("<figure class=\"inline\"><img src=\"").append(escape(item.src()))
                .append("\" srcset=\"").append(escape(item.srcset()))
                .append("\" sizes=\"(min-width: 48rem) 46rem, 100vw\" width=\"").append(item.width())
                .append("\" height=\"").append(item.height()).append("\" alt=\"").append(escape(item.alt()))
                .append("\" loading=\"lazy\" decoding=\"async\"/>");
        if (item.caption() != null || item.credit() != null) {
            html.append("<figcaption>").append(escape(item.caption()));
            if (item.credit() != null) {
                html.append(" <span class=\"credit\">").append(escape(item.credit())).append("</span>");
            }
            html.append("</figcaption>");
        }
        return html.append("</figure>").toString();
    }

    static String described(String label, String alt) {
        return "<p class=\"media-note\">" + escape(label) + " " + escape(alt) + "</p>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
