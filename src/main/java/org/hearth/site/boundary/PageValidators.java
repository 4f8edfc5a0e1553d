package org.hearth.site.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Gives every public page a strong ETag of the exact bytes sent, answers a matching
 * {@code If-None-Match} with 304, and tells caches in front (a CDN, a reverse proxy) to revalidate
 * every time — so a withdrawn story can never be served from a cache after the change commits.
 * Pages are small (well under 100 KB), so buffering them is cheap.
 */
public class PageValidators extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.bytes();
        if (buffered.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()) {
            response.getOutputStream().write(body);
            return;
        }
        String etag = "\"" + digest(body) + "\"";
        response.setHeader("ETag", etag);
        if (response.getHeader("Cache-Control") == null) {
            response.setHeader("Cache-Control", "public, no-cache");
        }
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(0);
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip().replaceFirst("^W/", "");
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Holds the page's bytes until the filter decides between 200 and 304. */
    private static final class Buffered extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        private PrintWriter writer;
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("pages are written synchronously");
            }
        };

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(bytes, java.nio.charset.Charset.forName(charset)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int len) {
            // Set by the filter once the body is known.
        }

        @Override
        public void setContentLengthLong(long len) {
            // Set by the filter once the body is known.
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }
    }
}
