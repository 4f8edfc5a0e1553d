package org.hearth.media.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.media.control.ByteRange;

/**
 * {@code /media/{id}/{rendition}}: the public renditions, streamed from the file system (never
 * loaded into the heap), with ETag, single byte ranges and caching fit for bytes that never
 * change. Anything the public may not have (unknown, not ready, withdrawn, unused) gets the same 404.
 */
@WebServlet(name = "Media", urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9_-]{1,32})/([a-z0-9]{1,16})");
    /** A rendition's bytes never change under its URL; a year, and never revalidated. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /**
     * A person's image may be withdrawn: a day, so that a shared cache gives it up within a day of
     * the withdrawal (Hearth itself stops at once).
     */
    static final String WITHDRAWABLE = "public, max-age=86400";

    @Inject
    MediaLibrary library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<MediaLibrary.Served> found = path.matches() ? library.servable(path.group(1), path.group(2)) : Optional.empty();
        if (found.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaLibrary.Served served = found.get();
        String etag = "\"" + served.sha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", served.identifiable() ? WITHDRAWABLE : IMMUTABLE);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Cross-Origin-Resource-Policy", "same-site");
        response.setContentType(served.mediaType());
        if (served.document()) {
            response.setHeader("Content-Disposition", "attachment; filename=\"document.pdf\"");
        }
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        long length = served.bytes();
        String ifRange = request.getHeader("If-Range");
        Optional<ByteRange> range = ifRange != null && !ifRange.equals(etag) ? Optional.empty()
                : ByteRange.parse(request.getHeader("Range"), length);
        if (range.isPresent() && !range.get().satisfiable()) {
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader("Content-Range", "bytes */" + length);
            return;
        }
        long start = range.map(ByteRange::start).orElse(0L);
        long count = range.map(ByteRange::length).orElse(length);
        if (range.isPresent()) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + start + "-" + (start + count - 1) + "/" + length);
        }
        response.setContentLengthLong(count);
        if (!body) {
            return;
        }
        try (FileChannel file = FileChannel.open(served.file(), StandardOpenOption.READ)) {
            OutputStream out = response.getOutputStream();
            WritableByteChannel channel = Channels.newChannel(out);
            long position = start;
            long remaining = count;
            while (remaining > 0) {
                long sent = file.transferTo(position, remaining, channel);
                if (sent <= 0) {
                    break;
                }
                position += sent;
                remaining -= sent;
            }
        }
    }
}
