package org.hearth.submission.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Role;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.organization.boundary.Organizations;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.StaleVersionException;
import org.hearth.submission.control.StandardFeedbackTemplates;
import org.hearth.submission.entity.FeedbackTemplate;
import org.hearth.submission.entity.FeedbackTemplates;
import org.hearth.submission.entity.Submission;

/**
 * The feedback templates a moderator starts a rejection from: read by those who moderate in the
 * organization, replaced by its editors and admins (as the distress list is), one version for the
 * whole list. The moderator still edits the words before they are sent; what is sent is the
 * submission's feedback, never a reference to a template that may change later.
 */
@ApplicationScoped
public class ModerationFeedback {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Organizations organizations;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** An organization's templates as staff see them: whether they are the shipped ones, and the version to save from. */
    public record TemplateList(String organization, List<Item> items, boolean standard, int version) {
    }

    /** One template: its code and its words in English and in French. */
    public record Item(String code, String en, String fr) {

        static Item of(FeedbackTemplate t) {
            return new Item(t.code(), t.textEn(), t.textFr());
        }
    }

    /** The templates of {@code organizationSlug} (moderators, editors and admins there). */
    public TemplateList list(String organizationSlug) {
        Organization organization = organizations.named(organizationSlug);
        caller.require(organization, Role::mayModerate, "see the feedback templates");
        return listOf(organization);
    }

    /** The templates a moderator of {@code submission} (already read through its permission check) chooses from. */
    public List<FeedbackTemplate> templatesFor(Submission submission) {
        return inUse(submission.organization());
    }

    /** The words of template {@code code} for {@code submission}'s submitter, in the language of their form. */
    public Optional<String> wordsFor(Submission submission, String code) {
        return templatesFor(submission).stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> t.text(submission.lang()));
    }

    /**
     * Replaces the organization's templates (editors and admins) from {@code fromVersion}: a list
     * someone saved since is never overwritten (409 with theirs). An empty list goes back to the
     * shipped templates.
     */
    @Transactional
    public TemplateList replace(String organizationSlug, List<FeedbackTemplates.Draft> drafts, Integer fromVersion) {
        Organization organization = organizations.named(organizationSlug);
        caller.require(organization, Role::mayEdit, "edit the feedback templates");
        Optional<FeedbackTemplates> stored = stored(organization);
        if (stored.isEmpty()) {
            // Two first saves at once: the second waits here, then finds the first one's list and its version.
            em.find(Organization.class, organization.id(), LockModeType.PESSIMISTIC_WRITE);
            stored = stored(organization);
        }
        StaleVersionException.requireCurrent(fromVersion, stored.map(FeedbackTemplates::version).orElse(0),
                () -> theirs(organization));
        FeedbackTemplates set = stored.orElseGet(() -> new FeedbackTemplates(organization.id()));
        String by = caller.account().email();
        set.replace(drafts == null ? List.of() : drafts, by, clock.instant());
        if (stored.isEmpty()) {
            em.persist(set);
        }
        em.flush();
        audit.record(organization.id(), by, "submission.feedback-templates-changed", "organization", organization.slug(),
                set.templates().size() + " template(s)");
        return listOf(organization);
    }

    private TemplateList listOf(Organization organization) {
        Optional<FeedbackTemplates> stored = stored(organization);
        List<FeedbackTemplate> own = stored.map(FeedbackTemplates::templates).orElse(List.of());
        return new TemplateList(organization.slug(), (own.isEmpty() ? StandardFeedbackTemplates.all() : own).stream()
                .map(Item::of).toList(), own.isEmpty(), stored.map(FeedbackTemplates::version).orElse(0));
    }

    private List<FeedbackTemplate> inUse(Organization organization) {
        List<FeedbackTemplate> own = stored(organization).map(FeedbackTemplates::templates).orElse(List.of());
        return own.isEmpty() ? StandardFeedbackTemplates.all() : own;
    }

    /** What the other person saved ({@code items} as the list answers them), for the conflict view. */
    private Map<String, Object> theirs(Organization organization) {
        return Map.of("items", listOf(organization).items());
    }

    private Optional<FeedbackTemplates> stored(Organization organization) {
        return em.createNamedQuery(FeedbackTemplates.FIND_BY_ORGANIZATION, FeedbackTemplates.class)
                .setParameter("organization", organization.id()).getResultStream().findFirst();
    }
}
