package org.hearth.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API lives under {@code /api}; every resource path starts with {@code v1/}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Hearth API", version = "1",
        description = "Public content API (published content only) and studio API (bearer tokens)."))
public class HearthApi extends Application {
}
