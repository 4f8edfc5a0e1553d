package org.hearth.platform.web;

import java.util.Locale;
import java.util.ResourceBundle;

/** The error page's markup: the site's stylesheet and exit control, a heading, a sentence, a way home. */
final class ErrorPageHtml {

    private ErrorPageHtml() {
    }

    /** {@code key} is {@code error.503} or {@code error.500}; its {@code .title} and {@code .text} are the words. */
    static String render(ResourceBundle words, Locale language, String key, String exitUrl) {
        String lang = language.getLanguage();
        String title = escape(words.getString(key + ".title"));
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<meta name=\"robots\" content=\"noindex\"/>"
                + "<title>" + title + " · " + escape(words.getString("site.name")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/resources/site/site.css\"/>"
                + "<script src=\"/resources/site/exit.js\" defer=\"defer\"></script></head><body>"
                + "<a class=\"exit\" id=\"exit-this-page\" href=\"" + escape(exitUrl)
                + "\" rel=\"noreferrer noopener\" data-exit=\"true\">" + escape(words.getString("exit.label")) + "</a>"
                + "<main id=\"main\"><h1>" + title + "</h1><p>" + escape(words.getString(key + ".text")) + "</p>"
                + "<p><a href=\"/" + lang + "/\">" + escape(words.getString("error.back")) + "</a></p></main>"
                + "</body></html>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
