package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.hearth.testsupport.ListeningSockets;
import org.hearth.testsupport.Patience;
import org.hearth.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two real nodes on loopback, one MariaDB database, clustered by explicit TCP members through the
 * launcher's own data-grid file: what one node takes down, the other stops serving on the very
 * next request, from its page cache and its search index alike.
 */
class ClusterIT {

    static String server;
    static String database;
    static HearthServer a;
    static HearthServer b;

    @BeforeAll
    static void start() throws Exception {
        server = TestDatabases.mysqlServer();
        database = TestDatabases.createMysqlDatabase(server);
        int portA = freePort();
        int portB = freePort();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Map<String, String> shared = Map.of("HEARTH_DB_URL", database,
                "HEARTH_SECRET_KEY", Base64.getEncoder().encodeToString(key),
                "HEARTH_CLUSTER_MEMBERS", "127.0.0.1:" + portA + ",127.0.0.1:" + portB,
                "HEARTH_CLUSTER_NAME", "hearth-it-" + Long.toHexString(System.nanoTime()));
        // One after the other: the first migrates the database and imports the sample content.
        a = HearthServer.own("cluster-a", with(shared, "HEARTH_CLUSTER_PORT", String.valueOf(portA)));
        b = HearthServer.own("cluster-b", with(shared, "HEARTH_CLUSTER_PORT", String.valueOf(portB)));
    }

    @AfterAll
    static void stop() throws Exception {
        for (HearthServer node : new HearthServer[] {b, a}) {
            if (node != null) {
                node.stop();
            }
        }
        if (database != null) {
            TestDatabases.dropMysqlDatabase(server, database);
        }
    }

    @Test
    void theNodesFormOneDataGridOnLoopbackOnly() {
        Patience.until("both nodes in one data grid", () -> b.log(), log -> log.contains("DG Size: 2"));
        for (HearthServer node : List.of(a, b)) {
            List<ListeningSockets.Socket> open = ListeningSockets.of(node.pid()).stream()
                    .filter(s -> !s.loopbackOnly()).filter(s -> s.port() != node.base().getPort()).toList();
            assertEquals(List.of(), open, "nothing but HTTP listens beyond loopback");
        }
    }

    @Test
    void aWithdrawalOnOneNodeIsServedNowhereOnTheNextRequest() {
        StudioClient studioA = new StudioClient(a);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        String consent = studioA.created("/api/v1/studio/consents",
                StudioClient.consentJson(List.of("youth"), List.of("en"), today, today.plusYears(1))).getString("id");
        String title = "Cluster withdrawal " + System.nanoTime();
        JsonObject story = studioA.created("/api/v1/studio/stories", StudioClient.storyJson("lived-experience", title,
                "Her words on two nodes.", consent, List.of("youth"), ""));
        String id = story.getString("id");
        String slug = story.getString("slug");
        assertEquals(200, studioA.transition(id, "submit").statusCode());
        assertEquals(201, studioA.storytellerApproves(id).statusCode());
        assertEquals(200, studioA.transition(id, "approve").statusCode());
        assertEquals(200, studioA.transition(id, "publish").statusCode());

        // Node B serves it, from its page cache the second time, and finds it in its own index.
        assertEquals(200, b.get("/en/stories/" + slug).statusCode());
        assertEquals(200, b.get("/en/stories/" + slug).statusCode());
        assertTrue(b.get("/en/").body().contains(slug), "B's home page lists it");
        Patience.until("B's search finds what A published", () -> b.get("/api/v1/search?q=" + title.replace(' ', '+')).body(),
                body -> body.contains(slug));

        assertEquals(200, a.asAdmin("POST", "/api/v1/studio/consents/" + consent + "/withdrawal", "{\"scope\":\"full\"}").statusCode());
        assertEquals(410, b.get("/en/stories/" + slug).statusCode(), "B's cached page is not served");
        assertFalse(b.get("/en/").body().contains(slug), "nor B's cached home page");
        assertFalse(b.get("/api/v1/search?q=" + title.replace(' ', '+')).body().contains(slug), "nor found in B's search");
        assertEquals(410, b.get("/api/v1/stories/" + slug).statusCode());
    }

    @Test
    void anUnpublicationOnOneNodeIsNoLongerServedByTheOther() {
        StudioClient studioA = new StudioClient(a);
        JsonObject story = studioA.created("/api/v1/studio/stories", StudioClient.storyJson("guidance",
                "Cluster guide " + System.nanoTime(), "How to ask for help.", null, List.of("youth"), ""));
        String id = story.getString("id");
        for (String action : List.of("submit", "approve", "publish")) {
            assertEquals(200, studioA.transition(id, action).statusCode(), action);
        }
        String page = "/en/stories/" + story.getString("slug");
        assertEquals(200, b.get(page).statusCode());
        assertEquals(200, b.get(page).statusCode());
        assertEquals(200, new StudioClient(b).transition(id, "unpublish").statusCode(), "and B can act on A's story");
        assertEquals(404, a.get(page).statusCode(), "A drops the page B unpublished");
        assertEquals(404, b.get(page).statusCode());
        assertTrue(Json.object(b.asAdmin("GET", "/api/v1/studio/stories/" + id, null).body()).getString("status")
                .equals("unpublished"));
    }

    static Map<String, String> with(Map<String, String> base, String key, String value) {
        java.util.HashMap<String, String> all = new java.util.HashMap<>(base);
        all.put(key, value);
        return all;
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
