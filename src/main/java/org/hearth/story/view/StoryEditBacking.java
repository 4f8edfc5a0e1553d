package org.hearth.story.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.hearth.account.boundary.Caller;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audience.entity.Audience;
import org.hearth.platform.faces.StudioRouter;
import org.hearth.project.boundary.Projects;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.BusinessException;
import org.hearth.shared.Coded;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.MarkdownRenderer;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.StaleVersionException;
import org.hearth.story.boundary.Stories;
import org.hearth.story.boundary.StoryInput;
import org.hearth.story.boundary.StoryWorkflow;
import org.hearth.story.entity.AttributionType;
import org.hearth.story.entity.ContentNote;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryKind;
import org.hearth.story.entity.Topic;

/**
 * The story editor: a new draft ({@code /studio/stories/new}) or an existing story
 * ({@code /studio/stories/{id}}). It holds the form's values and hands them to the same
 * {@link Stories} and {@link StoryWorkflow} boundaries the API uses; every rule lives there.
 * The version the edit started from travels in the form, so a stale save is a clear conflict.
 */
@Named("storyEdit")
@RequestScoped
public class StoryEditBacking {

    @Inject
    Stories stories;

    @Inject
    StoryWorkflow workflow;

    @Inject
    Projects projects;

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
    private String attributionType = AttributionType.ANONYMOUS.code();
    private String attributionName;
    private String consent;
    private List<String> audienceCodes = new ArrayList<>();
    private List<String> topicCodes = new ArrayList<>();
    private List<String> noteCodes = new ArrayList<>();
    private Story story;
    private String theirTitle;
    private String theirBody;

    /**
     * On a workflow postback, the story is needed before the buttons are decoded (they depend on its
     * state), so it is read from the form's plain {@code storyId} field as soon as the bean exists.
     */
    @jakarta.annotation.PostConstruct
    void restoreForWorkflow() {
        String storyId = external().getRequestParameterMap().get("storyId");
        if (storyId != null && !storyId.isBlank()) {
            try {
                Story loaded = stories.read(storyId);
                story = loaded;
                id = loaded.publicId();
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
                throw new java.io.UncheckedIOException(io);
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
        attributionType = loaded.attribution().type().code();
        attributionName = loaded.attribution().name();
        consent = loaded.consentRef();
        audienceCodes = new ArrayList<>(loaded.audiences().stream().map(Audience::code).toList());
        topicCodes = new ArrayList<>(loaded.topics().stream().map(Topic::code).toList());
        noteCodes = new ArrayList<>(loaded.contentNotes().stream().map(ContentNote::code).toList());
    }

    public String save() throws IOException {
        StoryInput input = new StoryInput(null, project, null, lang, title, summary, body, audienceCodes, topicCodes,
                noteCodes, kind, new StoryInput.AttributionInput(attributionType, attributionName),
                consent == null || consent.isBlank() ? null : consent.strip(), version);
        try {
            Story saved = id == null ? stories.create(input) : stories.update(id, input, null);
            message(FacesMessage.SEVERITY_INFO, text("editor.saved"));
            external().getFlash().setKeepMessages(true);
            external().redirect(external().getRequestContextPath() + "/studio/stories/" + saved.publicId());
            FacesContext.getCurrentInstance().responseComplete();
        } catch (StaleVersionException conflict) {
            theirTitle = String.valueOf(conflict.currentState().get("title"));
            theirBody = String.valueOf(conflict.currentState().get("body"));
            message(FacesMessage.SEVERITY_ERROR, text("editor.conflict"));
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(e -> message(FacesMessage.SEVERITY_ERROR, label(e.field()) + ": " + e.message()));
        } catch (BusinessException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        }
        return null;
    }

    /** Runs a workflow step ({@code submit}, {@code approve}, {@code publish}…) on the saved story. */
    public String transition(String action) throws IOException {
        try {
            workflow.transition(id, action, null, null);
            message(FacesMessage.SEVERITY_INFO, text("editor.transitioned"));
            external().getFlash().setKeepMessages(true);
            external().redirect(external().getRequestContextPath() + "/studio/stories/" + id);
            FacesContext.getCurrentInstance().responseComplete();
        } catch (BusinessException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.getMessage());
            fill(stories.read(id));
        }
        return null;
    }

    /** The same sanitizing renderer as the public site, so the preview is what readers get. */
    public String getPreview() {
        return MarkdownRenderer.toHtml(body);
    }

    public List<NeighbourhoodProject> getProjects() {
        // The organization the studio works in, and an opened story's own (reached by its address).
        var working = new java.util.HashSet<>(caller.inView(role -> role.mayAuthor()).stream().map(o -> o.slug()).toList());
        if (story != null) {
            working.add(story.organization().slug());
        }
        return projects.page(null, 1000).stream().filter(p -> working.contains(p.organization().slug())).toList();
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

    /** Workflow steps worth offering for the story's state (the boundary still checks the role). */
    public List<String> getActions() {
        if (story == null) {
            return List.of();
        }
        return switch (story.status()) {
            case DRAFT, CHANGES_REQUESTED -> List.of("submit");
            case IN_REVIEW -> List.of("approve", "request-changes");
            case APPROVED -> List.of("publish", "request-changes");
            case SCHEDULED, PUBLISHED -> List.of("unpublish");
            case UNPUBLISHED -> List.of("publish", "archive");
            case ARCHIVED -> List.of();
        };
    }

    public String statusLabel() {
        return story == null ? text("status.new") : text("status." + story.status().code());
    }

    public String codeLabel(Coded value) {
        return text("code." + value.code());
    }

    private String label(String field) {
        ResourceBundle bundle = bundle();
        return bundle.containsKey("editor." + field) ? bundle.getString("editor." + field) : field;
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static String text(String key) {
        ResourceBundle bundle = bundle();
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle("i18n.studio", FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    public Story getStory() {
        return story;
    }

    public String getTheirTitle() {
        return theirTitle;
    }

    public String getTheirBody() {
        return theirBody;
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
}
