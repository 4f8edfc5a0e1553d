package org.hearth.consent.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.hearth.consent.entity.Channel;
import org.hearth.consent.entity.ConsentRecord;
import org.hearth.platform.persistence.LostRaces;
import org.hearth.platform.rest.Conditional;
import org.hearth.platform.rest.Page;
import org.hearth.shared.Coded;
import org.hearth.shared.InvalidInputException;

/** {@code /api/v1/studio/consents}: consent records, their withdrawal and their takedown records. */
@Path("v1/studio/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentsResource {

    /**
     * {@code {"scope": "full"}} or {@code {"scope": "channels", "channels": ["website"]}}; on a full
     * withdrawal {@code "purgeHistory": false} keeps the storyteller's words in the history (they are
     * removed by default).
     */
    public record WithdrawalInput(String scope, List<String> channels, Boolean purgeHistory) {
    }

    @Inject
    Consents consents;

    /** A withdrawal that lost a race with the scheduler (expiry, due publications) is taken again. */
    @Inject
    LostRaces races;

    @Context
    UriInfo uriInfo;

    @POST
    public Response create(ConsentJson.Input input) {
        ConsentRecord consent = consents.create(required(input).organization(), input.terms(), input.realIdentity());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(consent.publicId()).build())
                .entity(ConsentJson.of(consent, consents.today())).build();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") String id, @Context Request request) {
        return Conditional.ok(request, ConsentJson.of(consents.read(id), consents.today()));
    }

    @PUT
    @Path("{id}")
    public ConsentJson.Output amend(@PathParam("id") String id, ConsentJson.Input input) {
        return ConsentJson.of(consents.amend(id, required(input).terms(), input.version()), consents.today());
    }

    @POST
    @Path("{id}/withdrawal")
    public ConsentJson.TakedownRecord withdraw(@PathParam("id") String id, WithdrawalInput input) {
        String scope = input == null || input.scope() == null ? "full" : input.scope();
        return ConsentJson.of(races.retry(() -> switch (scope) {
            case "full" -> consents.withdraw(id, input == null || !Boolean.FALSE.equals(input.purgeHistory()));
            case "channels" -> consents.withdrawChannels(id, input.channels() == null ? List.of()
                    : input.channels().stream().map(c -> Coded.parse(Channel.class, c, "channels")).toList());
            default -> throw new InvalidInputException("scope", "is 'full' or 'channels'");
        }));
    }

    /** The storyteller's real identity, when one was recorded; each reading is in the audit log. */
    public record IdentityJson(String realIdentity) {
    }

    @GET
    @Path("{id}/identity")
    public IdentityJson identity(@PathParam("id") String id) {
        return new IdentityJson(consents.realIdentity(id)
                .orElseThrow(() -> new org.hearth.shared.ResourceNotFoundException("real identity for consent", id)));
    }

    /** Uploads the evidence (any file, sent as the request body with its type; {@code ?name=} names it). */
    @PUT
    @Path("{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    public ConsentJson.Output storeEvidence(@PathParam("id") String id, @jakarta.ws.rs.QueryParam("name") String name,
                                            @jakarta.ws.rs.HeaderParam("Content-Type") String type, byte[] content) {
        return ConsentJson.of(consents.storeEvidence(id, type, name, content == null ? new byte[0] : content), consents.today());
    }

    @GET
    @Path("{id}/evidence")
    @Produces(MediaType.WILDCARD)
    public Response evidence(@PathParam("id") String id) {
        Consents.Evidence evidence = consents.evidence(id);
        return Response.ok(evidence.content(), evidence.type())
                .header("Content-Disposition", "attachment; filename=\"evidence\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("{id}/takedowns")
    public Page<ConsentJson.TakedownRecord> takedowns(@PathParam("id") String id) {
        return new Page<>(consents.takedowns(id).stream().map(ConsentJson::of).toList(), null);
    }

    private static ConsentJson.Input required(ConsentJson.Input input) {
        if (input == null) {
            throw new InvalidInputException("body", "send the consent record as JSON");
        }
        return input;
    }
}
