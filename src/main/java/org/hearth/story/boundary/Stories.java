package org.hearth.story.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.hearth.media.boundary.MediaLibrary;
import org.hearth.media.entity.MediaKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Role;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.campaign.boundary.Campaigns;
import org.hearth.campaign.entity.Campaign;
import org.hearth.organization.boundary.Organizations;
import org.hearth.organization.entity.Organization;
import org.hearth.project.boundary.Projects;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.ContentGoneException;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.Slug;
import org.hearth.shared.StaleVersionException;
import org.hearth.story.control.ConsentGate;
import org.hearth.story.control.RevisionLog;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;
import org.hearth.story.entity.StoryContent;

/**
 * The way in to stories, for the public (published stories only, whoever asks) and for staff
 * (their organizations' stories in any state, as their role allows).
 */
@ApplicationScoped
public class Stories {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Organizations organizations;

    @Inject
    Projects projects;

    @Inject
    Campaigns campaigns;

    @Inject
    Audiences audiences;

    @Inject
    RevisionLog revisions;

    @Inject
    ConsentGate gate;

    @Inject
    MediaLibrary media;

    @Inject
    AuditLog audit;

    @Inject
    Event<StoryVisibilityChanged> visibility;

    private final Clock clock = Clock.systemUTC();

    // ---------------------------------------------------------------- public

    /** Published stories matching {@code query}, newest first; one more than {@code limit} tells there is a next page. */
    public List<Story> published(StoryQuery query, int limit) {
        return query.fetch(em, limit);
    }

    /**
     * A published story by slug. A story taken down because of its consent is gone (410); anything
     * else unpublished is not found — drafts never leak, not even their existence.
     */
    public Story publishedBySlug(String slug) {
        Story story = findBySlug(slug).orElseThrow(() -> new ResourceNotFoundException("story", slug));
        if (story.isGone()) {
            throw new ContentGoneException();
        }
        if (!story.isPublic()) {
            throw new ResourceNotFoundException("story", slug);
        }
        return story;
    }

    /** Stories by their public ids, whatever their state (for statistics about them). */
    public List<Story> findByPublicIds(java.util.Collection<String> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT s FROM Story s WHERE s.publicId IN :ids", Story.class)
                .setParameter("ids", ids).getResultList();
    }

    public Optional<Story> findBySlug(String slug) {
        return em.createNamedQuery(Story.FIND_BY_SLUG, Story.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    // ---------------------------------------------------------------- studio

    /** A new draft in the caller's organization; the caller must be allowed to author there. */
    @Transactional
    public Story create(StoryInput input) {
        return create(input, Role::mayAuthor, "write stories");
    }

    /**
     * A draft made of an accepted youth submission, by a moderator (who need not be an author): the
     * same draft as any other, bound by the workflow and its consent gate from here.
     */
    @Transactional
    public Story createFromSubmission(StoryInput input) {
        return create(input, Role::mayModerate, "accept submissions into stories");
    }

    private Story create(StoryInput input, java.util.function.Predicate<Role> allowed, String action) {
        Organization organization = organizationOf(input);
        caller.require(organization, allowed, action);
        NeighbourhoodProject project = projectIn(organization, input.project());
        Story story = Story.draft(project, input.lang(), input.content(), em.merge(caller.account()), clock.instant());
        story.placeIn(project, campaignIn(organization, input.campaign()));
        story.addressTo(audiences.byCodes(input.audiences(), "audiences"));
        story.dependOnConsent(input.consent());
        story.showHero(hero(organization, input.heroMedia()));
        requireImages(organization, story.body());
        story.assignSlug(freeSlug(Slug.from(story.title())));
        em.persist(story);
        media.use("story", story.publicId(), story.title(), story.mediaByRole(), story.isPublic());
        revisions.record(story, caller.account().email(), clock.instant());
        audit.record(organization.id(), caller.account().email(), "story.created", "story", story.publicId(), null);
        return story;
    }

    /** A story of one of the caller's organizations, by id; other organizations' stories do not exist for them. */
    public Story read(String id) {
        return em.createNamedQuery(Story.FIND_BY_PUBLIC_ID, Story.class).setParameter("id", id)
                .getResultStream().findFirst()
                .filter(s -> caller.mayRead(s.organization()))
                .orElseThrow(() -> new ResourceNotFoundException("story", id));
    }

    /** Saves an edit made from {@code input.version()}; someone else's newer save is never overwritten. */
    @Transactional
    public Story update(String id, StoryInput input, Integer ifMatchVersion) {
        return update(read(id), input, ifMatchVersion, false);
    }

    /**
     * The editor's autosave of a draft: an edit like any other, except that a sitting's autosaves
     * share one revision and one audit entry, so the history is not flooded. Drafts only: a story
     * under review or public changes only when someone saves it on purpose.
     */
    @Transactional
    public Story autosave(String id, StoryInput input) {
        Story story = read(id);
        if (!story.isDraft()) {
            throw new org.hearth.shared.RuleViolationException("autosave-drafts-only",
                    "Only drafts are saved automatically; save this story yourself.");
        }
        return update(story, input, null, true);
    }

    private Story update(Story story, StoryInput input, Integer ifMatchVersion, boolean autosave) {
        Integer from = input.version() != null ? input.version() : ifMatchVersion;
        if (from == null) {
            throw new InvalidInputException("version", "send the version your edit started from");
        }
        StoryContent content = input.content();
        if (input.project() != null || input.campaign() != null) {
            NeighbourhoodProject project = input.project() == null ? story.project()
                    : projectIn(story.organization(), input.project());
            story.placeIn(project, campaignIn(story.organization(), input.campaign()));
        }
        story.addressTo(audiences.byCodes(input.audiences(), "audiences"));
        story.dependOnConsent(input.consent());
        if (input.heroMedia() != null) {
            // Absent keeps the hero (clients that predate media must not drop it); "" removes it.
            story.showHero(hero(story.organization(), input.heroMedia()));
        }
        requireImages(story.organization(), content.body());
        Story saved = save(story, content, from, null, autosave);
        media.use("story", saved.publicId(), saved.title(), saved.mediaByRole(), saved.isPublic());
        return saved;
    }

    /** The hero image {@code id} names: an image of this organization's library, or none. */
    private String hero(Organization organization, String id) {
        return id == null || id.isBlank() ? null : media.usable(organization, id, "heroMedia", MediaKind.IMAGE).publicId();
    }

    /** Every {@code ![alt](media:ID)} in a body names an image, video or audio of this organization's library (else 400 on {@code body}). */
    private void requireImages(Organization organization, String body) {
        org.hearth.shared.MarkdownRenderer.mediaReferences(body)
                .forEach(id -> media.usable(organization, id, "body", MediaKind.IMAGE, MediaKind.VIDEO, MediaKind.AUDIO));
    }

    /** A story became public or stopped being: the media it shows are served, or not, from now. */
    void onVisibility(@jakarta.enterprise.event.Observes StoryVisibilityChanged change) {
        Story story = em.find(Story.class, change.storyId());
        if (story != null) {
            media.use("story", story.publicId(), story.title(), story.mediaByRole(), change.nowPublic());
        }
    }

    /**
     * The one way a story's text changes (edit, restore): checks the version the edit started from,
     * records a revision, and sends an approved or public story about a person back to review when
     * the consent gate no longer agrees — the storyteller approved the old text, not this one.
     */
    @Transactional
    public Story save(Story story, StoryContent content, int fromVersion, String note) {
        return save(story, content, fromVersion, note, false);
    }

    private Story save(Story story, StoryContent content, int fromVersion, String note, boolean autosave) {
        caller.require(story.organization(), Role::mayAuthor, "edit stories");
        if (fromVersion != story.version()) {
            throw new StaleVersionException(fromVersion, story.version(), Map.of("title", story.title(),
                    "summary", story.summary(), "body", story.body(), "updatedAt", story.updatedAt().toString()));
        }
        boolean wasPublic = story.isPublic();
        Instant now = clock.instant();
        story.revise(content, now);
        if (story.isCleared() && !gate.problems(story).isEmpty()) {
            story.reopenReview();
            audit.record(story.organization().id(), caller.account().email(), "story.review-reopened", "story",
                    story.publicId(), String.join("; ", gate.problems(story)));
        }
        String author = caller.account().email();
        if (!autosave) {
            revisions.record(story, author, now);
            audit.record(story.organization().id(), author, "story.saved", "story", story.publicId(), note);
        } else if (revisions.recordAutosave(story, author, now)) {
            audit.record(story.organization().id(), author, "story.autosaved", "story", story.publicId(), note);
        }
        if (wasPublic || story.isPublic()) {
            // Search, feeds and caches re-read a public story whose text changed, and drop one that left.
            visibility.fire(new StoryVisibilityChanged(story.id(), story.slug(), story.lang(), story.isPublic(), false));
        }
        return story;
    }

    /**
     * The caller's organizations' stories matching {@code query}, most recently changed first (in the
     * studio, the organization the session works in).
     */
    public List<Story> forStaff(StoryQuery query, int limit) {
        caller.account();
        query.organizations(caller.inView(Role::mayReadDrafts).stream().map(Organization::id).toList());
        return query.fetch(em, limit);
    }

    private Organization organizationOf(StoryInput input) {
        if (input.organization() != null) {
            return organizations.named(input.organization());
        }
        if (input.project() != null) {
            return projects.find(input.project()).map(NeighbourhoodProject::organization)
                    .orElseThrow(() -> new InvalidInputException("project", "no project '" + input.project() + "'"));
        }
        throw new InvalidInputException("organization", "is required");
    }

    private NeighbourhoodProject projectIn(Organization organization, String slug) {
        if (slug == null || slug.isBlank()) {
            throw new InvalidInputException("project", "is required");
        }
        NeighbourhoodProject project = projects.find(slug)
                .orElseThrow(() -> new InvalidInputException("project", "no project '" + slug + "'"));
        if (!project.organization().slug().equals(organization.slug())) {
            throw new InvalidInputException("project", "'" + slug + "' belongs to another organization");
        }
        return project;
    }

    private Campaign campaignIn(Organization organization, String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        Campaign campaign = campaigns.find(slug)
                .orElseThrow(() -> new InvalidInputException("campaign", "no campaign '" + slug + "'"));
        if (!campaign.organization().slug().equals(organization.slug())) {
            throw new InvalidInputException("campaign", "'" + slug + "' belongs to another organization");
        }
        return campaign;
    }

    /** The caller's organizations' stories bound to consent {@code consentId} (for the consent's page). */
    public List<Story> dependingOn(String consentId) {
        return em.createNamedQuery(Story.FIND_BY_CONSENT, Story.class).setParameter("consent", consentId)
                .getResultStream().filter(s -> caller.mayRead(s.organization())).toList();
    }

    /**
     * An imported story takes the state it was exported in, through the consent gate when that state
     * is cleared for publication: the refusal, when the gate refused and the story came in as a draft.
     */
    public java.util.Optional<org.hearth.shared.RuleViolationException> restoreState(Story story, StoryStatus status,
                                                                                     Instant publishedAt) {
        return story.restoreState(status, publishedAt, gate);
    }

    /** Adds a story built elsewhere (the content importer), with its own slug or a free one from its title. */
    public void add(Story story, String wantedSlug) {
        story.assignSlug(freeSlug(wantedSlug == null ? Slug.from(story.title()) : wantedSlug));
        em.persist(story);
        media.use("story", story.publicId(), story.title(), story.mediaByRole(), story.isPublic());
    }

    /** {@code base}, or the first free {@code base-n}: slugs are unique across the site. */
    public String freeSlug(String base) {
        String candidate = base;
        for (int n = 2; slugTaken(candidate); n++) {
            candidate = Slug.numbered(base, n);
        }
        return candidate;
    }

    private boolean slugTaken(String slug) {
        // No flush first: a story being added is not persisted yet (it has no slug until this answers).
        return em.createNamedQuery(Story.SLUG_TAKEN, Long.class).setParameter("slug", slug)
                .setFlushMode(FlushModeType.COMMIT).getSingleResult() > 0;
    }
}
