package org.hearth.site.boundary;

import jakarta.inject.Inject;
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
import java.util.Set;
import org.hearth.site.control.ClusterFreshness;
import org.hearth.site.control.PageCache;
import org.hearth.stats.boundary.ViewCounts;

/**
 * Serves public pages from the in-memory {@link PageCache} when it holds them, and otherwise keeps
 * what was rendered (tagged by the page with {@link #TAGS}). Every page gets a strong ETag of the
 * exact bytes sent; a matching {@code If-None-Match} gets 304; caches in front (a CDN, a reverse
 * proxy) are told to revalidate every time, so a withdrawn story is never served stale after the
 * change commits. Pages are small (well under 100 KB), so buffering them is cheap.
 */
public class PageValidators extends HttpFilter {

    /** Request attribute: the cache tags of the page being rendered (a {@code Set<String>}). */
    public static final String TAGS = "hearth.cache.tags";
    /** Request attribute: the item a view of this page counts for (a {@link ViewCounts.Viewed}). */
    public static final String VIEWED = "hearth.viewed";
    private static final String REVALIDATE = "public, no-cache";
    private static final String PRIVATE = "private, no-store";

    @Inject
    PageCache cache;

    @Inject
    ViewCounts views;

    @Inject
    ClusterFreshness freshness;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI();
        if (key.startsWith("/en/submissions/") || key.startsWith("/fr/submissions/")) {
            // A submitter's private status page: never kept, never validated, it changes as moderators decide.
            chain.doFilter(request, response);
            return;
        }
        // Several nodes: catch up with changes made elsewhere first; when that cannot be known, render.
        boolean fresh = freshness.fresh();
        boolean cacheable = fresh && request.getQueryString() == null;
        if (cacheable) {
            PageCache.Page cached = cache.get(key).orElse(null);
            if (cached != null) {
                // A page served from memory is still a view: the count cannot depend on the cache.
                count(request, cached.viewed());
                send(request, response, cached, REVALIDATE);
                return;
            }
        }
        long generation = cache.generation();
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.bytes();
        if (buffered.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()) {
            response.getOutputStream().write(body);
            return;
        }
        ViewCounts.Viewed viewed = (ViewCounts.Viewed) request.getAttribute(VIEWED);
        count(request, viewed);
        @SuppressWarnings("unchecked")
        Set<String> tags = (Set<String>) request.getAttribute(TAGS);
        PageCache.Page page = PageCache.Page.of(body, response.getContentType(),
                tags == null ? Set.of(PageCache.LISTS) : tags, viewed, cacheable);
        if (cacheable) {
            cache.put(key, page, generation);
        }
        // A query (a search) says what the reader looked for: never kept by a shared cache.
        send(request, response, page, cacheable ? REVALIDATE : PRIVATE);
    }

    /** Counts a reader's GET (a 304 too: the reader is looking at the page); HEAD is not a view. */
    private void count(HttpServletRequest request, ViewCounts.Viewed viewed) {
        if (viewed != null && "GET".equals(request.getMethod())) {
            views.viewed(viewed);
        }
    }

    /**
     * Sends the page, compressed when the reader's browser accepts gzip (compressed once, when the
     * page was rendered: compressing on every request would cost more than it saves). Each variant
     * has its own strong ETag, as RFC 9110 asks of different representations.
     */
    private static void send(HttpServletRequest request, HttpServletResponse response, PageCache.Page page,
                             String cacheControl) throws IOException {
        boolean gzip = page.gzipped() != null && acceptsGzip(request.getHeader("Accept-Encoding"));
        byte[] body = gzip ? page.gzipped() : page.body();
        String etag = gzip ? page.gzipEtag() : page.etag();
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Vary", "Accept-Encoding");
        if (page.contentType() != null) {
            response.setContentType(page.contentType());
        }
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(0);
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Whether {@code Accept-Encoding} allows gzip (and does not refuse it with {@code q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().replace(" ", "");
                    if (parameter.matches("q=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
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
