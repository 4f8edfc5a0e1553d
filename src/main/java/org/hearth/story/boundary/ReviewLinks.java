package org.hearth.story.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.AccessToken;
import org.hearth.account.entity.Role;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.consent.boundary.Consents;
import org.hearth.platform.config.HearthSettings;
import org.hearth.shared.PublicIds;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.RuleViolationException;
import org.hearth.shared.StaleVersionException;
import org.hearth.story.entity.ReviewLink;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StorytellerDecision;

/**
 * Private review links: staff create and revoke them; a storyteller opens one on a phone, sees
 * the exact version, approves or rejects it with a comment, or withdraws their consent. Every use
 * is written to the audit log. An unknown, expired or revoked link is simply not found.
 */
@ApplicationScoped
public class ReviewLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Stories stories;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Consents consents;

    @Inject
    HearthSettings settings;

    @Inject
    @ConfigProperty(name = "hearth.review-link.lifetime", defaultValue = "P14D")
    Duration lifetime;

    private final Clock clock = Clock.systemUTC();

    /** A new link and its address, shown once. */
    public record IssuedLink(ReviewLink link, String url) {
    }

    @Transactional
    public IssuedLink create(String storyId) {
        Story story = stories.read(storyId);
        caller.require(story.organization(), Role::mayRecordStorytellerDecisions, "create review links");
        String token = PublicIds.random(32);
        ReviewLink link = new ReviewLink(token, story, caller.account().email(), clock.instant(), lifetime);
        em.persist(link);
        audit.record(story.organization().id(), caller.account().email(), "review-link.created", "story", story.publicId(),
                "link " + link.publicId() + " until " + link.expiresAt());
        return new IssuedLink(link, settings.absolute("/review/" + token));
    }

    public List<ReviewLink> of(String storyId) {
        return em.createNamedQuery(ReviewLink.FIND_BY_STORY, ReviewLink.class).setParameter("story", stories.read(storyId))
                .getResultList();
    }

    @Transactional
    public void revoke(String storyId, String linkId) {
        ReviewLink link = of(storyId).stream().filter(l -> l.publicId().equals(linkId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("review link", linkId));
        caller.require(link.story().organization(), Role::mayRecordStorytellerDecisions, "revoke review links");
        link.revoke(clock.instant());
        audit.record(link.story().organization().id(), caller.account().email(), "review-link.revoked", "story",
                link.story().publicId(), "link " + linkId);
    }

    /** The story behind a usable link, as it is now; the opening is logged. */
    @Transactional
    public Story open(String token) {
        ReviewLink link = usable(token);
        link.used(clock.instant());
        audit.record(link.story().organization().id(), actor(link), "review-link.opened", "story", link.story().publicId(), null);
        return link.story();
    }

    /** The storyteller's decision on the version they saw; a newer version means they must look again. */
    @Transactional
    public StorytellerDecision decide(String token, int version, StorytellerDecision.Decision decision, String comment) {
        ReviewLink link = usable(token);
        Story story = link.story();
        if (story.version() != version) {
            throw new StaleVersionException(version, story.version());
        }
        StorytellerDecision recorded = new StorytellerDecision(story, decision, comment, actor(link), clock.instant());
        em.persist(recorded);
        link.used(clock.instant());
        audit.record(story.organization().id(), actor(link), "story.storyteller-" + decision.name().toLowerCase(), "story",
                story.publicId(), "version " + version + " through a review link");
        return recorded;
    }

    /**
     * The storyteller withdraws their consent: everything that depends on it comes down now. One
     * transaction per call: callers take it again through {@code LostRaces} when it lost a race.
     */
    @Transactional
    public void withdraw(String token) {
        ReviewLink link = usable(token);
        String consent = link.story().consentRef();
        if (consent == null) {
            throw new RuleViolationException("no-consent", "This story is not bound to a consent record.");
        }
        link.used(clock.instant());
        consents.withdrawForStoryteller(consent, actor(link));
    }

    private ReviewLink usable(String token) {
        return em.createNamedQuery(ReviewLink.FIND_BY_HASH, ReviewLink.class)
                .setParameter("hash", AccessToken.hash(token == null ? "" : token))
                .getResultStream().findFirst()
                .filter(l -> l.isUsableAt(clock.instant()))
                .orElseThrow(() -> new ResourceNotFoundException("review link", "(hidden)"));
    }

    private static String actor(ReviewLink link) {
        return "review-link:" + link.publicId();
    }
}
