package org.hearth.protocol.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hearth.account.entity.Role;
import org.hearth.shared.FieldChecks;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Verification;
import org.hearth.shared.InvalidInputException.FieldError;
import org.hearth.shared.NotPermittedException;
import org.hearth.shared.Reason;
import org.hearth.shared.RuleViolationException;
import org.hearth.story.entity.StoryStatus;
import org.hearth.story.entity.StoryTransition;

/**
 * A neighbourhood project's local service protocol: what to do, step by step, when someone may be
 * trafficked, and the consent and safety rules that hold throughout. One per project.
 * <p>
 * Life cycle: the story workflow, read from the same table ({@link StoryTransition}): draft → in
 * review → approved → published, with changes requested, unpublished and archived. A published
 * protocol is what frontline staff follow, so it is approved and published only when it has steps,
 * every text in both languages, and every step's service still in the directory. An author's edit
 * of an approved or published protocol sends it back to review; an editor's edit of a published
 * one must pass the same checks or nothing is saved. Like a service, it is flagged for checking
 * {@value #STALE_AFTER_MONTHS} months after it was last verified.
 */
@Entity
@Table(name = "local_protocol")
@NamedQuery(name = LocalProtocol.OF_PROJECT, query = "SELECT p FROM LocalProtocol p WHERE p.projectSlug = :project")
public class LocalProtocol {

    public static final String OF_PROJECT = "LocalProtocol.ofProject";
    public static final int STALE_AFTER_MONTHS = Verification.STALE_AFTER_MONTHS;
    public static final int TITLE_LENGTH = 200;
    public static final int TEXT_LENGTH = 10_000;
    public static final int MAX_STEPS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The project it belongs to, by slug (projects never change their slug). */
    @Column(name = "project_slug", nullable = false, unique = true, length = 100)
    private String projectSlug;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StoryStatus status;

    @Column(name = "title_en", length = TITLE_LENGTH)
    private String titleEn;

    @Column(name = "title_fr", length = TITLE_LENGTH)
    private String titleFr;

    @Column(name = "intro_en", length = TEXT_LENGTH)
    private String introEn;

    @Column(name = "intro_fr", length = TEXT_LENGTH)
    private String introFr;

    /** The consent and safety rules, Markdown. */
    @Column(name = "rules_en", length = TEXT_LENGTH)
    private String rulesEn;

    @Column(name = "rules_fr", length = TEXT_LENGTH)
    private String rulesFr;

    @OneToMany(mappedBy = "protocol", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProtocolStep> steps = new ArrayList<>();

    @Column(name = "last_verified")
    private LocalDate lastVerified;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected LocalProtocol() {
    }

    /** A new draft for a project, with its first content. */
    public LocalProtocol(String projectSlug, Long organizationId, ProtocolContent content, Instant now) {
        this.projectSlug = projectSlug;
        this.organizationId = organizationId;
        this.status = StoryStatus.DRAFT;
        apply(content, now);
    }

    /**
     * New content as of the editor's save (see the class comment for what it does to the state).
     * {@code services} says whether a slug names a service of the directory.
     */
    public void revise(ProtocolContent content, Role role, Predicate<String> services, Instant now) {
        if (status == StoryStatus.ARCHIVED) {
            throw new RuleViolationException("protocol-archived", "An archived protocol cannot be edited.");
        }
        apply(content, now);
        if (status == StoryStatus.APPROVED || status == StoryStatus.PUBLISHED) {
            if (!role.mayEdit()) {
                status = StoryTransition.REOPEN_REVIEW.to();
            } else if (status == StoryStatus.PUBLISHED) {
                check(services);
            }
        }
    }

    /** The steps {@code role} may take now, in the editor's order. */
    public List<String> actionsFor(Role role) {
        return Stream.of(StoryTransition.values())
                .filter(t -> t.isAnAction() && t.allows(role) && t.leavesFrom(status) && t.to() != StoryStatus.SCHEDULED)
                .map(StoryTransition::action).toList();
    }

    /** A step of the workflow by its action name, guarded by the table; approval and publication are checked. */
    public void take(String action, Role role, Predicate<String> services, Instant now) {
        StoryTransition transition = StoryTransition.of(action == null ? "" : action).orElseThrow(() ->
                new InvalidInputException("action", "is one of " + String.join(", ",
                        Arrays.stream(StoryTransition.values()).filter(StoryTransition::isAnAction)
                                .map(StoryTransition::action).toList())));
        if (!transition.allows(role)) {
            throw new NotPermittedException("Your role (" + role.code() + ") may not " + transition.action() + " protocols.");
        }
        if (!transition.leavesFrom(status) || transition.to() == StoryStatus.SCHEDULED) {
            throw new RuleViolationException("transition-not-allowed",
                    "A protocol that is " + status.code() + " cannot take the step '" + transition.action() + "'.");
        }
        if (transition == StoryTransition.APPROVE || transition == StoryTransition.PUBLISH) {
            check(services);
        }
        status = transition.to();
        if (status == StoryStatus.PUBLISHED) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    /** Why it cannot be approved or published now (empty: it can). */
    public List<Reason> blockers(Predicate<String> services) {
        List<Reason> reasons = new ArrayList<>();
        if (steps.isEmpty()) {
            reasons.add(Reason.of("protocol-no-steps", "the protocol has no steps"));
        }
        boolean untranslated = blank(titleEn) || blank(titleFr)
                || steps.stream().anyMatch(s -> blank(s.text("en")) || blank(s.text("fr")));
        if (untranslated) {
            reasons.add(Reason.of("protocol-untranslated", "the title and every step need English and French"));
        }
        steps.stream().filter(s -> s.service() != null && !services.test(s.service())).forEach(s -> reasons.add(
                Reason.of("protocol-service-missing", "step " + (s.position() + 1)
                        + " names a service that is not in the directory (" + s.service() + ")", s.position() + 1, s.service())));
        return reasons;
    }

    /** Whether nobody has checked it in the last six months (exactly six months ago still counts). */
    public boolean needsVerification(LocalDate today) {
        return Verification.isDue(lastVerified, today);
    }

    public boolean isPublic() {
        return status == StoryStatus.PUBLISHED;
    }

    public ProtocolContent content() {
        return new ProtocolContent(titleEn, titleFr, introEn, introFr, rulesEn, rulesFr,
                steps.stream().map(ProtocolStep::input).toList(), lastVerified);
    }

    /** The import's published protocols: published directly, but only when they pass the same checks. */
    public void publishImported(Predicate<String> services, Instant now) {
        check(services);
        status = StoryStatus.PUBLISHED;
        publishedAt = now;
    }

    private void check(Predicate<String> services) {
        List<Reason> reasons = blockers(services);
        if (!reasons.isEmpty()) {
            throw new RuleViolationException("protocol-incomplete", "This protocol cannot be approved or published: "
                    + String.join("; ", reasons.stream().map(Reason::english).toList()) + ".", reasons);
        }
    }

    private void apply(ProtocolContent content, Instant now) {
        if (content == null) {
            throw new InvalidInputException("body", "send the protocol's titles, rules and steps");
        }
        List<FieldError> errors = new ArrayList<>();
        FieldChecks.optional(errors, "titleEn", content.titleEn(), TITLE_LENGTH);
        FieldChecks.optional(errors, "titleFr", content.titleFr(), TITLE_LENGTH);
        if (blank(content.titleEn()) && blank(content.titleFr())) {
            errors.add(new FieldError("titleEn", "is required (in English or French)"));
        }
        FieldChecks.optional(errors, "introEn", content.introEn(), TEXT_LENGTH);
        FieldChecks.optional(errors, "introFr", content.introFr(), TEXT_LENGTH);
        FieldChecks.optional(errors, "rulesEn", content.rulesEn(), TEXT_LENGTH);
        FieldChecks.optional(errors, "rulesFr", content.rulesFr(), TEXT_LENGTH);
        List<StepInput> given = content.steps() == null ? List.of() : content.steps().stream()
                .filter(s -> s != null && !(blank(s.textEn()) && blank(s.textFr()))).toList();
        if (given.size() > MAX_STEPS) {
            errors.add(new FieldError("steps", "at most " + MAX_STEPS + " steps"));
        }
        for (int n = 0; n < given.size(); n++) {
            FieldChecks.optional(errors, "steps[" + n + "].textEn", given.get(n).textEn(), ProtocolStep.TEXT_LENGTH);
            FieldChecks.optional(errors, "steps[" + n + "].textFr", given.get(n).textFr(), ProtocolStep.TEXT_LENGTH);
        }
        if (content.lastVerified() != null && content.lastVerified().isAfter(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))) {
            errors.add(new FieldError("lastVerified", "cannot be in the future"));
        }
        FieldChecks.refuse(errors);
        titleEn = FieldChecks.blankToNull(content.titleEn());
        titleFr = FieldChecks.blankToNull(content.titleFr());
        introEn = FieldChecks.blankToNull(content.introEn());
        introFr = FieldChecks.blankToNull(content.introFr());
        rulesEn = FieldChecks.blankToNull(content.rulesEn());
        rulesFr = FieldChecks.blankToNull(content.rulesFr());
        List<ProtocolStep> made = new ArrayList<>();
        for (int n = 0; n < given.size(); n++) {
            StepInput s = given.get(n);
            made.add(new ProtocolStep(this, n, FieldChecks.blankToNull(s.textEn()), FieldChecks.blankToNull(s.textFr()),
                    FieldChecks.blankToNull(s.service())));
        }
        // orphanRemoval drops the old rows; the new ones are persisted by the cascade.
        steps.clear();
        steps.addAll(made);
        lastVerified = content.lastVerified();
        updatedAt = now;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Long id() { return id; }
    public String projectSlug() { return projectSlug; }
    public Long organizationId() { return organizationId; }
    public StoryStatus status() { return status; }
    public List<ProtocolStep> steps() { return List.copyOf(steps); }
    public LocalDate lastVerified() { return lastVerified; }
    public Instant publishedAt() { return publishedAt; }
    public Instant updatedAt() { return updatedAt; }
    public int version() { return version; }

    /** The title in {@code lang}, or in the other language when it has none there yet. */
    public String title(String lang) {
        String own = "fr".equals(lang) ? titleFr : titleEn;
        return own != null ? own : "fr".equals(lang) ? titleEn : titleFr;
    }

    public String intro(String lang) {
        return "fr".equals(lang) ? introFr : introEn;
    }

    public String rules(String lang) {
        return "fr".equals(lang) ? rulesFr : rulesEn;
    }
}
