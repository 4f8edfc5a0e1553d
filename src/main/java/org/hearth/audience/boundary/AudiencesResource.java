package org.hearth.audience.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.hearth.platform.rest.Page;

/** {@code GET /api/v1/audiences}: every audience with its English and French label. */
@Path("v1/audiences")
@Produces(MediaType.APPLICATION_JSON)
public class AudiencesResource {

    public record AudienceJson(String code, Map<String, String> labels) {
    }

    @Inject
    Audiences audiences;

    @GET
    public Page<AudienceJson> list() {
        return new Page<>(audiences.all().stream()
                .map(a -> new AudienceJson(a.code(), Map.of("en", a.label("en"), "fr", a.label("fr"))))
                .toList(), null);
    }
}
