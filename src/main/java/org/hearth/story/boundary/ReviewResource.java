package org.hearth.story.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
    public Response decide(@PathParam("token") String token, @FormParam("version") Integer version,
                           @FormParam("decision") String decision, @FormParam("comment") String comment) {
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
    public Response withdraw(@PathParam("token") String token, @FormParam("confirm") String confirm) {
        if (!"yes".equals(confirm)) {
            throw new InvalidInputException("confirm", "tick the box to confirm the withdrawal");
        }
        // The withdrawal is the storyteller's word, not an edit of what they saw: a lost race with the scheduler is taken again.
        races.retry(() -> links.withdraw(token));
        return Response.seeOther(URI.create("/review/" + token + "?done=withdrawn")).build();
    }
}
