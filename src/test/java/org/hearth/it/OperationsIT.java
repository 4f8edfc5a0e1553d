package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.hearth.testsupport.ListeningSockets;
import org.hearth.testsupport.ListeningSockets.Socket;
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

    @Test
    void aSingleNodeListensOnTheNetworkOnlyForHttp() {
        List<Socket> sockets = ListeningSockets.of(server.pid());
        int http = server.base().getPort();
        assertTrue(sockets.stream().anyMatch(s -> s.port() == http), "the HTTP port is listed: " + sockets);
        List<Socket> exposed = sockets.stream().filter(s -> s.port() != http && !s.loopbackOnly()).toList();
        assertEquals(List.of(), exposed, "nothing but HTTP may listen beyond loopback (the data grid least of all): " + sockets);
        assertTrue(server.log().contains("DG Name: hearth-single-"), "the data grid is Hearth's own single-node configuration");
    }

    @Test
    void theLogSaysWhatTheEmbeddedDatabaseGuarantees() {
        assertTrue(server.log().contains("Embedded H2: every commit is written to the database file before Hearth acknowledges it"),
                "the durability of the embedded default is stated at start-up");
    }
}
