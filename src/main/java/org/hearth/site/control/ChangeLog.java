package org.hearth.site.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The cluster-wide record of public changes ({@code public_generation}, {@code public_change}):
 * each change takes the next generation in a transaction of its own, so the lock on the one
 * generation row is held for a moment only, never for the change itself.
 */
@ApplicationScoped
public class ChangeLog {

    /** One change: its generation and the story it concerns (null: anything, such as a project). */
    public record Change(long generation, String storySlug) {
    }

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long append(String storySlug) {
        em.createNativeQuery("UPDATE public_generation SET value = value + 1 WHERE id = 1").executeUpdate();
        long generation = current();
        em.createNativeQuery("INSERT INTO public_change (generation, story_slug, at) VALUES (?, ?, ?)")
                .setParameter(1, generation).setParameter(2, storySlug).setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
        return generation;
    }

    /** The generation now: one read of one row by its key. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long current() {
        return ((Number) em.createNativeQuery("SELECT value FROM public_generation WHERE id = 1").getSingleResult()).longValue();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Change> since(long generation, long upTo) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT generation, story_slug FROM public_change WHERE generation > ? AND generation <= ? ORDER BY generation")
                .setParameter(1, generation).setParameter(2, upTo).getResultList();
        return rows.stream().map(r -> new Change(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    /** Forgets changes older than {@code before}: every node has long caught up with them. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int prune(Instant before) {
        return em.createNativeQuery("DELETE FROM public_change WHERE at < ?").setParameter(1, Timestamp.from(before))
                .executeUpdate();
    }
}
