package org.hearth.story.entity;

/**
 * What must hold before a story may be approved or go public, beyond its own state: for a story
 * about a person, a consent that covers it now and the storyteller's approval of exactly this text.
 * The story asks; the implementation ({@code story.control.ConsentGate}) knows consents and approvals.
 */
@FunctionalInterface
public interface PublicationGate {

    /** Throws {@link org.hearth.shared.RuleViolationException} (rule {@code consent-gate}) saying every reason, or returns. */
    void check(Story story);
}
