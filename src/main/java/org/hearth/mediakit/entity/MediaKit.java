package org.hearth.mediakit.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hearth.account.entity.Role;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.Coded;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.NotPermittedException;
import org.hearth.shared.PublicIds;
import org.hearth.shared.Reason;
import org.hearth.shared.RuleViolationException;
import org.hearth.story.entity.StoryStatus;
import org.hearth.story.entity.StoryTransition;

/**
 * A media kit (or training kit): an organization's toolkit of ordered items — media assets of the
 * library and Markdown texts — in one language, with the terms under which partners may use it.
 *
 * <p>Life cycle: the story workflow, read from the same table ({@link StoryTransition}): draft →
 * in review → approved → published → unpublished / archived, each step by role. Approval and
 * publication ask the {@link KitGate} (media described, consents covering the media-kits channel);
 * there is no override and no scheduling. An author's edit of an approved or published kit sends
 * it back to review; an editor's edit of a published kit must pass the gate again. Only a
 * published kit is public. An item whose consent no longer covers kits leaves the kit for good
 * ({@link #removeMedia}), in the withdrawal's transaction.
 *
 * <p>Translations are kits of their own (own slug, own status), linked to the original.
 */
@Entity
@Table(name = "media_kit")
@NamedQuery(name = MediaKit.FIND_BY_SLUG, query = "SELECT k FROM MediaKit k WHERE k.slug = :slug")
@NamedQuery(name = MediaKit.FIND_BY_PUBLIC_ID, query = "SELECT k FROM MediaKit k WHERE k.publicId = :id")
@NamedQuery(name = MediaKit.SLUG_TAKEN, query = "SELECT COUNT(k) FROM MediaKit k WHERE k.slug = :slug")
@NamedQuery(name = MediaKit.USING_MEDIA, query = "SELECT DISTINCT i.kit FROM KitItem i WHERE i.mediaRef IN :media")
@NamedQuery(name = MediaKit.TRANSLATIONS, query = "SELECT k FROM MediaKit k WHERE k.translationOf = :original ORDER BY k.id")
public class MediaKit {

    public static final String FIND_BY_SLUG = "MediaKit.findBySlug";
    public static final String FIND_BY_PUBLIC_ID = "MediaKit.findByPublicId";
    public static final String SLUG_TAKEN = "MediaKit.slugTaken";
    public static final String USING_MEDIA = "MediaKit.usingMedia";
    public static final String TRANSLATIONS = "MediaKit.translations";
    public static final String OWNER_TYPE = "media-kit";
    public static final int TITLE_LENGTH = 300;
    public static final int SUMMARY_LENGTH = 1000;
    public static final int USAGE_TERMS_LENGTH = 20_000;
    public static final int LEVEL_LENGTH = 40;
    public static final int DURATION_LENGTH = 60;
    public static final int MAX_ITEMS = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 32)
    private String publicId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(nullable = false, unique = true, length = 160)
    private String slug;

    @Column(nullable = false, length = 16)
    private String lang;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private KitKind kind;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = SUMMARY_LENGTH)
    private String summary;

    @Column(name = "usage_terms", length = USAGE_TERMS_LENGTH)
    private String usageTerms;

    @Column(length = 200)
    private String customizable;

    @Column(name = "campaign_slug", length = 160)
    private String campaign;

    /** The neighbourhood project it is for (a training kit links that project's local service protocol), or null. */
    @Column(name = "project_slug", length = 100)
    private String project;

    @Column(name = "training_level", length = LEVEL_LENGTH)
    private String level;

    @Column(length = DURATION_LENGTH)
    private String duration;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StoryStatus status;

    @ManyToOne
    @JoinColumn(name = "translation_of")
    private MediaKit translationOf;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "media_kit_audience", joinColumns = @JoinColumn(name = "kit_id"))
    @Column(name = "audience_code", length = 60)
    private Set<String> audiences = new LinkedHashSet<>();

    @OneToMany(mappedBy = "kit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<KitItem> items = new ArrayList<>();

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_by", length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected MediaKit() {
    }

    /** A new draft. {@code slug} is free (the boundary made sure). */
    public MediaKit(Organization organization, String lang, String slug, KitContent content, String createdBy, Instant now) {
        this.publicId = PublicIds.next();
        this.organization = organization;
        this.lang = lang;
        this.slug = slug;
        this.status = StoryStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(content, now);
    }

    /** A translation of this kit (of its original): a draft of its own, with its own slug. */
    public MediaKit translate(String lang, String slug, KitContent content, String createdBy, Instant now) {
        MediaKit original = original();
        if (original.lang.equals(lang)) {
            throw new RuleViolationException("translation-exists", "This kit already exists in '" + lang + "'.");
        }
        MediaKit translation = new MediaKit(organization, lang, slug, content, createdBy, now);
        translation.translationOf = original;
        return translation;
    }

    /**
     * A new text, terms and list of items as of the editor's save. From an approved or published
     * kit, an author's save sends it back to review; an editor's save of a published kit must
     * still pass the gate, or nothing is saved.
     */
    public void revise(KitContent content, Role role, KitGate gate, Instant now) {
        if (status == StoryStatus.ARCHIVED) {
            throw new RuleViolationException("kit-archived", "An archived kit cannot be edited.");
        }
        apply(content, now);
        if (status == StoryStatus.APPROVED || status == StoryStatus.PUBLISHED) {
            if (!role.mayEdit()) {
                status = StoryTransition.REOPEN_REVIEW.to();
            } else if (status == StoryStatus.PUBLISHED) {
                check(gate);
            }
        }
    }

    private void apply(KitContent content, Instant now) {
        if (content.kind() == null) {
            throw new InvalidInputException("kind", "is " + Coded.codes(KitKind.class));
        }
        this.kind = content.kind();
        this.title = required(content.title(), "title", TITLE_LENGTH);
        this.summary = optional(content.summary(), "summary", SUMMARY_LENGTH);
        this.usageTerms = optional(content.usageTerms(), "usageTerms", USAGE_TERMS_LENGTH);
        this.customizable = content.customizable() == null || content.customizable().isEmpty() ? null
                : content.customizable().stream().map(CustomField::code).collect(Collectors.joining(","));
        this.campaign = optional(content.campaign(), "campaign", 160);
        this.level = optional(content.level(), "level", LEVEL_LENGTH);
        this.duration = optional(content.duration(), "duration", DURATION_LENGTH);
        this.audiences.clear();
        if (content.audiences() != null) {
            this.audiences.addAll(content.audiences());
        }
        replaceItems(content.items() == null ? List.of() : content.items());
        this.updatedAt = now;
    }

    private void replaceItems(List<KitItemInput> inputs) {
        if (inputs.size() > MAX_ITEMS) {
            throw new InvalidInputException("items", "at most " + MAX_ITEMS + " items");
        }
        List<KitItem> made = new ArrayList<>();
        for (int n = 0; n < inputs.size(); n++) {
            KitItemInput in = inputs.get(n);
            String field = "items[" + n + "]";
            if (in == null) {
                throw new InvalidInputException(field, "send {type, title, …}");
            }
            ItemType type = Coded.parse(ItemType.class, in.type(), field + ".type");
            String itemTitle = required(in.title(), field + ".title", KitItem.TITLE_LENGTH);
            if (type == ItemType.MEDIA) {
                if (in.media() == null || in.media().isBlank()) {
                    throw new InvalidInputException(field + ".media", "name the media asset");
                }
                made.add(new KitItem(this, n, type, in.media().strip(), null, itemTitle, null));
            } else {
                TextKind textKind = in.textKind() == null ? null : Coded.parse(TextKind.class, in.textKind(), field + ".textKind");
                if (textKind == null) {
                    throw new InvalidInputException(field + ".textKind", "is " + Coded.codes(TextKind.class));
                }
                made.add(new KitItem(this, n, type, null, textKind, itemTitle,
                        required(in.body(), field + ".body", KitItem.BODY_LENGTH)));
            }
        }
        // orphanRemoval drops the old rows; the new ones are persisted by the cascade.
        items.clear();
        items.addAll(made);
    }

    // ---------------------------------------------------------------- workflow

    /** The steps {@code role} may take now, in the editor's order (the gate may still refuse approval and publication). */
    public List<String> actionsFor(Role role) {
        return Stream.of(StoryTransition.values())
                .filter(t -> t.isAnAction() && t.allows(role) && t.leavesFrom(status))
                .map(StoryTransition::action).toList();
    }

    /** A step of the story workflow, by its action name, guarded by the table; approval and publication ask the gate. */
    public void take(String action, Role role, KitGate gate, Instant now) {
        StoryTransition transition = StoryTransition.of(action == null ? "" : action).orElseThrow(() ->
                new InvalidInputException("action", "is one of " + String.join(", ",
                        Arrays.stream(StoryTransition.values()).filter(StoryTransition::isAnAction)
                                .map(StoryTransition::action).toList())));
        if (!transition.allows(role)) {
            throw new NotPermittedException("Your role (" + role.code() + ") may not " + transition.action() + " kits.");
        }
        if (!transition.leavesFrom(status) || transition.to() == StoryStatus.SCHEDULED) {
            throw new RuleViolationException("transition-not-allowed",
                    "A kit that is " + status.code() + " cannot take the step '" + transition.action() + "'.");
        }
        if (transition == StoryTransition.APPROVE || transition == StoryTransition.PUBLISH) {
            check(gate);
        }
        status = transition.to();
        if (status == StoryStatus.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    private void check(KitGate gate) {
        List<Reason> reasons = new ArrayList<>();
        if (items.isEmpty()) {
            reasons.add(Reason.of("kit-empty", "the kit has no items"));
        }
        reasons.addAll(gate.reasons(this));
        if (!reasons.isEmpty()) {
            throw new RuleViolationException("consent-gate", "This kit cannot be approved or published: "
                    + String.join("; ", reasons.stream().map(Reason::english).toList()) + ".", reasons);
        }
    }

    /**
     * The consent of the people shown in these assets no longer covers kits: their items leave the
     * kit for good, now. Answers the items removed (empty when the kit did not use them).
     */
    public List<KitItem> removeMedia(Collection<String> mediaIds, Instant now) {
        List<KitItem> removed = items.stream().filter(i -> i.isMedia() && mediaIds.contains(i.mediaRef())).toList();
        if (!removed.isEmpty()) {
            items.removeAll(removed);
            for (int n = 0; n < items.size(); n++) {
                items.get(n).moveTo(n);
            }
            updatedAt = now;
        }
        return removed;
    }

    // ---------------------------------------------------------------- reading

    public boolean isPublic() {
        return status.isPublic();
    }

    public MediaKit original() {
        return translationOf == null ? this : translationOf;
    }

    /** The media ids the kit uses, in order, each once. */
    public List<String> mediaIds() {
        return items.stream().filter(KitItem::isMedia).map(KitItem::mediaRef).distinct().toList();
    }

    public Set<CustomField> customizable() {
        if (customizable == null || customizable.isBlank()) {
            return EnumSet.noneOf(CustomField.class);
        }
        Set<CustomField> fields = EnumSet.noneOf(CustomField.class);
        for (String code : customizable.split(",")) {
            Arrays.stream(CustomField.values()).filter(f -> f.code().equals(code)).forEach(fields::add);
        }
        return fields;
    }

    public Long id() { return id; }
    public String publicId() { return publicId; }
    public Organization organization() { return organization; }
    public String slug() { return slug; }
    public String lang() { return lang; }
    public KitKind kind() { return kind; }
    public String title() { return title; }
    public String summary() { return summary; }
    public String usageTerms() { return usageTerms; }
    public String campaign() { return campaign; }
    public String project() { return project; }

    /** For this project (its slug, checked by the boundary), or for none. */
    public void forProject(String projectSlug) {
        this.project = projectSlug;
    }
    public String level() { return level; }
    public String duration() { return duration; }
    public StoryStatus status() { return status; }
    public MediaKit translationOf() { return translationOf; }
    public Set<String> audiences() { return Set.copyOf(audiences); }
    public List<KitItem> items() { return List.copyOf(items); }
    public Instant publishedAt() { return publishedAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public int version() { return version; }

    /** As an editor would send it again (revisions, translations). */
    public KitContent content() {
        return new KitContent(kind, title, summary, audiences(), usageTerms, customizable(), campaign, level, duration,
                items.stream().map(KitItem::asInput).toList());
    }

    /** For the content import: a kit exported as published (or any state) comes back in it, if the gate agrees. */
    public void restoreState(StoryStatus state, KitGate gate, Instant now) {
        if (state == StoryStatus.APPROVED || state == StoryStatus.PUBLISHED) {
            check(gate);
        }
        status = state == StoryStatus.SCHEDULED ? StoryStatus.APPROVED : state;
        if (status == StoryStatus.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return optional(value, field, max);
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, "at most " + max + " characters");
        }
        return v;
    }
}
