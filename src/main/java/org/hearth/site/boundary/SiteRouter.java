package org.hearth.site.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the public site's clean URLs ({@code /en/}, {@code /fr/stories/{slug}}, …) onto the
 * stateless Facelets views under {@code /site/}, and sends {@code /} to the reader's language.
 * The views themselves are never addressed directly.
 */
public class SiteRouter extends HttpFilter {

    public static final String LANG = "hearth.lang";
    public static final String SLUG = "hearth.slug";

    private static final Pattern PAGE = Pattern.compile("^/(en|fr)/(?:([a-z-]+)(?:/([A-Za-z0-9-]+))?/?)?$");
    private static final Pattern REVIEW = Pattern.compile("^/review/([A-Za-z0-9_-]{20,64})$");
    /** A youth submitter's private status page: {@code /{lang}/submissions/{token}}. */
    private static final Pattern SUBMISSION = Pattern.compile("^/(en|fr)/submissions/([A-Za-z0-9_-]{16,64})$");
    /** A project's local service protocol: {@code /{lang}/projects/{slug}/protocol}. */
    private static final Pattern PROTOCOL = Pattern.compile("^/(en|fr)/projects/([A-Za-z0-9-]+)/protocol/?$");
    /** The cards partner sites frame: {@code /embed/stories/{slug}}, {@code /embed/media-kits/{slug}}. */
    private static final Pattern EMBED = Pattern.compile("^/embed/(stories|media-kits)/([A-Za-z0-9-]+)$");
    /** Pages with a slug or code: {@code /{lang}/{section}/{slug}}. */
    private static final Map<String, String> VIEWS = Map.of(
            "stories", "/site/story.xhtml",
            "projects", "/site/project.xhtml",
            "audiences", "/site/audience.xhtml",
            "campaigns", "/site/campaign.xhtml",
            "topics", "/site/topic.xhtml",
            "media-kits", "/site/media-kit.xhtml");
    /** Pages without one: {@code /{lang}/{page}}. */
    private static final Map<String, String> SINGLE_PAGES = Map.of(
            "help", "/site/help.xhtml",
            "safety", "/site/safety.xhtml",
            "accessibility", "/site/accessibility.xhtml",
            "privacy", "/site/privacy.xhtml",
            "search", "/site/search.xhtml",
            "submit", "/site/submit.xhtml",
            "projects", "/site/projects.xhtml",
            "services", "/site/services.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || "/".equals(path)) {
            redirect(response, "/" + preferredLanguage(request) + "/", request);
            return;
        }
        if ("/en".equals(path) || "/fr".equals(path)) {
            redirect(response, path + "/", request);
            return;
        }
        if (path.startsWith("/site/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Matcher review = REVIEW.matcher(path);
        if (review.matches()) {
            // Private: never cached, never indexed, never leaves a referrer.
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
            request.setAttribute(SLUG, review.group(1));
            request.getRequestDispatcher("/site/review.xhtml").forward(request, response);
            return;
        }
        Matcher submission = SUBMISSION.matcher(path);
        if (submission.matches()) {
            // Private like a review link: the token is the submitter's only key.
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
            request.setAttribute(LANG, submission.group(1));
            request.setAttribute(SLUG, submission.group(2));
            request.getRequestDispatcher("/site/submission.xhtml").forward(request, response);
            return;
        }
        Matcher embed = EMBED.matcher(path);
        if (embed.matches()) {
            request.setAttribute(SLUG, embed.group(2));
            request.getRequestDispatcher("stories".equals(embed.group(1)) ? "/site/embed-story.xhtml" : "/site/embed-kit.xhtml")
                    .forward(request, response);
            return;
        }
        Matcher protocol = PROTOCOL.matcher(path);
        if (protocol.matches()) {
            request.setAttribute(LANG, protocol.group(1));
            request.setAttribute(SLUG, protocol.group(2));
            request.getRequestDispatcher("/site/protocol.xhtml").forward(request, response);
            return;
        }
        Matcher page = PAGE.matcher(path);
        if (!page.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String view = page.group(2) == null ? "/site/home.xhtml"
                : page.group(3) == null ? SINGLE_PAGES.get(page.group(2)) : VIEWS.get(page.group(2));
        if (view == null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(LANG, page.group(1));
        request.setAttribute(SLUG, page.group(3));
        request.getRequestDispatcher(view).forward(request, response);
    }

    /** French when the reader's browser prefers it to English, English otherwise. */
    static String preferredLanguage(HttpServletRequest request) {
        for (Locale locale : java.util.Collections.list(request.getLocales())) {
            if ("fr".equals(locale.getLanguage())) {
                return "fr";
            }
            if ("en".equals(locale.getLanguage())) {
                return "en";
            }
        }
        return "en";
    }

    private static void redirect(HttpServletResponse response, String path, HttpServletRequest request) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + path);
        response.setHeader("Vary", "Accept-Language");
        response.setHeader("Cache-Control", "no-cache");
    }
}
