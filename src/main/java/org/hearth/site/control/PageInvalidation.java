package org.hearth.site.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import org.hearth.shared.PublicContentChanged;
import org.hearth.story.boundary.StoryVisibilityChanged;

/**
 * Evicts cached pages when a story appears, changes or goes: its own page, the pages of its other
 * languages (they link to it) and every list. Runs on both sides of the commit: before, so no
 * render started during the change is kept; after, so nothing rendered from the old state survives.
 */
@ApplicationScoped
public class PageInvalidation {

    static final String HELP_AUDIENCE = "help-audience:";

    @Inject
    PageCache cache;

    void beforeCommit(@Observes(during = TransactionPhase.BEFORE_COMPLETION) StoryVisibilityChanged change) {
        evict(change);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_COMPLETION) StoryVisibilityChanged change) {
        evict(change);
    }

    void beforeContentCommit(@Observes(during = TransactionPhase.BEFORE_COMPLETION) PublicContentChanged change) {
        evict(change);
    }

    void onContentChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) PublicContentChanged change) {
        evict(change);
    }

    /** The cache tag of pages showing the supports for audience {@code code}. */
    public static String helpTag(String code) {
        return HELP_AUDIENCE + code;
    }

    /**
     * A support for one audience changed: only the pages about that audience show it. Anything else
     * (a project, a campaign, a support for everyone, shown in every page's help block) drops every page.
     */
    private void evict(PublicContentChanged change) {
        String what = change.what();
        if (what != null && what.startsWith(HELP_AUDIENCE)) {
            cache.evict(Set.of(what));
        } else {
            cache.evictAll();
        }
    }

    private void evict(StoryVisibilityChanged change) {
        cache.evict(Set.of("story:" + change.slug(), PageCache.LISTS));
    }
}
