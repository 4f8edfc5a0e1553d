package org.hearth.site.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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

    /** A cached page; {@code viewed} is the item a view of it counts for, or null. */
    public record Page(byte[] body, String etag, String contentType, Set<String> tags, ViewCounts.Viewed viewed) {
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
