package org.hearth.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings that several components read; each maps to a {@code HEARTH_*} environment variable. */
@ApplicationScoped
public class HearthSettings {

    @Inject
    @ConfigProperty(name = "hearth.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "hearth.exit.url", defaultValue = "https://weather.gc.ca/")
    String exitUrl;

    /** The public base URL without a trailing slash, used for every absolute link Hearth hands out. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** An absolute URL for a path on this site ({@code path} starts with {@code /}). */
    public String absolute(String path) {
        return baseUrl() + path;
    }

    /** The absolute public URL of an item: {@code /{lang}/{section}/{slug}} on the site's language. */
    public String publicUrl(String lang, String section, String slug) {
        return absolute("/" + siteLanguage(lang) + "/" + section + "/" + slug);
    }

    /**
     * The site language (en or fr) that frames content in {@code contentLang}: French content on
     * the French site, everything else on the English one (with its own lang attribute).
     */
    public static String siteLanguage(String contentLang) {
        return contentLang != null && contentLang.startsWith("fr") ? "fr" : "en";
    }

    public URI exitUrl() {
        return URI.create(exitUrl);
    }
}
