package org.hearth.story.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Role;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audience.entity.Audience;
import org.hearth.campaign.boundary.Campaigns;
import org.hearth.campaign.entity.Campaign;
import org.hearth.consent.boundary.Consents;
import org.hearth.consent.entity.ConsentRecord;
import org.hearth.platform.faces.StudioRouter;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioText;
import org.hearth.project.boundary.Projects;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.BusinessException;
import org.hearth.shared.Coded;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.MarkdownRenderer;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.StaleVersionException;
import org.hearth.story.boundary.ReviewLinks;
import org.hearth.story.boundary.Stories;
import org.hearth.story.boundary.StoryChecks;
import org.hearth.story.boundary.StoryInput;
import org.hearth.story.boundary.StoryWorkflow;
import org.hearth.story.entity.AttributionType;
import org.hearth.story.entity.ContentNote;
import org.hearth.story.entity.ReviewLink;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryContent;
import org.hearth.story.entity.StoryKind;
import org.hearth.story.entity.StorytellerDecision;
import org.hearth.story.entity.Topic;

/**
 * The story editor: a new draft ({@code /studio/stories/new}) or an existing story
 * ({@code /studio/stories/{id}}) with its checks, workflow, storyteller review, translations and
 * history. It holds the form's values and hands them to the boundaries the API uses; every rule
 * lives there. The version the edit started from travels in the form, so a stale save is a
 * conflict the person resolves by hand, never a silent overwrite.
 */
@Named("storyEdit")
@RequestScoped
public class StoryEditBacking {

    @Inject
    org.hearth.media.boundary.MediaLibrary media;

    @Inject
    Stories stories;

    @Inject
    StoryWorkflow workflow;

    @Inject
    StoryChecks checks;

    @Inject
    ReviewLinks reviewLinks;

    @Inject
    Consents consents;

    @Inject
    Projects projects;

    @Inject
    Campaigns campaigns;

    @Inject
    Audiences audiences;

    @Inject
    Caller caller;

    private String id;
    private Integer version;
    private String title;
    private String summary;
    private String body;
    private String lang = "en";
    private String kind = StoryKind.COMPOSITE.code();
    private String project;
    private String campaign;
    private String attributionType = AttributionType.ANONYMOUS.code();
    private String attributionName;
    private String consent;
    /** The hero image's id; "" for none, null (a form without the picker) keeps the story's. */
    private String heroMedia = "";
    private List<String> audienceCodes = new ArrayList<>();
    private List<String> topicCodes = new ArrayList<>();
    private List<String> noteCodes = new ArrayList<>();
    private String comment;
    private String publishAt;
    private String translationLang;
    private String approvalNote;
    private String issuedLink;
    private Story story;
    private Map<String, Object> theirs;
    private Integer theirVersion;
    private List<StoryChecks.Finding> findings;
    private String autosaveState;

    /**
     * On a postback the story is needed before the form is decoded (which buttons exist depends on
     * its state), so it is read from the forms' plain {@code storyId} field as soon as the bean exists.
     */
    @PostConstruct
    void restoreForPostback() {
        String storyId = external().getRequestParameterMap().get("storyId");
        if (storyId != null && !storyId.isBlank()) {
            try {
                story = stories.read(storyId);
                id = story.publicId();
            } catch (ResourceNotFoundException e) {
                story = null;
            }
        }
    }

    /** Loads the story named in the address on the first request (postbacks carry the form's own values). */
    public void load() {
        Object routed = external().getRequestMap().get(StudioRouter.STORY_ID);
        if (routed == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            fill(stories.read(routed.toString()));
        } catch (ResourceNotFoundException e) {
            try {
                external().responseSendError(404, null);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void fill(Story loaded) {
        story = loaded;
        id = loaded.publicId();
        version = loaded.version();
        title = loaded.title();
        summary = loaded.summary();
        body = loaded.body();
        lang = loaded.lang();
        kind = loaded.kind().code();
        project = loaded.project().slug();
        campaign = loaded.campaign() == null ? null : loaded.campaign().slug();
        attributionType = loaded.attribution().type().code();
        attributionName = loaded.attribution().name();
        consent = loaded.consentRef();
        heroMedia = loaded.heroMedia() == null ? "" : loaded.heroMedia();
        audienceCodes = new ArrayList<>(loaded.audiences().stream().map(Audience::code).toList());
        topicCodes = new ArrayList<>(loaded.topics().stream().map(Topic::code).toList());
        noteCodes = new ArrayList<>(loaded.contentNotes().stream().map(ContentNote::code).toList());
    }

    private StoryInput input() {
        return new StoryInput(null, project, blankToNull(campaign), lang, title, summary, body, audienceCodes, topicCodes,
                noteCodes, kind, new StoryInput.AttributionInput(attributionType, attributionName), blankToNull(consent), version, heroMedia);
    }

    public String save() {
        try {
            Story saved = id == null ? stories.create(input()) : stories.update(id, input(), null);
            StudioText.info("editor.saved");
            StudioPage.redirect("/studio/stories/" + saved.publicId());
        } catch (StaleVersionException conflict) {
            showConflict(conflict);
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(e -> StudioText.errorAt(fieldId(e.field()), StudioText.fieldError(label(e.field()), e)));
        } catch (BusinessException refused) {
            StudioText.refused(refused);
        }
        return null;
    }

    /**
     * Someone else saved first: their version is shown beside mine, and the form keeps mine. The
     * form now starts from their version, so saving again (after merging by hand) is a deliberate
     * overwrite of what the person has seen, not of something they have not.
     */
    private void showConflict(StaleVersionException conflict) {
        theirs = conflict.currentState();
        theirVersion = stories.read(id).version();
        version = theirVersion;
        StudioText.error("editor.conflict");
    }

    /**
     * The editor's autosave (every 30 s while a draft's form changed; a plain AJAX post): saves a
     * draft without a message or redirect, one revision per sitting. Anything else is left alone,
     * and a conflict stops autosaving until the person saves by hand.
     */
    public void autosave() {
        if (story == null || !story.isDraft() || story.version() != (version == null ? -1 : version)) {
            autosaveState = story != null && story.isDraft() ? "conflict" : "off";
            return;
        }
        try {
            version = stories.autosave(id, input()).version();
            autosaveState = "saved";
        } catch (StaleVersionException conflict) {
            autosaveState = "conflict";
        } catch (BusinessException refused) {
            autosaveState = "invalid";
        }
    }

    /** Runs a workflow step ({@code submit}, {@code approve}, {@code publish}…) on the saved story. */
    public String transition(String action) {
        try {
            workflow.transition(id, action, "publish".equals(action) ? when(publishAt) : null, blankToNull(comment));
            StudioText.info("editor.transitioned." + action);
            StudioPage.redirect("/studio/stories/" + id);
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(e -> StudioText.errorAt(null, StudioText.fieldError(label(e.field()), e)));
            fill(stories.read(id));
        } catch (BusinessException refused) {
            StudioText.refused(refused);
            fill(stories.read(id));
        }
        return null;
    }

    /** A publication time typed as {@code 2027-02-22T09:00} (UTC); blank is now. */
    static Instant when(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(typed.strip()).toInstant(java.time.ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("publishAt", "is a date and time like 2027-02-22T09:00");
        }
    }

    /** Records, on the storyteller's behalf, that they approved exactly the text stored now. */
    public String recordApproval() {
        try {
            workflow.recordDecision(id, story.version(), StorytellerDecision.Decision.APPROVED, blankToNull(approvalNote));
            StudioText.info("editor.storytellerRecorded");
            StudioPage.redirect("/studio/stories/" + id);
        } catch (BusinessException refused) {
            StudioText.refused(refused);
            fill(stories.read(id));
        }
        return null;
    }

    /** A private review link for the storyteller, shown once (only its hash is kept). */
    public String createReviewLink() {
        try {
            issuedLink = reviewLinks.create(id).url();
            StudioText.info("editor.linkCreated");
        } catch (BusinessException refused) {
            StudioText.refused(refused);
        }
        fill(stories.read(id));
        return null;
    }

    public String revokeReviewLink(String linkId) {
        try {
            reviewLinks.revoke(id, linkId);
            StudioText.info("editor.linkRevoked");
        } catch (BusinessException refused) {
            StudioText.refused(refused);
        }
        fill(stories.read(id));
        return null;
    }

    /** Starts a translation into {@code translationLang}, from the original's text, and opens it beside the original. */
    public String translate() {
        try {
            Story original = story.original();
            Story translation = workflow.translate(id, blankToNull(translationLang), new StoryContent(original.title(),
                    original.summary(), original.body(), original.kind(), original.attribution(),
                    java.util.Set.copyOf(original.topics()), java.util.Set.copyOf(original.contentNotes())));
            StudioText.info("editor.translationStarted");
            StudioPage.redirect("/studio/stories/" + translation.publicId());
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(e -> StudioText.errorAt("translateForm:translationLang", StudioText.words(e)));
            fill(stories.read(id));
        } catch (BusinessException refused) {
            StudioText.errorAt("translateForm:translationLang", refused.getMessage());
            fill(stories.read(id));
        }
        return null;
    }

    // ---------------------------------------------------------------- what the page shows

    /** The same sanitizing renderer as the public site, so the preview is what readers get. */
    public String getPreview() {
        return MarkdownRenderer.toHtml(body, media.previewFigures());
    }

    /** The original beside a translation; null for an original. */
    public Story getOriginal() {
        return story == null ? null : story.translationOf();
    }

    public String render(String markdown) {
        return MarkdownRenderer.toHtml(markdown, media.previewFigures());
    }

    public List<Story> getTranslations() {
        return story == null ? List.of() : story.otherLanguages();
    }

    public List<StoryChecks.Finding> getChecks() {
        if (findings == null) {
            findings = story == null ? List.of() : checks.of(id, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return findings;
    }

    public boolean isBlocked() {
        return getChecks().stream().anyMatch(StoryChecks.Finding::blocking);
    }

    /** Workflow steps this person may take now (the entity decides; the gate is asked when taken). */
    public List<String> getActions() {
        if (story == null) {
            return List.of();
        }
        return story.actionsFor(caller.roleIn(story.organization()));
    }

    public boolean isMayHandleConsents() {
        return story != null && caller.account().roleIn(story.organization()).map(Role::mayHandleConsents).orElse(false);
    }

    public List<ReviewLink> getReviewLinks() {
        return isMayHandleConsents() ? reviewLinks.of(id) : List.of();
    }

    public boolean usable(ReviewLink link) {
        return link.isUsableAt(Instant.now());
    }

    public Optional<StorytellerDecision> getDecision() {
        return story == null ? Optional.empty() : workflow.latestDecision(story);
    }

    /** Whether the storyteller's latest decision approves exactly this text. */
    public boolean isStorytellerApproved() {
        return getDecision().map(d -> d.approves(story)).orElse(false);
    }

    /** The consents the person may pick from (those they may see), plus the story's own if it is not among them. */
    public List<ConsentRecord> getConsents() {
        return consents.visible().stream().filter(c -> c.withdrawnAt() == null).toList();
    }

    public String consentLabel(ConsentRecord record) {
        return record.terms().storyteller() + " — " + StudioText.text("editor.consentUntil", record.expiresOn());
    }

    public List<NeighbourhoodProject> getProjects() {
        java.util.Set<String> working = working();
        return projects.page(null, 1000).stream().filter(p -> working.contains(p.organization().slug())).toList();
    }

    public List<Campaign> getCampaigns() {
        java.util.Set<String> working = working();
        return campaigns.page(null, 1000).stream().filter(c -> working.contains(c.organization().slug())).toList();
    }

    /** The organization the studio works in, and an opened story's own (reached by its address). */
    private java.util.Set<String> working() {
        var working = new java.util.HashSet<>(caller.inView(Role::mayAuthor).stream().map(o -> o.slug()).toList());
        if (story != null) {
            working.add(story.organization().slug());
        }
        return working;
    }

    public List<Audience> getAudiences() {
        return audiences.all();
    }

    public Topic[] getTopics() {
        return Topic.values();
    }

    public ContentNote[] getContentNotes() {
        return ContentNote.values();
    }

    public StoryKind[] getKinds() {
        return StoryKind.values();
    }

    public AttributionType[] getAttributionTypes() {
        return AttributionType.values();
    }

    public String statusLabel() {
        return story == null ? StudioText.text("status.new") : StudioText.text("status." + story.status().code());
    }

    public String codeLabel(Coded value) {
        return StudioText.text("code." + value.code());
    }

    /** The editor's field an error is about, so the message can point at it. */
    static String fieldId(String field) {
        return switch (field) {
            case "title", "summary", "body", "kind", "project", "consent", "audiences", "topics" -> "editor:" + field;
            case "contentNotes" -> "editor:notes";
            case "attribution", "attribution.type" -> "editor:attribution";
            case "attribution.name" -> "editor:attributionName";
            default -> null;
        };
    }

    private static String label(String field) {
        String key = "editor." + field.replace("attribution.name", "attributionName").replace("attribution.type", "attribution");
        return StudioText.has(key) ? StudioText.text(key) : field;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    // ---------------------------------------------------------------- form values

    public Story getStory() {
        return story;
    }

    public Map<String, Object> getTheirs() {
        return theirs;
    }

    public Integer getTheirVersion() {
        return theirVersion;
    }

    public String getIssuedLink() {
        return issuedLink;
    }

    public String getAutosaveState() {
        return autosaveState;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null || id.isBlank() ? null : id;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public String getAttributionType() {
        return attributionType;
    }

    public void setAttributionType(String attributionType) {
        this.attributionType = attributionType;
    }

    public String getAttributionName() {
        return attributionName;
    }

    public void setAttributionName(String attributionName) {
        this.attributionName = attributionName;
    }

    public String getConsent() {
        return consent;
    }

    public void setConsent(String consent) {
        this.consent = consent;
    }

    public String getHeroMedia() {
        return heroMedia;
    }

    public void setHeroMedia(String heroMedia) {
        this.heroMedia = heroMedia;
    }

    public List<String> getAudienceCodes() {
        return audienceCodes;
    }

    public void setAudienceCodes(List<String> audienceCodes) {
        this.audienceCodes = audienceCodes;
    }

    public List<String> getTopicCodes() {
        return topicCodes;
    }

    public void setTopicCodes(List<String> topicCodes) {
        this.topicCodes = topicCodes;
    }

    public List<String> getNoteCodes() {
        return noteCodes;
    }

    public void setNoteCodes(List<String> noteCodes) {
        this.noteCodes = noteCodes;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(String publishAt) {
        this.publishAt = publishAt;
    }

    public String getTranslationLang() {
        return translationLang;
    }

    public void setTranslationLang(String translationLang) {
        this.translationLang = translationLang;
    }

    public String getApprovalNote() {
        return approvalNote;
    }

    public void setApprovalNote(String approvalNote) {
        this.approvalNote = approvalNote;
    }
}
