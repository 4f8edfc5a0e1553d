package org.hearth.consent.boundary;

import java.util.ArrayList;
import java.util.List;
import org.hearth.consent.entity.Takedown;
import org.hearth.consent.entity.TakedownItem;

/**
 * A consent was withdrawn, expired or amended: whatever depends on it must be checked again and
 * taken down where it is no longer covered. Fired synchronously inside the transaction of the
 * change, so that everything comes down before the call returns; each observer adds what it
 * removed to {@link #removed()}, which becomes the takedown record.
 */
public record ConsentChanged(String consentId, Takedown.Reason reason, String actor, boolean purgeHistory,
                             List<TakedownItem> removed) {

    /**
     * @param purgeHistory on a withdrawal, whether the storyteller's words are also removed from the
     *                     history of what depended on the consent (the default)
     */
    public ConsentChanged(String consentId, Takedown.Reason reason, String actor, boolean purgeHistory) {
        this(consentId, reason, actor, purgeHistory, new ArrayList<>());
    }

    /** Called by observers for each item they took down ({@code story}, {@code media} or {@code media-kit}). */
    public void removed(String type, String id, String url) {
        removed.add(new TakedownItem(type, id, url));
    }
}
