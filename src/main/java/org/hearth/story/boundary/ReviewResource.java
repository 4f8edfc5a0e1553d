package org.hearth.story.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.hearth.platform.persistence.LostRaces;
import org.hearth.shared.InvalidInputException;
import org.hearth.story.entity.StorytellerDecision;

/**
 * What the storyteller's review page posts (plain HTML forms, so it works on any phone without
 * JavaScript): a decision on the version they saw, or the withdrawal of their consent. Each answers
 * with a redirect back to the page, which then says what happened.
 */
@Path("v1/review/{token}")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ReviewResource {

    @Inject
    ReviewLinks links;

    @Inject
    LostRaces races;

    @POST
    @Path("decision")
    public Response decide(@PathParam("token") String token, Form form) {
        // The form as a whole, not @FormParam: a request that is no form is then refused (415), not a 500.
        Integer version = integer(form.asMap().getFirst("version"));
        String decision = form.asMap().getFirst("decision");
        String comment = form.asMap().getFirst("comment");
        if (version == null) {
            throw new InvalidInputException("version", "is required");
        }
        StorytellerDecision.Decision choice = switch (decision == null ? "" : decision) {
            case "approved" -> StorytellerDecision.Decision.APPROVED;
            case "rejected" -> StorytellerDecision.Decision.REJECTED;
            default -> throw new InvalidInputException("decision", "is approved or rejected");
        };
        links.decide(token, version, choice, comment);
        return Response.seeOther(URI.create("/review/" + token + "?done=" + decision)).build();
    }

    @POST
    @Path("withdrawal")
    public Response withdraw(@PathParam("token") String token, Form form) {
        String confirm = form.asMap().getFirst("confirm");
        if (!"yes".equals(confirm)) {
            throw new InvalidInputException("confirm", "tick the box to confirm the withdrawal");
        }
        // The withdrawal is the storyteller's word, not an edit of what they saw: a lost race with the scheduler is taken again.
        races.retry(() -> links.withdraw(token));
        return Response.seeOther(URI.create("/review/" + token + "?done=withdrawn")).build();
    }

    private static Integer integer(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "is a number");
        }
    }
}
