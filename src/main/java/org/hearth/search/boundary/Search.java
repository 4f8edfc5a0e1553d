package org.hearth.search.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hearth.audience.entity.Audience;
import org.hearth.platform.config.HearthSettings;
import org.hearth.platform.config.HearthStartup.SchemaReady;
import org.hearth.platform.persistence.DatabaseSettings;
import org.hearth.search.control.IndexedStory;
import org.hearth.search.control.StoryIndex;
import org.hearth.search.entity.SearchRequest;
import org.hearth.search.entity.SearchResult;
import org.hearth.shared.Coded;
import org.hearth.story.boundary.Stories;
import org.hearth.story.boundary.StoryQuery;
import org.hearth.story.boundary.StoryVisibilityChanged;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;

/**
 * The way in to search, and the owner of this node's story index ({@code <data>/search}).
 *
 * <p>The index only ever holds published stories. It is rebuilt from the database at every start,
 * after the content import, so it cannot drift from it; then each {@link StoryVisibilityChanged}
 * updates it. The story is read inside the transaction that changed it (where the change is
 * visible) and written to the index only once that transaction has committed, so a rolled-back
 * publication never becomes findable, and nothing touches the database after the commit. A story
 * taken down is gone from the very next search.
 */
@ApplicationScoped
public class Search {

    private static final Logger LOG = Logger.getLogger(Search.class.getName());

    @Inject
    Stories stories;

    @Inject
    HearthSettings settings;

    @Inject
    Event<IndexChange> indexChanges;

    private StoryIndex index;

    /** What to do to the index once the current transaction commits: put {@code story}, or remove {@code slug} when null. */
    record IndexChange(String slug, IndexedStory story) {
    }

    @PostConstruct
    void open() {
        Path folder = DatabaseSettings.fromEnvironment().dataDir().resolve("search");
        try {
            index = new StoryIndex(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + folder, e);
        }
    }

    @PreDestroy
    void close() {
        try {
            index.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not close the search index cleanly; it is rebuilt at the next start", e);
        }
    }

    /** After the content import (priority 20): the index becomes exactly the published stories. */
    @Transactional
    void rebuild(@Observes @Priority(30) SchemaReady ready) {
        List<IndexedStory> published = stories.published(
                new StoryQuery(StoryQuery.Order.PUBLISHED).status(StoryStatus.PUBLISHED), Integer.MAX_VALUE)
                .stream().map(this::indexed).toList();
        index.replaceAll(published);
        LOG.info(() -> "Search index rebuilt: " + published.size() + " published stories");
    }

    /** Inside the changing transaction: reads the story as it now is, to be indexed if that transaction commits. */
    void onVisibilityChanged(@Observes StoryVisibilityChanged change) {
        if (change.nowPublic()) {
            reindex(change.slug());
        } else {
            indexChanges.fire(new IndexChange(change.slug(), null));
        }
    }

    void apply(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexChange change) {
        try {
            if (change.story() == null) {
                index.remove(change.slug());
            } else {
                index.put(change.story());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Search index not updated for story " + change.slug()
                    + "; it will be at the next start", e);
        }
    }

    /**
     * Brings the index in line with the story {@code slug}, once the calling transaction commits:
     * indexed as it now is when public (call it after editing a published story), removed otherwise.
     */
    @Transactional
    public void reindex(String slug) {
        IndexedStory story = null;
        try {
            story = stories.findBySlug(slug).filter(Story::isPublic).map(this::indexed).orElse(null);
        } catch (RuntimeException e) {
            // Never fail the caller's change over search; leaving the story out is the safe side.
            LOG.log(Level.WARNING, "Cannot read story " + slug + " for the search index; it will be indexed at the next start", e);
        }
        indexChanges.fire(new IndexChange(slug, story));
    }

    /** Published stories matching {@code request}; never anything else, as nothing else is indexed. */
    public SearchResult find(SearchRequest request) {
        return index.search(request);
    }

    private IndexedStory indexed(Story s) {
        return new IndexedStory(s.slug(), s.lang(), s.title(), s.summary(), s.body(), s.project().slug(),
                s.project().province().name(), s.audiences().stream().map(Audience::code).toList(),
                s.topics().stream().map(Coded::code).toList(), s.campaign() == null ? null : s.campaign().slug(),
                s.kind().code(), s.publishedAt(), settings.publicUrl(s.lang(), "stories", s.slug()));
    }
}
