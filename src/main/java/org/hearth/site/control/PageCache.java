package org.hearth.site.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.hearth.stats.boundary.ViewCounts;

/**
 * Rendered public pages kept in memory, each tagged with what it shows ({@code story:<slug>} for
 * a story and its other languages, {@code lists} for every page that lists stories). A change
 * evicts exactly the tags it touches; a page rendered while a change was being made is not kept,
 * so no stale page is ever served after the change commits.
 */
@ApplicationScoped
public class PageCache {

    public static final String LISTS = "lists";
    static final int MAX_PAGES = 5_000;

    /**
     * A rendered page, plain and gzipped, each with its strong ETag; {@code viewed} is the item a
     * view of it counts for, or null.
     */
    public record Page(byte[] body, String etag, byte[] gzipped, String gzipEtag, String contentType, Set<String> tags,
                       ViewCounts.Viewed viewed) {

        /** A page to keep; {@code compress} is false for one served once (a search), which is not worth compressing. */
        public static Page of(byte[] body, String contentType, Set<String> tags, ViewCounts.Viewed viewed, boolean compress) {
            String digest = digest(body);
            return new Page(body, "\"" + digest + "\"", compress ? gzip(body) : null, "\"" + digest + "-gz\"",
                    contentType, tags, viewed);
        }
    }

    static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compressed once, as hard as gzip can: the bytes are then sent many times. */
    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** The generation a render starts in; pass it back to {@link #put}. */
    public long generation() {
        return generation.get();
    }

    public Optional<Page> get(String key) {
        return Optional.ofNullable(pages.get(key));
    }

    /** Keeps the page unless something was evicted since the render began. */
    public void put(String key, Page page, long renderedIn) {
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        if (generation.get() == renderedIn) {
            pages.put(key, page);
            if (generation.get() != renderedIn) {
                // An eviction raced with this put: drop it rather than risk a stale page.
                pages.remove(key);
            }
        }
    }

    /** Removes every page carrying one of these tags. */
    public void evict(Set<String> tags) {
        generation.incrementAndGet();
        pages.values().removeIf(page -> page.tags().stream().anyMatch(tags::contains));
    }

    public void evictAll() {
        generation.incrementAndGet();
        pages.clear();
    }

    public int size() {
        return pages.size();
    }
}
