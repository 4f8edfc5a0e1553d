package org.hearth.story.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Role;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.consent.boundary.ConsentChanged;
import org.hearth.platform.config.HearthSettings;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.StaleVersionException;
import org.hearth.story.control.ConsentGate;
import org.hearth.story.control.RevisionLog;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryContent;
import org.hearth.story.entity.StoryRevision;
import org.hearth.story.entity.StorytellerDecision;

/**
 * The editorial workflow: transitions by role, the storyteller's decisions, translations,
 * revisions and their restore, scheduled publication, and taking stories down when their
 * consent changes. Every change of public visibility fires {@link StoryVisibilityChanged}, and
 * every step is written to the audit log in the same transaction.
 */
@ApplicationScoped
public class StoryWorkflow {

    static final String SCHEDULER = "scheduler";

    @PersistenceContext
    EntityManager em;

    @Inject
    Stories stories;

    @Inject
    Caller caller;

    @Inject
    ConsentGate gate;

    @Inject
    RevisionLog revisions;

    @Inject
    AuditLog audit;

    @Inject
    HearthSettings settings;

    @Inject
    Event<StoryVisibilityChanged> visibility;

    private final Clock clock = Clock.systemUTC();

    /** {@code submit}, {@code request-changes}, {@code approve}, {@code publish} (now or {@code at}), {@code unpublish}, {@code archive}. */
    @Transactional
    public Story transition(String id, String action, Instant at, String comment) {
        Story story = stories.read(id);
        Role role = caller.roleIn(story.organization());
        boolean wasPublic = story.isPublic();
        Instant now = clock.instant();
        switch (action == null ? "" : action) {
            case "submit" -> story.submit(role, now);
            case "request-changes" -> story.requestChanges(role, now);
            case "approve" -> story.approve(role, gate, now);
            case "publish" -> story.publish(role, gate, at, now);
            case "unpublish" -> story.unpublish(role, now);
            case "archive" -> story.archive(role, now);
            default -> throw new InvalidInputException("action",
                    "is one of submit, request-changes, approve, publish, unpublish, archive");
        }
        audit.record(story.organization().id(), actor(), "story." + action, "story", story.publicId(),
                detail(story, comment, at));
        announce(story, wasPublic);
        return story;
    }

    /** The storyteller's approval (or rejection) of the version stored now, recorded by staff on their behalf. */
    @Transactional
    public StorytellerDecision recordDecision(String id, Integer version, StorytellerDecision.Decision decision, String note) {
        Story story = stories.read(id);
        caller.require(story.organization(), Role::mayRecordStorytellerDecisions, "record a storyteller's decision");
        if (version == null) {
            throw new InvalidInputException("version", "name the version the storyteller reviewed");
        }
        if (version != story.version()) {
            throw new StaleVersionException(version, story.version());
        }
        StorytellerDecision recorded = new StorytellerDecision(story, decision, note, actor(), clock.instant());
        em.persist(recorded);
        audit.record(story.organization().id(), actor(), "story.storyteller-" + decision.name().toLowerCase(), "story",
                story.publicId(), "version " + version);
        return recorded;
    }

    /** The storyteller's latest decision on the story, if any (the editor says whether it covers this text). */
    public java.util.Optional<StorytellerDecision> latestDecision(Story story) {
        return em.createNamedQuery(StorytellerDecision.LATEST, StorytellerDecision.class).setParameter("story", story)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** A new translation, its own draft with its own slug, linked to the original. */
    @Transactional
    public Story translate(String id, String lang, StoryContent content) {
        Story original = stories.read(id).original();
        caller.require(original.organization(), Role::mayAuthor, "translate stories");
        Story translation = original.translate(lang, content, em.merge(caller.account()), clock.instant());
        stories.add(translation, null);
        translation.addressTo(java.util.Set.copyOf(original.audiences()));
        translation.dependOnConsent(original.consentRef());
        revisions.record(translation, actor(), clock.instant());
        audit.record(original.organization().id(), actor(), "story.translated", "story", translation.publicId(),
                "translation of " + original.publicId() + " into " + translation.lang());
        return translation;
    }

    /** What the consent gate objects to now, for the editor's checks panel; empty when nothing. */
    public List<org.hearth.shared.Reason> blockers(Story story) {
        return gate.reasons(story);
    }

    public List<StoryRevision> revisions(String id) {
        return revisions.of(stories.read(id));
    }

    public StoryRevision revision(String id, int number) {
        return revisions.find(stories.read(id), number)
                .orElseThrow(() -> new ResourceNotFoundException("revision", String.valueOf(number)));
    }

    /** Puts an old revision's text back, as a new save (and so a new revision). */
    @Transactional
    public Story restore(String id, int number, Integer fromVersion) {
        Story story = stories.read(id);
        StoryRevision revision = revision(id, number);
        if (revision.isPurged()) {
            throw new org.hearth.shared.RuleViolationException("revision-purged",
                    "This revision's text was removed after a consent withdrawal and cannot be restored.");
        }
        return stories.save(story, revision.content(story), fromVersion == null ? story.version() : fromVersion,
                "restored revision " + number);
    }

    /**
     * A consent was withdrawn, expired or amended: every story depending on it that it no longer
     * covers comes down for good, now, in this transaction. After a withdrawal, the storyteller's
     * words are also removed from the story and its history.
     */
    void onConsentChanged(@Observes ConsentChanged change) {
        List<Story> dependent = em.createNamedQuery(Story.FIND_BY_CONSENT, Story.class)
                .setParameter("consent", change.consentId()).getResultList();
        Instant now = clock.instant();
        for (Story story : dependent) {
            boolean wasPublic = story.isPublic();
            if (story.loseCoverage(gate.coverageReasons(story), now) == Story.CoverageLoss.NONE) {
                continue;
            }
            String url = settings.publicUrl(story.lang(), "stories", story.slug());
            if (wasPublic) {
                change.removed("story", story.publicId(), url);
            }
            if (change.purgeHistory()) {
                // The survivor-first default: their words leave the history too; that it existed stays.
                revisions.purge(story);
                story.purgeText(StoryRevision.PURGED, now);
            }
            audit.record(story.organization().id(), change.actor(), "story.taken-down", "story", story.publicId(),
                    change.reason().name().toLowerCase() + " of consent " + change.consentId());
            visibility.fire(new StoryVisibilityChanged(story.id(), story.slug(), story.lang(), false, story.isGone()));
        }
    }

    /** Ids of stories whose scheduled publication or unpublication is due. */
    public List<Long> due() {
        return em.createNamedQuery(Story.FIND_DUE, Long.class).setParameter("now", clock.instant()).getResultList();
    }

    /**
     * Runs one story's due schedule in its own transaction. Optimistic locking makes it safe when
     * several nodes try at once: the second one's save fails and changes nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void runDue(long storyId) {
        Story story = em.find(Story.class, storyId);
        if (story == null) {
            return;
        }
        boolean wasPublic = story.isPublic();
        Instant now = clock.instant();
        if (story.unpublishIfDue(now)) {
            audit.record(story.organization().id(), SCHEDULER, "story.unpublish", "story", story.publicId(), "scheduled");
        } else {
            try {
                if (story.publishIfDue(gate, now)) {
                    audit.record(story.organization().id(), SCHEDULER, "story.publish", "story", story.publicId(), "scheduled");
                }
            } catch (org.hearth.shared.RuleViolationException refused) {
                story.reopenReview();
                audit.record(story.organization().id(), SCHEDULER, "story.publish-refused", "story", story.publicId(),
                        refused.getMessage());
            }
        }
        em.flush();
        announce(story, wasPublic);
    }

    void announce(Story story, boolean wasPublic) {
        if (wasPublic != story.isPublic()) {
            visibility.fire(new StoryVisibilityChanged(story.id(), story.slug(), story.lang(), story.isPublic(), story.isGone()));
        }
    }

    private String actor() {
        return caller.find().map(a -> a.email()).orElse(SCHEDULER);
    }

    private static String detail(Story story, String comment, Instant at) {
        String state = "now " + story.status().code() + (at != null ? " at " + at : "");
        return comment == null || comment.isBlank() ? state : state + ": " + comment;
    }
}
