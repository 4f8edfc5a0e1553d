package org.hearth.media.boundary;

/**
 * The HTML of media placed in a text, every value escaped: an image as a figure with its sizes,
 * alt text and caption; video and audio with native controls, nothing loaded until asked
 * ({@code preload="none"}), and their transcript beside them.
 */
final class MediaHtml {

    private MediaHtml() {
    }

    static String figure(MediaJson.PublicItem item, String mediaType, String transcript, java.util.Locale locale) {
        StringBuilder html = new StringBuilder("<figure class=\"inline\">");
        String stream = item.renditions().get("stream");
        if (item.kind().equals("video") && stream != null) {
            html.append("<video controls=\"controls\" preload=\"none\"");
            if (item.renditions().get("poster") != null) {
                html.append(" poster=\"").append(escape(item.renditions().get("poster"))).append('"');
            }
            if (item.width() > 0) {
                html.append(" width=\"").append(item.width()).append("\" height=\"").append(item.height()).append('"');
            }
            html.append("><source src=\"").append(escape(stream)).append("\" type=\"").append(escape(mediaType))
                    .append("\"/></video>");
        } else if (item.kind().equals("audio") && stream != null) {
            html.append("<audio controls=\"controls\" preload=\"none\"><source src=\"").append(escape(stream))
                    .append("\" type=\"").append(escape(mediaType)).append("\"/></audio>");
        } else {
            html.append("<img src=\"").append(escape(item.src())).append("\" srcset=\"").append(escape(item.srcset()))
                    .append("\" sizes=\"(min-width: 48rem) 46rem, 100vw\" width=\"").append(item.width())
                    .append("\" height=\"").append(item.height()).append("\" alt=\"").append(escape(item.alt()))
                    .append("\" loading=\"lazy\" decoding=\"async\"/>");
        }
        if (item.caption() != null || item.credit() != null) {
            html.append("<figcaption>").append(escape(item.caption()));
            if (item.credit() != null) {
                html.append(" <span class=\"credit\">").append(escape(item.credit())).append("</span>");
            }
            html.append("</figcaption>");
        }
        if (transcript != null && !item.kind().equals("image")) {
            html.append("<details class=\"transcript\"><summary>")
                    .append("fr".equals(locale.getLanguage()) ? "Transcription" : "Transcript").append("</summary><p>")
                    .append(escape(transcript).replace("\n", "<br/>")).append("</p></details>");
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
