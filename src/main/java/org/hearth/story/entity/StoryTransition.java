package org.hearth.story.entity;

import static org.hearth.story.entity.StoryStatus.APPROVED;
import static org.hearth.story.entity.StoryStatus.ARCHIVED;
import static org.hearth.story.entity.StoryStatus.CHANGES_REQUESTED;
import static org.hearth.story.entity.StoryStatus.DRAFT;
import static org.hearth.story.entity.StoryStatus.IN_REVIEW;
import static org.hearth.story.entity.StoryStatus.PUBLISHED;
import static org.hearth.story.entity.StoryStatus.SCHEDULED;
import static org.hearth.story.entity.StoryStatus.UNPUBLISHED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.hearth.account.entity.Role;

/**
 * The one table of the editorial workflow: for each step, the states it may be taken from, the
 * state it leads to and the roles that may take it. {@link Story}'s guards and
 * {@link Story#actionsFor} both read it, so the editor offers exactly the steps that will be
 * accepted. Only the consent gate can still refuse a step the table allows (at approval and
 * publication), and a story taken down for good is never published again.
 *
 * <p>{@link #REOPEN_REVIEW} is no one's action: the story takes it itself when its text or its
 * consent changed under an editor's clearance. Taking down for a consent ({@link Story#takeDown})
 * and the scheduler's own steps are outside the table on purpose: they apply in any state.
 */
public enum StoryTransition {

    SUBMIT("submit", "submit stories", "be submitted", Role::mayAuthor, IN_REVIEW, DRAFT, CHANGES_REQUESTED),
    APPROVE("approve", "approve stories", "be approved", Role::mayEdit, APPROVED, IN_REVIEW),
    /** To {@link StoryStatus#PUBLISHED}, or {@link StoryStatus#SCHEDULED} when given a time still to come. */
    PUBLISH("publish", "publish stories", "be published", Role::mayEdit, PUBLISHED, APPROVED, SCHEDULED, UNPUBLISHED),
    REQUEST_CHANGES("request-changes", "request changes", "be sent back for changes", Role::mayEdit, CHANGES_REQUESTED,
            IN_REVIEW, APPROVED, SCHEDULED),
    UNPUBLISH("unpublish", "unpublish stories", "be unpublished", Role::mayEdit, UNPUBLISHED, PUBLISHED, SCHEDULED),
    ARCHIVE("archive", "archive stories", "be archived", Role::mayEdit, ARCHIVED, DRAFT, CHANGES_REQUESTED, UNPUBLISHED),
    REOPEN_REVIEW("reopen-review", "reopen a review", "go back to review", role -> false, IN_REVIEW,
            APPROVED, SCHEDULED, PUBLISHED);

    private final String action;
    private final String permission;
    private final String step;
    private final Predicate<Role> roles;
    private final StoryStatus to;
    private final Set<StoryStatus> from;

    StoryTransition(String action, String permission, String step, Predicate<Role> roles, StoryStatus to,
                    StoryStatus first, StoryStatus... rest) {
        this.action = action;
        this.permission = permission;
        this.step = step;
        this.roles = roles;
        this.to = to;
        this.from = EnumSet.of(first, rest);
    }

    /** The step named {@code action} in the API and the editor, if it is one people may take. */
    public static Optional<StoryTransition> of(String action) {
        return Arrays.stream(values()).filter(t -> t.action.equals(action) && t.isAnAction()).findFirst();
    }

    /** The API's and the editor's name for the step. */
    public String action() {
        return action;
    }

    /** Whether anyone may take it as a step (rather than the story taking it by itself). */
    public boolean isAnAction() {
        return this != REOPEN_REVIEW;
    }

    public boolean allows(Role role) {
        return roles.test(role);
    }

    public boolean leavesFrom(StoryStatus status) {
        return from.contains(status);
    }

    public Set<StoryStatus> from() {
        return EnumSet.copyOf(from);
    }

    public StoryStatus to() {
        return to;
    }

    /** What {@code "Your role (…) may not …"} says. */
    String permission() {
        return permission;
    }

    /** What {@code "A story that is … cannot …"} says. */
    String step() {
        return step;
    }
}
