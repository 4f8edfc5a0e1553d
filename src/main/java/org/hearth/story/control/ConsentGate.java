package org.hearth.story.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hearth.media.boundary.MediaLibrary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.audience.entity.Audience;
import org.hearth.consent.boundary.Consents;
import org.hearth.shared.Reason;
import org.hearth.shared.RuleViolationException;
import org.hearth.story.entity.AttributionType;
import org.hearth.story.entity.PublicationGate;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StorytellerDecision;

/**
 * The consent rule every path to publication goes through: approval and publication from the API
 * and the studio, the scheduler's due publications, and the import of a story exported as
 * approved, scheduled or published ({@link Story#restoreState}, which imports a refused story as a
 * draft). A story about a person needs a consent that is valid now, covers the website, its
 * language and its audiences, allows the way it names the storyteller, and the storyteller's
 * approval of exactly this text. The media it shows must be fit to publish too (described,
 * checked, and covered by the consent of every person they show). There is no override.
 */
@ApplicationScoped
public class ConsentGate implements PublicationGate {

    @PersistenceContext
    EntityManager em;

    @Inject
    Consents consents;

    @Inject
    MediaLibrary media;

    @Override
    public void check(Story story) {
        List<Reason> reasons = reasons(story);
        if (!reasons.isEmpty()) {
            throw new RuleViolationException("consent-gate", "This story cannot be approved or published: "
                    + String.join("; ", reasons.stream().map(Reason::english).toList()) + ".", reasons);
        }
    }

    /** Every reason the story may not be approved or published now, in English; empty when it may. */
    public List<String> problems(Story story) {
        return reasons(story).stream().map(Reason::english).toList();
    }

    /** {@link #problems} with their codes, for readers in other languages. */
    public List<Reason> reasons(Story story) {
        List<Reason> reasons = coverageReasons(story);
        if (story.needsConsent() && story.consentRef() != null && !storytellerApproved(story)) {
            reasons.add(Reason.of("storyteller-not-approved", "the storyteller has not approved this version"));
        }
        reasons.addAll(media.publicationReasons(story.organization(),
                story.mediaUses().stream().map(java.util.Map.Entry::getValue).toList()));
        return reasons;
    }

    /**
     * Why the story's consent does not cover it as it stands (validity, channel, language, audiences,
     * identification) — what decides whether a public story must come down ({@link Story#loseCoverage}).
     * Empty when covered.
     */
    public List<Reason> coverageReasons(Story story) {
        List<Reason> reasons = new ArrayList<>();
        if (!story.needsConsent()) {
            return reasons;
        }
        if (story.consentRef() == null) {
            reasons.add(Reason.of("consent-missing", "a lived-experience story needs the storyteller's consent record"));
            return reasons;
        }
        Set<String> audiences = story.audiences().stream().map(Audience::code).collect(Collectors.toSet());
        AttributionType byline = story.attribution().type();
        reasons.addAll(consents.coverageReasons(story.consentRef(), story.lang(), audiences, story.organization(),
                byline == AttributionType.FULL_NAME, byline == AttributionType.FIRST_NAME, byline != AttributionType.ANONYMOUS));
        return reasons;
    }

    private boolean storytellerApproved(Story story) {
        return em.createNamedQuery(StorytellerDecision.LATEST, StorytellerDecision.class).setParameter("story", story)
                .setMaxResults(1).getResultStream().findFirst().map(d -> d.approves(story)).orElse(false);
    }
}
