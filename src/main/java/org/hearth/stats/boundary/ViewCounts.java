package org.hearth.stats.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hearth.stats.control.ViewTally;
import org.hearth.stats.entity.DailyCount;

/**
 * Counts views of public items per day and reads the totals back for staff. A view is counted in
 * memory ({@link #viewed}, called for every page served, from the cache or not) and written
 * by {@link #flush} every few seconds: one row per item and day, incremented.
 */
@ApplicationScoped
public class ViewCounts {

    public static final String STORY = "story";

    @Inject
    ViewTally tally;

    @PersistenceContext
    EntityManager em;

    /** What a page shows, for counting: {@code type} is {@link #STORY}, {@code itemRef} its public id. */
    public record Viewed(String type, String itemRef, long organizationId) {
    }

    public static Viewed story(String storyId, long organizationId) {
        return new Viewed(STORY, storyId, organizationId);
    }

    /** One more view today; costs an in-memory increment. */
    public void viewed(Viewed item) {
        tally.count(item.type(), item.itemRef(), item.organizationId());
    }

    /** Adds what was counted since the last flush to the daily rows; on failure it is kept for the next one. */
    @Transactional
    public void flush() {
        Map<ViewTally.Key, Long> counted = tally.drain();
        if (counted.isEmpty()) {
            return;
        }
        try {
            counted.forEach((key, views) -> {
                DailyCount row = em.createNamedQuery(DailyCount.FIND, DailyCount.class).setParameter("type", key.type())
                        .setParameter("item", key.itemRef()).setParameter("day", key.day())
                        .getResultStream().findFirst().orElseGet(() -> {
                            DailyCount created = new DailyCount(key.type(), key.itemRef(), key.organizationId(), key.day());
                            em.persist(created);
                            return created;
                        });
                row.add(views);
            });
            em.flush();
        } catch (RuntimeException e) {
            tally.restore(counted);
            throw e;
        }
    }

    /** The daily rows of these organizations ({@code null}: all of them) between two days, both included. */
    public List<DailyCount> between(Collection<Long> organizationIds, LocalDate from, LocalDate to) {
        if (organizationIds != null && organizationIds.isEmpty()) {
            return List.of();
        }
        var query = organizationIds == null ? em.createNamedQuery(DailyCount.BETWEEN, DailyCount.class)
                : em.createNamedQuery(DailyCount.FOR_ORGANIZATIONS, DailyCount.class).setParameter("organizations", organizationIds);
        return query.setParameter("from", from).setParameter("to", to).getResultList();
    }
}
