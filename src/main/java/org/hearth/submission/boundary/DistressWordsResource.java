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

/**
 * {@code /api/v1/studio/distress-words?organization=}: the phrases that show a submitter help and
 * flag their submission for escalation, read by moderators and replaced by editors and admins
 * ({@code {"items": ["…", …], "version": n}} from the version read, 409 if someone saved since;
 * an empty list goes back to the list shipped with Hearth). Answers
 * {@code {organization, items, standard, version}}.
 */
@Path("v1/studio/distress-words")
@Produces(MediaType.APPLICATION_JSON)
public class DistressWordsResource {

    @Inject
    Submissions submissions;

    public record ListInput(List<String> items, Integer version) {
    }

    @GET
    public Submissions.DistressList list(@QueryParam("organization") String organization) {
        return submissions.distressPhrases(required(organization));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Submissions.DistressList replace(@QueryParam("organization") String organization, ListInput input) {
        if (input == null || input.items() == null) {
            throw new InvalidInputException("items", "send {\"items\": [\"phrase\", …], \"version\": n}");
        }
        return submissions.replaceDistressPhrases(required(organization), input.items(), input.version());
    }

    private static String required(String organization) {
        if (organization == null || organization.isBlank()) {
            throw new InvalidInputException("organization", "is required");
        }
        return organization;
    }
}
