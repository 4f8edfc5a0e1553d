package org.hearth.protocol.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.hearth.protocol.entity.LocalProtocol;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.ResourceNotFoundException;

/**
 * {@code /api/v1/studio/projects/{slug}/protocol}: the project's protocol for its organization's
 * staff. {@code PUT} writes it (the first one without a version, later ones with the version they
 * started from); {@code POST …/transitions} takes a workflow step; {@code GET …/revisions} lists its saves.
 */
@Path("v1/studio/projects/{slug}/protocol")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudioProtocolResource {

    /** {@code {action, version}}: a workflow step and the version it was decided on. */
    public record TransitionInput(String action, Integer version) {
    }

    /** One save: its number, who and when. */
    public record RevisionJson(int number, String author, Instant at) {
    }

    @Inject
    Protocols protocols;

    @GET
    public StudioProtocolJson get(@PathParam("slug") String slug) {
        return json(protocols.read(slug).orElseThrow(() -> new ResourceNotFoundException("protocol", slug)));
    }

    @PUT
    public StudioProtocolJson save(@PathParam("slug") String slug, StudioProtocolJson input) {
        if (input == null) {
            throw new InvalidInputException("body", "send the protocol as JSON");
        }
        return json(protocols.save(slug, input.version(), input.content()));
    }

    @POST
    @Path("transitions")
    public StudioProtocolJson transition(@PathParam("slug") String slug, TransitionInput input) {
        if (input == null) {
            throw new InvalidInputException("action", "send {action, version}");
        }
        return json(protocols.take(slug, input.action(), input.version()));
    }

    @GET
    @Path("revisions")
    public List<RevisionJson> revisions(@PathParam("slug") String slug) {
        return protocols.revisions(slug).stream().map(r -> new RevisionJson(r.number(), r.author(), r.createdAt())).toList();
    }

    private StudioProtocolJson json(LocalProtocol protocol) {
        return StudioProtocolJson.of(protocol, protocols.actions(protocol), protocols.blockers(protocol), protocols.today());
    }
}
