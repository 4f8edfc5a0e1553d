package org.hearth.story.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hearth.account.entity.Account;
import org.hearth.account.entity.Role;
import org.hearth.audience.entity.Audience;
import org.hearth.campaign.entity.Campaign;
import org.hearth.consent.entity.ConsentRecord;
import org.hearth.organization.entity.Organization;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.NotPermittedException;
import org.hearth.shared.PublicIds;
import org.hearth.shared.Reason;
import org.hearth.shared.RuleViolationException;
import org.hearth.shared.Slug;

/**
 * One language of a story. A translation is a story of its own (own slug, own status) linked to
 * the original through {@link #translationOf()}, so publishing or unpublishing one language never
 * changes another.
 *
 * <p>Stories are written in Markdown and shown as sanitized HTML. Only a {@link StoryStatus#PUBLISHED}
 * story is visible to the public; everything else is visible to its organization's staff only.
 */
@Entity
@Table(name = "story")
@NamedQuery(name = Story.FIND_BY_SLUG, query = "SELECT s FROM Story s WHERE s.slug = :slug")
@NamedQuery(name = Story.FIND_BY_PUBLIC_ID, query = "SELECT s FROM Story s WHERE s.publicId = :id")
@NamedQuery(name = Story.FIND_BY_CONSENT, query = "SELECT s FROM Story s WHERE s.consentRef = :consent")
@NamedQuery(name = Story.FIND_DUE, query = "SELECT s.id FROM Story s WHERE (s.status = org.hearth.story.entity.StoryStatus.SCHEDULED"
        + " AND s.scheduledAt <= :now) OR (s.status = org.hearth.story.entity.StoryStatus.PUBLISHED AND s.unpublishAt <= :now)")
@NamedQuery(name = Story.SLUG_TAKEN, query = "SELECT COUNT(s) FROM Story s WHERE s.slug = :slug")
public class Story {

    public static final String FIND_BY_SLUG = "Story.findBySlug";
    public static final String FIND_BY_PUBLIC_ID = "Story.findByPublicId";
    public static final String SLUG_TAKEN = "Story.slugTaken";
    public static final String FIND_BY_CONSENT = "Story.findByConsent";
    public static final String FIND_DUE = "Story.findDue";
    public static final int TITLE_LENGTH = 300;
    public static final int SUMMARY_LENGTH = 1000;
    /** Bodies are Markdown; 200,000 characters is a long book chapter, far beyond any story. */
    public static final int BODY_LENGTH = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 32)
    private String publicId;

    @Column(nullable = false, unique = true, length = 160)
    private String slug;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    private NeighbourhoodProject project;

    @ManyToOne
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne
    @JoinColumn(name = "translation_of")
    private Story translationOf;

    @OneToMany(mappedBy = "translationOf")
    private List<Story> translations = new ArrayList<>();

    @Column(nullable = false, length = 16)
    private String lang;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Lob
    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private StoryKind kind;

    @Embedded
    private Attribution attribution;

    @ManyToMany
    @JoinTable(name = "story_audience",
            joinColumns = @JoinColumn(name = "story_id"), inverseJoinColumns = @JoinColumn(name = "audience_id"))
    private Set<Audience> audiences = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "story_topic", joinColumns = @JoinColumn(name = "story_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic", length = 40)
    private Set<Topic> topics = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "story_content_note", joinColumns = @JoinColumn(name = "story_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "note", length = 40)
    private Set<ContentNote> contentNotes = new HashSet<>();

    /** The consent record this story depends on (its public id); wired to consent in the workflow issue. */
    @Column(name = "consent_ref", length = 32)
    private String consentRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private StoryStatus status;

    /** The public id of the media asset shown at the top of the story and on its cards, or null. */
    @Column(name = "hero_media", length = 32)
    private String heroMedia;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** When a scheduled story goes public. */
    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    /** When a published story comes down by itself, if ever. */
    @Column(name = "unpublish_at")
    private Instant unpublishAt;

    /** When it was taken down for good because its consent was withdrawn or expired: its URL answers 410. */
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToOne
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Version
    private int version;

    protected Story() {
    }

    /** A new draft in {@code lang}, written by {@code author} (null for imported content). */
    public static Story draft(NeighbourhoodProject project, String lang, StoryContent content, Account author, Instant now) {
        Story story = new Story();
        story.publicId = PublicIds.next();
        story.organization = project.organization();
        story.project = project;
        story.lang = LanguageTag.of(lang);
        story.status = StoryStatus.DRAFT;
        story.createdAt = now;
        story.createdBy = author;
        story.revise(content, now);
        return story;
    }

    /** A new draft translating this story into {@code lang}; it shares project, campaign, audiences and topics. */
    public Story translate(String lang, StoryContent content, Account author, Instant now) {
        Story original = original();
        String tag = LanguageTag.of(lang);
        if (original.lang.equals(tag) || original.translations.stream().anyMatch(t -> t.lang.equals(tag))) {
            throw new InvalidInputException("lang", "this story already exists in '" + tag + "'");
        }
        Story translation = draft(project, tag, content, author, now);
        translation.translationOf = original;
        translation.campaign = campaign;
        // The same image in every language (an asset has one alt text: translations show it as it is).
        translation.heroMedia = original.heroMedia;
        original.translations.add(translation);
        return translation;
    }

    /** Replaces what the story says. The caller has already checked the version it started from. */
    public final void revise(StoryContent content, Instant now) {
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.kind = content.kind();
        this.attribution = content.attribution();
        replace(topics, content.topics());
        replace(contentNotes, content.contentNotes());
        this.updatedAt = now;
    }

    public void assignSlug(String slug) {
        this.slug = Slug.require(slug, "slug");
    }

    public void placeIn(NeighbourhoodProject project, Campaign campaign) {
        if (!project.organization().slug().equals(organization.slug())) {
            throw new InvalidInputException("project", "belongs to another organization");
        }
        if (campaign != null && !campaign.organization().slug().equals(organization.slug())) {
            throw new InvalidInputException("campaign", "belongs to another organization");
        }
        this.project = project;
        this.campaign = campaign;
    }

    public void addressTo(Set<Audience> audiences) {
        replace(this.audiences, audiences);
    }

    /** Changes a mapped collection in place, and only where it differs, so an unchanged save writes nothing. */
    private static <T> void replace(Set<T> current, Set<T> wanted) {
        if (!current.equals(wanted)) {
            current.retainAll(wanted);
            current.addAll(wanted);
        }
    }

    public void dependOnConsent(String consentRef) {
        this.consentRef = consentRef;
    }

    /** Shows media asset {@code mediaId} (already checked by the media library) at the top, or none. */
    public void showHero(String mediaId) {
        this.heroMedia = mediaId == null || mediaId.isBlank() ? null : mediaId;
    }

    /** The media the story shows, by role: the {@code hero} and the {@code inline} images its body refers to. */
    public java.util.Map<String, List<String>> mediaByRole() {
        return java.util.Map.of("hero", heroMedia == null ? List.of() : List.of(heroMedia),
                "inline", org.hearth.shared.MarkdownRenderer.mediaReferences(body));
    }

    /** The media the story shows as (role, media id) pairs, in the order a reader meets them. */
    public List<java.util.Map.Entry<String, String>> mediaUses() {
        List<java.util.Map.Entry<String, String>> uses = new ArrayList<>();
        if (heroMedia != null) {
            uses.add(java.util.Map.entry("hero", heroMedia));
        }
        org.hearth.shared.MarkdownRenderer.mediaReferences(body).forEach(id -> uses.add(java.util.Map.entry("inline", id)));
        return uses;
    }

    /**
     * Brings in content from the content folder in the state it was exported in. Only import may
     * set a state directly; everything else goes through the workflow. A state cleared for
     * publication (approved, scheduled, published) still goes through the {@code gate}, as approval
     * and publication do: a story it refuses comes in as a draft, and the refusal is returned so the
     * import can say so.
     */
    public java.util.Optional<RuleViolationException> restoreState(StoryStatus status, Instant publishedAt,
                                                                   PublicationGate gate) {
        if (status == StoryStatus.PUBLISHED && publishedAt == null) {
            throw new InvalidInputException("published_at", "a published story needs its publication time");
        }
        if (status == StoryStatus.APPROVED || status == StoryStatus.SCHEDULED || status == StoryStatus.PUBLISHED) {
            try {
                gate.check(this);
            } catch (RuleViolationException refused) {
                this.status = StoryStatus.DRAFT;
                this.publishedAt = null;
                return java.util.Optional.of(refused);
            }
        }
        this.status = status;
        this.publishedAt = publishedAt;
        return java.util.Optional.empty();
    }

    /**
     * The workflow steps {@code role} may take from the current state, in the order the editor
     * offers them ({@link StoryTransition}'s). Only the consent gate can still refuse one of these
     * (it is asked when taken).
     */
    public List<String> actionsFor(Role role) {
        return Stream.of(StoryTransition.values())
                .filter(t -> t.isAnAction() && t.allows(role) && t.leavesFrom(status))
                .filter(t -> t != StoryTransition.PUBLISH || !isGone())
                .map(StoryTransition::action)
                .toList();
    }

    /** An author hands a draft (or a story sent back) to the editors. */
    public void submit(Role role, Instant now) {
        take(StoryTransition.SUBMIT, role);
    }

    public void requestChanges(Role role, Instant now) {
        take(StoryTransition.REQUEST_CHANGES, role);
        scheduledAt = null;
    }

    /** An editor approves; the gate (consent, storyteller approval) must have nothing to object. */
    public void approve(Role role, PublicationGate gate, Instant now) {
        guard(StoryTransition.APPROVE, role);
        gate.check(this);
        status = StoryTransition.APPROVE.to();
    }

    /**
     * Publishes now, or schedules publication at {@code at}. The gate is asked again: a consent can
     * change between approval and publication.
     */
    public void publish(Role role, PublicationGate gate, Instant at, Instant now) {
        guard(StoryTransition.PUBLISH, role);
        refuseIfGone();
        gate.check(this);
        if (at != null && at.isAfter(now)) {
            status = StoryStatus.SCHEDULED;
            scheduledAt = at;
        } else {
            goPublic(now);
        }
    }

    /** The scheduler publishes a story whose time has come, if the gate still agrees; false when it refused. */
    public boolean publishIfDue(PublicationGate gate, Instant now) {
        if (status != StoryStatus.SCHEDULED || scheduledAt == null || scheduledAt.isAfter(now)) {
            return false;
        }
        gate.check(this);
        goPublic(now);
        return true;
    }

    /** Sets (or clears) the moment a published story comes down by itself. */
    public void unpublishAt(Instant at) {
        this.unpublishAt = at;
    }

    public void unpublish(Role role, Instant now) {
        take(StoryTransition.UNPUBLISH, role);
        scheduledAt = null;
        unpublishAt = null;
    }

    /** The scheduler's unpublication at {@link #unpublishAt()}. */
    public boolean unpublishIfDue(Instant now) {
        if (status != StoryStatus.PUBLISHED || unpublishAt == null || unpublishAt.isAfter(now)) {
            return false;
        }
        status = StoryStatus.UNPUBLISHED;
        unpublishAt = null;
        return true;
    }

    /** Out of the editor's lists for good: only from a draft, a story sent back, or one taken off the site. */
    public void archive(Role role, Instant now) {
        take(StoryTransition.ARCHIVE, role);
        scheduledAt = null;
        unpublishAt = null;
    }

    /**
     * Its consent no longer covers it: out of every public surface for good, whatever state it was
     * in. Nobody may refuse this, and it needs no role: the storyteller's word is enough.
     */
    public void takeDown(Instant now) {
        if (status == StoryStatus.PUBLISHED || status == StoryStatus.SCHEDULED || status == StoryStatus.APPROVED) {
            status = StoryStatus.UNPUBLISHED;
        }
        scheduledAt = null;
        unpublishAt = null;
        withdrawnAt = now;
    }

    /** What a consent that stopped covering a story did to it ({@link #loseCoverage}). */
    public enum CoverageLoss {
        /** Nothing: still covered, already gone, or not cleared for publication anyway. */
        NONE,
        /** Taken down for good ({@link #takeDown}). */
        TAKEN_DOWN,
        /** Back to review until an editor clears it again. */
        BACK_TO_REVIEW
    }

    /**
     * The reason codes after which the consent allows the story nowhere on the website any more:
     * withdrawn, expired, or the website no longer among its channels. Anything narrower (a
     * language, an audience, the way the storyteller is named) can be fixed by editing the story.
     */
    static final Set<String> ENDS_PUBLICATION = Set.of(ConsentRecord.WITHDRAWN, ConsentRecord.EXPIRED,
            ConsentRecord.NOT_WEBSITE);

    /**
     * Its consent changed and no longer covers it for the {@code uncovered} reasons (the gate's
     * coverage reasons, by code): withdrawn, expired or off the website takes it down for good;
     * narrower terms send a cleared (approved, scheduled or published) story back to review, off
     * the site until an editor clears it again. A story already gone, or still covered, is left alone.
     */
    public CoverageLoss loseCoverage(List<Reason> uncovered, Instant now) {
        if (isGone() || uncovered.isEmpty()) {
            return CoverageLoss.NONE;
        }
        if (uncovered.stream().map(Reason::code).anyMatch(ENDS_PUBLICATION::contains)) {
            takeDown(now);
            return CoverageLoss.TAKEN_DOWN;
        }
        if (isCleared()) {
            reopenReview();
            return CoverageLoss.BACK_TO_REVIEW;
        }
        return CoverageLoss.NONE;
    }

    /** Removes the storyteller's words from this story (kept: that it existed and was withdrawn). */
    public void purgeText(String placeholder, Instant now) {
        this.title = placeholder;
        this.summary = placeholder;
        this.body = placeholder;
        this.updatedAt = now;
    }

    /** Approved, scheduled or published: cleared for publication by an editor. */
    public boolean isCleared() {
        return status == StoryStatus.APPROVED || status == StoryStatus.SCHEDULED || status == StoryStatus.PUBLISHED;
    }

    /** Sends an approved or public story back to review after a change the storyteller has not seen. */
    public void reopenReview() {
        expect(StoryTransition.REOPEN_REVIEW);
        status = StoryTransition.REOPEN_REVIEW.to();
        scheduledAt = null;
    }

    /** Whether publication depends on a storyteller's consent. */
    public boolean needsConsent() {
        return kind == StoryKind.LIVED_EXPERIENCE || consentRef != null;
    }

    /** A digest of what the storyteller reviews (title, summary, body): an approval holds for exactly this. */
    public String fingerprint() {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {title, summary, body, attribution.type().code(), String.valueOf(attribution.name())}) {
                digest.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void goPublic(Instant now) {
        status = StoryStatus.PUBLISHED;
        scheduledAt = null;
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    private void refuseIfGone() {
        if (withdrawnAt != null) {
            throw new RuleViolationException("consent-withdrawn",
                    "This story was taken down because its consent was withdrawn or expired; it cannot be published again.");
        }
    }

    /** Checks {@code role} and the current state against the table, then moves to the step's target. */
    private void take(StoryTransition transition, Role role) {
        guard(transition, role);
        status = transition.to();
    }

    private void guard(StoryTransition transition, Role role) {
        if (!transition.allows(role)) {
            throw new NotPermittedException("Your role (" + role.code() + ") may not " + transition.permission() + ".");
        }
        expect(transition);
    }

    private void expect(StoryTransition transition) {
        if (!transition.leavesFrom(status)) {
            throw new RuleViolationException("transition-not-allowed",
                    "A story that is " + status.code() + " cannot " + transition.step() + ".");
        }
    }

    /** Still being written: a draft, or sent back for changes. */
    public boolean isDraft() {
        return status == StoryStatus.DRAFT || status == StoryStatus.CHANGES_REQUESTED;
    }

    public boolean isPublic() {
        return status.isPublic();
    }

    /** Taken down for good because of its consent: its public URL answers 410 Gone. */
    public boolean isGone() {
        return withdrawnAt != null;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public Instant unpublishAt() {
        return unpublishAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    /** The original this story translates, or itself when it is the original. */
    public Story original() {
        return translationOf == null ? this : translationOf;
    }

    /** Every other language of this story, in any state. */
    public List<Story> otherLanguages() {
        Story original = original();
        return Stream.concat(Stream.of(original), original.translations.stream())
                // By id: outside a transaction, each read may come from its own persistence context.
                .filter(s -> !s.publicId.equals(publicId))
                .sorted(Comparator.comparing(Story::lang))
                .toList();
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public String slug() {
        return slug;
    }

    public Organization organization() {
        return organization;
    }

    public NeighbourhoodProject project() {
        return project;
    }

    public Campaign campaign() {
        return campaign;
    }

    public Story translationOf() {
        return translationOf;
    }

    public String lang() {
        return lang;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public StoryKind kind() {
        return kind;
    }

    public Attribution attribution() {
        return attribution;
    }

    public List<Audience> audiences() {
        return audiences.stream().sorted(Comparator.comparing(Audience::code)).toList();
    }

    public List<Topic> topics() {
        return topics.stream().sorted().toList();
    }

    public List<ContentNote> contentNotes() {
        return contentNotes.stream().sorted().toList();
    }

    public String consentRef() {
        return consentRef;
    }

    public String heroMedia() {
        return heroMedia;
    }

    public StoryStatus status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
