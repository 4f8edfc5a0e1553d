package org.hearth.submission.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.platform.rest.Cursor;
import org.hearth.platform.rest.Page;
import org.hearth.shared.Coded;
import org.hearth.shared.InvalidInputException;
import org.hearth.submission.entity.Submission;
import org.hearth.submission.entity.SubmissionStatus;

/**
 * {@code /api/v1/studio/submissions}: the moderation queue by status, one submission with its flags
 * and files, and the decision on it.
 */
@Path("v1/studio/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class StudioSubmissionsResource {

    @Inject
    Submissions submissions;

    @Inject
    ModerationFeedback templates;

    @GET
    public Page<SubmissionJson.Item> list(@QueryParam("status") String status, @QueryParam("cursor") String cursor,
                                          @QueryParam("limit") Integer limit) {
        SubmissionStatus wanted = status == null || status.isBlank() ? SubmissionStatus.PENDING
                : Coded.parse(SubmissionStatus.class, status, "status");
        int size = Page.limit(limit);
        Cursor after = Cursor.decode(cursor, 1);
        List<Submission> found = submissions.queue(wanted, after == null ? null : after.longKey(0), size + 1);
        List<SubmissionJson.Item> items = found.stream().limit(size).map(SubmissionJson::item).toList();
        return new Page<>(items, found.size() > size ? Cursor.encode(String.valueOf(found.get(size - 1).id())) : null);
    }

    @GET
    @Path("{id}")
    public SubmissionJson.Detail read(@PathParam("id") String id) {
        Submission s = submissions.open(id);
        return SubmissionJson.detail(s, submissions.files(s), submissions.flags(s));
    }

    /**
     * {@code {decision: accept|reject|escalate, into: story|media, feedback, template, version}}: the
     * submission, naming what accept made. A rejection without feedback but with a {@code template}
     * code sends that template's words in the submitter's language.
     */
    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> decide(@PathParam("id") String id, SubmissionJson.DecisionInput input) {
        if (input == null || input.decision() == null) {
            throw new InvalidInputException("decision", "is accept, reject or escalate");
        }
        Submissions.Decision decision = switch (input.decision()) {
            case "accept" -> Submissions.Decision.ACCEPT;
            case "reject" -> Submissions.Decision.REJECT;
            case "escalate" -> Submissions.Decision.ESCALATE;
            default -> throw new InvalidInputException("decision", "is accept, reject or escalate");
        };
        boolean intoStory = input.into() == null || "story".equals(input.into());
        if (decision == Submissions.Decision.ACCEPT && !intoStory && !"media".equals(input.into())) {
            throw new InvalidInputException("into", "is story or media");
        }
        String feedback = input.feedback();
        if (decision == Submissions.Decision.REJECT && (feedback == null || feedback.isBlank())
                && input.template() != null && !input.template().isBlank()) {
            feedback = templates.wordsFor(submissions.read(id), input.template()).orElseThrow(() ->
                    new InvalidInputException("template", "no feedback template '" + input.template() + "'"));
        }
        Submission s = submissions.decide(id, decision, intoStory, feedback, input.version());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("submission", SubmissionJson.item(s));
        answer.put("id", s.publicId());
        answer.put("status", s.status().code());
        if (s.status() == SubmissionStatus.ACCEPTED) {
            if (s.storyId() != null) {
                answer.put("story", Map.of("id", s.storyId()));
            } else {
                answer.put("media", s.mediaIds());
            }
        }
        answer.put("feedback", s.feedback());
        answer.put("version", s.version());
        return answer;
    }
}
