package org.hearth.site.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hearth.platform.config.HearthStartup.SchemaReady;
import org.hearth.search.boundary.Search;
import org.hearth.shared.PublicContentChanged;
import org.hearth.story.boundary.StoryVisibilityChanged;

/**
 * Keeps what this node holds in memory — rendered pages and the search index — in line with
 * changes made on any node. Every public change is logged under the next cluster-wide generation
 * once it commits, before the call that made it returns ({@link ChangeLog}). When Hearth runs as
 * several nodes ({@code HEARTH_CLUSTER_MEMBERS}), a node reads the generation before it serves a
 * page from memory or searches; when another node moved it on, this node drops its cached pages
 * and brings its index in line first. The database is the only channel, so a delayed or lost message between
 * nodes, or a data grid that is down, cannot leave a withdrawn page served: if the generation
 * cannot be read, nothing is served from memory (the page is rendered from the database, or fails).
 * A single node has nothing to catch up with and skips the read.
 */
@ApplicationScoped
public class ClusterFreshness {

    private static final Logger LOG = Logger.getLogger(ClusterFreshness.class.getName());
    /** Changes are kept a day: far longer than any node takes to catch up, or it rebuilds at start-up. */
    static final Duration KEPT = Duration.ofDays(1);

    @Inject
    @ConfigProperty(name = "hearth.cluster.members", defaultValue = " ")
    String members;

    @Inject
    ChangeLog log;

    @Inject
    PageCache cache;

    @Inject
    Search search;

    private volatile long seen;
    private volatile Instant pruned = Instant.EPOCH;

    /**
     * At start-up, before the search index is built from the database (priority 30): every change
     * from here on is caught up with. Pages and searches (the site's and the API's) catch up
     * before they answer, so nothing needs to poll.
     */
    void start(@Observes @Priority(25) SchemaReady ready) {
        seen = log.current();
        if (clustered()) {
            LOG.info(() -> "Cluster node: pages and search follow the public changes of every node (generation " + seen + ")");
        }
    }

    public boolean clustered() {
        return members != null && !members.isBlank();
    }

    /** A page, a story list or the search changed for the public, and that change committed: tell every node. */
    void onStory(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryVisibilityChanged change) {
        append(change.slug());
    }

    void onContent(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
        append(null);
    }

    private void append(String slug) {
        if (!clustered()) {
            // A single node reads no generation, so it logs none: no extra transaction per public change.
            return;
        }
        try {
            long generation = log.append(slug);
            // This node already evicted and reindexed what it changed, inside the change.
            if (generation == seen + 1) {
                seen = generation;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not log a public change for the other nodes; they drop their cached pages"
                    + " only once the next change is logged", e);
        }
    }

    /**
     * Brings this node's memory in line with every change committed so far on any node; throws
     * when the database cannot say (then nothing may be served from memory).
     */
    public synchronized void catchUp() {
        if (!clustered()) {
            return;
        }
        long now = log.current();
        if (now <= seen) {
            return;
        }
        cache.evictAll();
        for (ChangeLog.Change change : log.since(seen, now)) {
            if (change.storySlug() != null) {
                search.reindex(change.storySlug());
            }
        }
        seen = now;
        if (Instant.now().isAfter(pruned.plus(Duration.ofHours(1)))) {
            pruned = Instant.now();
            log.prune(pruned.minus(KEPT));
        }
    }

    /** {@link #catchUp()}, answering whether this node's memory may be trusted now. */
    public boolean fresh() {
        try {
            catchUp();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the cluster's public generation; rendering from the database", e);
            return false;
        }
    }
}
