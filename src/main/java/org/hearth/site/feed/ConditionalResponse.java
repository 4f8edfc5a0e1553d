package org.hearth.site.feed;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Sends a generated document with {@code Cache-Control: no-cache} and an ETag of its bytes:
 * readers and crawlers revalidate every time, so a withdrawn story is gone from the next answer,
 * and an unchanged document costs them a 304 and no body.
 */
final class ConditionalResponse {

    private ConditionalResponse() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, String contentType, byte[] body)
            throws IOException {
        String etag = etagOf(body);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", etag);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A 400 in plain text; the public site's error pages are for pages, not for feed readers. */
    static void badRequest(HttpServletResponse response, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader("Cache-Control", "no-cache");
        response.setContentType("text/plain; charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A strong, quoted validator: the first 128 bits of the body's SHA-256. */
    static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Whether an {@code If-None-Match} header names {@code etag} (weak comparison, as RFC 9110 asks for GET). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if ("*".equals(tag) || etag.equals(tag.startsWith("W/") ? tag.substring(2) : tag)) {
                return true;
            }
        }
        return false;
    }
}
