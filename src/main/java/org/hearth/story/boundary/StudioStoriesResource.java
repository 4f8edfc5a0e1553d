package org.hearth.story.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hearth.platform.config.HearthSettings;
import org.hearth.platform.rest.Conditional;
import org.hearth.platform.rest.Page;
import org.hearth.shared.Coded;
import org.hearth.shared.InvalidInputException;
import org.hearth.story.entity.LanguageTag;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryContent;
import org.hearth.story.entity.StoryRevision;
import org.hearth.story.entity.StoryStatus;
import org.hearth.story.entity.StorytellerDecision;
import org.hearth.story.control.LineDiff;

/** {@code /api/v1/studio/stories}: staff create, list, read and edit their organizations' stories. */
@Path("v1/studio/stories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudioStoriesResource {

    @Inject
    Stories stories;

    @Inject
    HearthSettings settings;

    @Inject
    org.hearth.account.boundary.Caller caller;

    @Context
    UriInfo uriInfo;

    @GET
    public Page<StoryJson.Studio> list(@QueryParam("status") String status, @QueryParam("lang") String lang,
                                       @QueryParam("project") String project, @QueryParam("campaign") String campaign,
                                       @QueryParam("audience") String audience, @QueryParam("limit") Integer limit,
                                       @QueryParam("cursor") String cursor) {
        StoryQuery query = new StoryQuery(StoryQuery.Order.UPDATED)
                .status(status == null ? null : Coded.parse(StoryStatus.class, status, "status"))
                .lang(lang == null ? null : LanguageTag.of(lang))
                .project(project).campaign(campaign).audience(audience);
        return StoriesResource.page(query, Page.limit(limit), cursor, stories::forStaff,
                s -> StoryJson.studioOf(s, settings));
    }

    @POST
    public Response create(StoryInput input) {
        Story story = stories.create(required(input));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(story.publicId()).build())
                .entity(StoryJson.studioOf(story, settings)).build();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") String id, @Context Request request) {
        return Conditional.ok(request, StoryJson.studioOf(stories.read(id), settings));
    }

    @PUT
    @Path("{id}")
    public StoryJson.Studio update(@PathParam("id") String id, StoryInput input, @HeaderParam("If-Match") String ifMatch) {
        return StoryJson.studioOf(stories.update(id, required(input), versionFrom(ifMatch)), settings);
    }

    /** {@code {action, comment?, at?}}. */
    public record TransitionInput(String action, String comment, Instant at) {
    }

    /** {@code {version, note?}}; {@code decision} defaults to {@code approved}. */
    public record DecisionInput(Integer version, String note, String decision) {
    }

    public record DecisionJson(String id, String story, int version, String decision, String note, String recordedBy,
                               Instant recordedAt) {
    }

    /** {@code {lang, title, summary, body}}. */
    public record TranslationInput(String lang, String title, String summary, String body) {
    }

    public record RevisionJson(int number, Instant at, String author, String title, String summary, String body,
                               String details, boolean purged) {
        static RevisionJson of(StoryRevision r) {
            return new RevisionJson(r.number(), r.createdAt(), r.author(), r.title(), r.summary(), r.body(), r.details(),
                    r.isPurged());
        }
    }

    public record DiffJson(int from, int to, List<LineDiff.Line> title, List<LineDiff.Line> summary,
                           List<LineDiff.Line> body, List<LineDiff.Line> details) {
    }

    @Inject
    StoryWorkflow workflow;

    @Inject
    StoryChecks checks;

    @POST
    @Path("{id}/transitions")
    public StoryJson.Studio transition(@PathParam("id") String id, TransitionInput input) {
        if (input == null) {
            throw new InvalidInputException("action", "send {\"action\": …}");
        }
        return StoryJson.studioOf(workflow.transition(id, input.action(), input.at(), input.comment()), settings);
    }

    @POST
    @Path("{id}/storyteller-approval")
    public Response recordDecision(@PathParam("id") String id, DecisionInput input) {
        if (input == null) {
            throw new InvalidInputException("version", "send {\"version\": …}");
        }
        StorytellerDecision.Decision decision = input.decision() == null || "approved".equals(input.decision())
                ? StorytellerDecision.Decision.APPROVED : "rejected".equals(input.decision())
                ? StorytellerDecision.Decision.REJECTED : null;
        if (decision == null) {
            throw new InvalidInputException("decision", "is approved or rejected");
        }
        StorytellerDecision recorded = workflow.recordDecision(id, input.version(), decision, input.note());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(recorded.publicId()).build())
                .entity(new DecisionJson(recorded.publicId(), id, recorded.storyVersion(),
                        recorded.decision().name().toLowerCase(), recorded.note(), recorded.recordedBy(), recorded.recordedAt()))
                .build();
    }

    /** What the editor's autosave answers: the version the form now starts from. */
    public record AutosaveJson(int version, Instant savedAt) {
    }

    /** The editor's autosave of a draft: an edit whose revisions are folded into one per sitting. */
    @POST
    @Path("{id}/autosave")
    public AutosaveJson autosave(@PathParam("id") String id, StoryInput input) {
        Story saved = stories.autosave(id, required(input));
        return new AutosaveJson(saved.version(), saved.updatedAt());
    }

    /** The editor's live preview: Markdown rendered by the public site's own sanitizing renderer. */
    @Inject
    org.hearth.media.boundary.MediaLibrary media;

    @POST
    @Path("preview")
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown"})
    @Produces(MediaType.TEXT_HTML)
    public String preview(String markdown) {
        caller.account();
        return org.hearth.shared.MarkdownRenderer.toHtml(markdown == null ? "" : markdown, media.previewFigures());
    }

    @POST
    @Path("{id}/translations")
    public Response translate(@PathParam("id") String id, TranslationInput input) {
        if (input == null) {
            throw new InvalidInputException("lang", "send {\"lang\", \"title\", \"summary\", \"body\"}");
        }
        Story original = stories.read(id);
        StoryContent content = new StoryContent(input.title(), input.summary(), input.body(), original.kind(),
                original.attribution(), Set.copyOf(original.topics()), Set.copyOf(original.contentNotes()));
        Story translation = workflow.translate(id, input.lang(), content);
        return Response.created(uriInfo.getBaseUriBuilder().path("v1/studio/stories").path(translation.publicId()).build())
                .entity(StoryJson.studioOf(translation, settings)).build();
    }

    @GET
    @Path("{id}/revisions")
    public Page<RevisionJson> revisions(@PathParam("id") String id) {
        return new Page<>(workflow.revisions(id).stream().map(RevisionJson::of).toList(), null);
    }

    @GET
    @Path("{id}/revisions/{n}")
    public RevisionJson revision(@PathParam("id") String id, @PathParam("n") int number) {
        return RevisionJson.of(workflow.revision(id, number));
    }

    /** A readable diff between two revisions, {@code ?from=1&to=3}. */
    @GET
    @Path("{id}/revisions/diff")
    public DiffJson diff(@PathParam("id") String id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new InvalidInputException("from", "name two revisions: ?from=1&to=2");
        }
        StoryRevision a = workflow.revision(id, from);
        StoryRevision b = workflow.revision(id, to);
        return new DiffJson(from, to, LineDiff.between(a.title(), b.title()), LineDiff.between(a.summary(), b.summary()),
                LineDiff.between(a.body(), b.body()), LineDiff.between(a.details(), b.details()));
    }

    @POST
    @Path("{id}/revisions/{n}/restore")
    public StoryJson.Studio restore(@PathParam("id") String id, @PathParam("n") int number, VersionInput input) {
        return StoryJson.studioOf(workflow.restore(id, number, input == null ? null : input.version()), settings);
    }

    /** Pre-publish checks for the editor, in the caller's language (see {@link StoryChecks}). */
    @GET
    @Path("{id}/checks")
    public List<StoryChecks.Finding> checks(@PathParam("id") String id, @HeaderParam("Accept-Language") String language) {
        return checks.of(id, language != null && language.startsWith("fr") ? java.util.Locale.FRENCH : java.util.Locale.ENGLISH);
    }

    /** {@code {version}}: the version a restore starts from (optional). */
    public record VersionInput(Integer version) {
    }

    private static StoryInput required(StoryInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "send the story as JSON");
        }
        return input;
    }

    /** {@code If-Match: "3"} (or {@code "v3"}) also names the version an edit started from; a body {@code version} wins. */
    private static Integer versionFrom(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        String bare = ifMatch.replace("W/", "").replace("\"", "").strip();
        return bare.matches("v?[0-9]{1,9}") ? Integer.valueOf(bare.replace("v", "")) : null;
    }
}
