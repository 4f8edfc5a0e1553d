package org.hearth.story.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryRevision;

/** Keeps a story's history: one revision per save, numbered from 1. */
@ApplicationScoped
public class RevisionLog {

    @PersistenceContext
    EntityManager em;

    public StoryRevision record(Story story, String author, Instant now) {
        int last = em.createNamedQuery(StoryRevision.LAST_NUMBER, Integer.class).setParameter("story", story)
                .getSingleResult();
        StoryRevision revision = new StoryRevision(story, last + 1, author, now);
        em.persist(revision);
        return revision;
    }

    /**
     * An autosave: refreshes the author's autosave revision of this sitting when the latest revision
     * is one, else starts one. True when a new revision was added.
     */
    public boolean recordAutosave(Story story, String author, Instant now) {
        Optional<StoryRevision> latest = em.createNamedQuery(StoryRevision.FIND_BY_STORY, StoryRevision.class)
                .setParameter("story", story).setMaxResults(1).getResultStream().findFirst();
        if (latest.isPresent() && latest.get().absorbsAutosave(author, now)) {
            latest.get().refresh(story);
            return false;
        }
        int last = latest.map(StoryRevision::number).orElse(0);
        em.persist(StoryRevision.autosaved(story, last + 1, author, now));
        return true;
    }

    public List<StoryRevision> of(Story story) {
        return em.createNamedQuery(StoryRevision.FIND_BY_STORY, StoryRevision.class).setParameter("story", story)
                .getResultList();
    }

    public Optional<StoryRevision> find(Story story, int number) {
        return em.createNamedQuery(StoryRevision.FIND_ONE, StoryRevision.class).setParameter("story", story)
                .setParameter("number", number).getResultStream().findFirst();
    }

    /** Removes the storyteller's words from every revision of the story. */
    public void purge(Story story) {
        of(story).forEach(StoryRevision::purge);
    }
}
