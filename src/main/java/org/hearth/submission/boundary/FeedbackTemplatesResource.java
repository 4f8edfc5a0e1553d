package org.hearth.submission.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hearth.shared.InvalidInputException;
import org.hearth.submission.entity.FeedbackTemplates;

/**
 * {@code /api/v1/studio/feedback-templates?organization=}: the templates moderators start a
 * rejection's feedback from, read by moderators and replaced by editors and admins, like the
 * distress words: {@code PUT {"items": [{"code"?, "en", "fr"}, …], "version": n}} from the version
 * read (409 if someone saved since; an empty list goes back to the shipped templates). Answers
 * {@code {organization, items: [{code, en, fr}], standard, version}}.
 */
@Path("v1/studio/feedback-templates")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackTemplatesResource {

    @Inject
    ModerationFeedback feedback;

    public record ListInput(List<ModerationFeedback.Item> items, Integer version) {
    }

    @GET
    public ModerationFeedback.TemplateList list(@QueryParam("organization") String organization) {
        return feedback.list(required(organization));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ModerationFeedback.TemplateList replace(@QueryParam("organization") String organization, ListInput input) {
        if (input == null || input.items() == null) {
            throw new InvalidInputException("items", "send {\"items\": [{\"code\", \"en\", \"fr\"}, …], \"version\": n}");
        }
        List<FeedbackTemplates.Draft> drafts = input.items().stream()
                .map(i -> i == null ? new FeedbackTemplates.Draft(null, null, null)
                        : new FeedbackTemplates.Draft(i.code(), i.en(), i.fr())).toList();
        return feedback.replace(required(organization), drafts, input.version());
    }

    private static String required(String organization) {
        if (organization == null || organization.isBlank()) {
            throw new InvalidInputException("organization", "is required");
        }
        return organization;
    }
}
