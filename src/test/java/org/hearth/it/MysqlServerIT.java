package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.hearth.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same jar pointed at MySQL/MariaDB with HEARTH_DB_URL alone: it migrates an empty database,
 * imports the sample content and serves the same API and pages.
 */
class MysqlServerIT {

    static String server;
    static String database;
    static HearthServer hearth;

    @BeforeAll
    static void start() throws Exception {
        server = TestDatabases.mysqlServer();
        database = TestDatabases.createMysqlDatabase(server);
        hearth = HearthServer.named("mysql", Map.of("HEARTH_DB_URL", database));
    }

    @AfterAll
    static void stop() throws Exception {
        if (hearth != null) {
            hearth.stop();
        }
        if (database != null) {
            TestDatabases.dropMysqlDatabase(server, database);
        }
    }

    @Test
    void migratesImportsAndServesTheSampleContent() {
        assertTrue(hearth.log().contains("Hearth database: MySQL/MariaDB at "), "the log names MySQL");
        // The machine's MariaDB flushes its redo log at every commit: the start-up check says so.
        assertTrue(hearth.log().contains("MySQL/MariaDB durability: InnoDB, redo log flushed at every commit"),
                "the start-up durability check reports the server's settings");
        assertTrue(hearth.get("/health").body().contains("MySQL") || hearth.get("/health").body().contains("MariaDB"));
        assertEquals(5, Json.items(hearth.get("/api/v1/audiences").body()).size());
        assertTrue(Json.items(hearth.get("/api/v1/stories?limit=100").body()).size() >= 16);
        var french = Json.object(hearth.get("/api/v1/stories/une-infirmiere-remarque-les-signes").body());
        assertEquals("Une infirmière remarque les signes", french.getString("title"), "accents survive MySQL");
        assertEquals("2026-10-26T15:30:00Z", french.getString("publishedAt"));
        String home = hearth.get("/fr/").body();
        assertTrue(home.contains("Une infirmière remarque les signes"));
        assertEquals(200, hearth.get("/en/stories/a-nurse-notices-the-signs").statusCode());
    }

    @Test
    void draftsAndEditsWorkOnMysqlToo() {
        var created = hearth.asAdmin("POST", "/api/v1/studio/stories", StudioApiIT.story("Written on MariaDB — «ça marche»", ""));
        assertEquals(201, created.statusCode(), created.body());
        String id = Json.object(created.body()).getString("id");
        var stored = Json.object(hearth.asAdmin("GET", "/api/v1/studio/stories/" + id, null).body());
        assertEquals("Written on MariaDB — «ça marche»", stored.getString("title"));
        var stale = hearth.asAdmin("PUT", "/api/v1/studio/stories/" + id, StudioApiIT.story("Stale", ",\"version\":99"));
        assertEquals(409, stale.statusCode());
    }

    @Test
    void theModerationListsSaveInOrderWithTheirVersionOnMysqlToo() {
        String path = "/api/v1/studio/feedback-templates?organization=northern-lantern";
        int version = Json.object(hearth.asAdmin("GET", path, null).body()).getInt("version");
        String twice = "{\"version\":%d,\"items\":[{\"code\":\"b\",\"en\":\"Second — «ça»\",\"fr\":\"Deuxième\"},"
                + "{\"code\":\"a\",\"en\":\"First\",\"fr\":\"Premier\"}]}";
        var saved = hearth.asAdmin("PUT", path, String.format(twice, version));
        assertEquals(200, saved.statusCode(), saved.body());
        // Saved again in another order: the rows are rewritten in their new places.
        var reordered = hearth.asAdmin("PUT", path, String.format(twice, version + 1).replace("\"b\"", "\"c\""));
        assertEquals(200, reordered.statusCode(), reordered.body());
        var read = Json.object(hearth.asAdmin("GET", path, null).body());
        assertEquals(java.util.List.of("c", "a"), read.getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class)
                .stream().map(i -> i.getString("code")).toList());
        assertEquals("Second — «ça»", read.getJsonArray("items").getJsonObject(0).getString("en"));
        assertEquals(version + 2, read.getInt("version"));
        assertEquals(409, hearth.asAdmin("PUT", path, String.format(twice, version)).statusCode());

        String words = "/api/v1/studio/distress-words?organization=northern-lantern";
        int wordsVersion = Json.object(hearth.asAdmin("GET", words, null).body()).getInt("version");
        var list = hearth.asAdmin("PUT", words, "{\"version\":" + wordsVersion + ",\"items\":[\"à l’aide\"]}");
        assertEquals(200, list.statusCode(), list.body());
        assertEquals(wordsVersion + 1, Json.object(list.body()).getInt("version"));
        assertEquals(409, hearth.asAdmin("PUT", words, "{\"version\":" + wordsVersion + ",\"items\":[]}").statusCode());
    }
}
