package org.hearth.protocol.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.hearth.platform.config.HearthSettings;
import org.hearth.platform.rest.Bilingual;
import org.hearth.platform.rest.Conditional;
import org.hearth.protocol.entity.LocalProtocol;

/**
 * {@code /api/v1/projects/{slug}/protocol}: a project's published local service protocol, for
 * anyone, in English or French ({@code lang}), and {@code …/pdf} the same as a PDF to print.
 */
@Path("v1/projects/{slug}/protocol")
public class ProtocolResource {

    @Inject
    Protocols protocols;

    @Inject
    ProtocolPrint print;

    @Inject
    HearthSettings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("slug") String slug, @QueryParam("lang") String lang, @Context Request request) {
        LocalProtocol protocol = protocols.published(slug);
        return Conditional.ok(request, ProtocolJson.of(protocol, Bilingual.language(lang), protocols.servicesOf(protocol), settings.baseUrl()));
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("slug") String slug, @QueryParam("lang") String lang) {
        String language = Bilingual.language(lang);
        LocalProtocol protocol = protocols.published(slug);
        StreamingOutput body = out -> print.pdf(protocol, language, out);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"protocol-" + slug + "-" + language + ".pdf\"")
                .build();
    }
}
