package org.hearth.site.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Strict headers on everything Hearth serves: nothing loads from another origin, no referrer
 * leaves (a reader's next site must not learn where they were), no framing but the embed cards', no type sniffing,
 * and HSTS when the request came over TLS.
 */
public class SecurityHeaders extends HttpFilter {

    static final String PUBLIC_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; media-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The embed cards may be framed by any site (that is what they are for); nothing else may. */
    static final String EMBED_CSP = PUBLIC_CSP.replace("frame-ancestors 'none'", "frame-ancestors *");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The studio's pages get the same policy from PrimeFaces' CSP mode, plus a nonce for its widgets.
        boolean embed = request.getRequestURI().startsWith(request.getContextPath() + "/embed/");
        if (embed) {
            response.setHeader("Content-Security-Policy", EMBED_CSP);
        } else if (!request.getRequestURI().startsWith(request.getContextPath() + "/studio/") || !isFacesPage(request)) {
            response.setHeader("Content-Security-Policy", PUBLIC_CSP);
        }
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!embed) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }

    /**
     * Studio addresses answered by a Faces page (everything under {@code /studio/} but its static
     * resources, which the filter above covers too): PrimeFaces writes their policy.
     */
    private static boolean isFacesPage(HttpServletRequest request) {
        return !request.getRequestURI().contains("/jakarta.faces.resource/");
    }
}
