package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.junit.jupiter.api.Test;

/** Health, metrics, the OpenAPI document and what the log tells an operator. */
class OperationsIT {

    final HearthServer server = HearthServer.embedded();

    @Test
    void healthIncludesTheDatabase() {
        HttpResponse<String> health = server.get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("UP", Json.object(health.body()).getString("status"));
        assertTrue(health.body().contains("\"database\""), health.body());
    }

    @Test
    void theOpenApiDocumentListsTheApi() {
        HttpResponse<String> openapi = server.get("/openapi");
        assertEquals(200, openapi.statusCode(), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/stories"), "full paths");
        assertTrue(openapi.body().contains("/api/v1/studio/stories"));
        assertTrue(openapi.body().contains("/api/v1/auth/tokens"));
    }

    @Test
    void metricsAreExposed() {
        assertEquals(200, server.get("/metrics").statusCode());
    }

    @Test
    void theLogSaysWhereDataLivesAndThatTheSampleWasImported() {
        String log = server.log();
        assertTrue(log.contains("Hearth data folder: "), "data folder logged");
        assertTrue(log.contains("Hearth database: embedded H2"), "database logged");
        assertTrue(log.contains("Created the platform admin " + HearthServer.ADMIN_EMAIL), "admin logged");
        assertTrue(log.contains("stories=17"), "sample import logged");
        assertTrue(!log.contains(HearthServer.ADMIN_PASSWORD), "a given password is never logged");
    }
}
