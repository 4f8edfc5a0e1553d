package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The studio API behind the members screen ({@code GET/PUT /api/v1/studio/organizations/{slug}/members/{id}})
 * and the audit log's action filter and CSV export, over HTTP.
 */
class StudioMembersApiIT {

    static final String MEMBERS = "/api/v1/studio/organizations/northern-lantern/members";
    static HearthServer server;

    @BeforeAll
    static void start() {
        server = HearthServer.embedded();
    }

    static JsonObject add(String slug, String email, String role) {
        HttpResponse<String> added = server.asAdmin("POST", "/api/v1/studio/organizations/" + slug + "/members",
                "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
        assertEquals(201, added.statusCode(), added.body());
        return Json.object(added.body());
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertEquals(status, Json.object(response.body()).getInt("status"));
    }

    @Test
    void changeARoleThenDeactivateAndReactivate() {
        JsonObject member = add("northern-lantern", "api-it.member@example.org", "AUTHOR");
        String id = member.getString("id");
        assertTrue(member.getBoolean("active"));
        assertTrue(member.getBoolean("invitationPending"), "no password yet");
        assertTrue(Json.isNull(member, "lastSignInAt"));

        HttpResponse<String> changed = server.asAdmin("PUT", MEMBERS + "/" + id, "{\"role\":\"EDITOR\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject editor = Json.object(changed.body());
        assertEquals("EDITOR", editor.getString("role"));
        assertTrue(editor.getInt("version") > member.getInt("version"));

        HttpResponse<String> deactivated = server.asAdmin("PUT", MEMBERS + "/" + id,
                "{\"active\":false,\"version\":" + editor.getInt("version") + "}");
        assertEquals(200, deactivated.statusCode(), deactivated.body());
        assertFalse(Json.object(deactivated.body()).getBoolean("active"));
        JsonObject listed = Json.items(server.asAdmin("GET", MEMBERS, null).body()).stream()
                .filter(m -> m.getString("id").equals(id)).findFirst().orElseThrow();
        assertFalse(listed.getBoolean("active"), "the list says so too");

        assertProblem(server.asAdmin("PUT", MEMBERS + "/" + id, "{\"active\":true,\"version\":" + editor.getInt("version") + "}"), 409);
        HttpResponse<String> reactivated = server.asAdmin("PUT", MEMBERS + "/" + id, "{\"active\":true}");
        assertEquals(200, reactivated.statusCode());
        HttpResponse<String> read = server.asAdmin("GET", MEMBERS + "/" + id, null);
        assertTrue(Json.object(read.body()).getBoolean("active"));
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.send("GET", MEMBERS + "/" + id, null, "Authorization", "Bearer " + server.adminToken(),
                "If-None-Match", etag).statusCode());

        String audit = server.asAdmin("GET", "/api/v1/studio/audit?entity=account&action=member&limit=100", null).body();
        List<String> actions = Json.items(audit).stream().filter(e -> e.getString("id").equals(id))
                .map(e -> e.getString("action")).toList();
        assertEquals(List.of("member.reactivated", "member.deactivated", "member.role-changed", "member.added"), actions,
                "newest first, each change recorded");
    }

    @Test
    void badChangesAreRefusedWithProblems() {
        String id = add("northern-lantern", "api-it.refused@example.org", "AUTHOR").getString("id");
        HttpResponse<String> badRole = server.asAdmin("PUT", MEMBERS + "/" + id, "{\"role\":\"KING\"}");
        assertProblem(badRole, 400);
        assertEquals("role", Json.object(badRole.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(server.asAdmin("PUT", MEMBERS + "/" + id, "{\"role\":\"PLATFORM_ADMIN\"}"), 400);
        assertProblem(server.asAdmin("PUT", MEMBERS + "/" + id, "{}"), 400);
        assertProblem(server.asAdmin("PUT", MEMBERS + "/nobody-with-this-id", "{\"role\":\"EDITOR\"}"), 404);
        assertProblem(server.send("PUT", MEMBERS + "/" + id, "{\"role\":\"EDITOR\"}"), 401);
    }

    @Test
    void anOrganizationKeepsItsLastActiveAdmin() {
        HttpResponse<String> created = server.asAdmin("POST", "/api/v1/studio/organizations",
                "{\"slug\":\"last-admin-house\",\"name\":\"The Last Admin House\",\"province\":\"ON\"}");
        assertEquals(201, created.statusCode(), created.body());
        String first = add("last-admin-house", "api-it.first-admin@example.org", "ORG_ADMIN").getString("id");
        String path = "/api/v1/studio/organizations/last-admin-house/members/";

        HttpResponse<String> demoted = server.asAdmin("PUT", path + first, "{\"role\":\"EDITOR\"}");
        assertProblem(demoted, 409);
        assertTrue(demoted.body().contains("last active admin"), demoted.body());
        assertProblem(server.asAdmin("PUT", path + first, "{\"active\":false}"), 409);
        assertProblem(server.asAdmin("POST", "/api/v1/studio/organizations/last-admin-house/members",
                "{\"email\":\"api-it.first-admin@example.org\",\"role\":\"AUTHOR\"}"), 409);

        String second = add("last-admin-house", "api-it.second-admin@example.org", "ORG_ADMIN").getString("id");
        assertEquals(200, server.asAdmin("PUT", path + first, "{\"role\":\"EDITOR\"}").statusCode(),
                "with another admin, the first may step down");
        assertProblem(server.asAdmin("PUT", path + second, "{\"active\":false}"), 409);
        assertEquals("ORG_ADMIN", Json.object(server.asAdmin("GET", path + second, null).body()).getString("role"));
    }

    @Test
    void theAuditLogExportsAsCsv() {
        StudioClient studio = new StudioClient(server);
        String id = studio.created("/api/v1/studio/stories", StudioClient.storyJson("composite",
                "Exported in the audit log", "Words.", null, List.of("youth"), "")).getString("id");
        studio.transition(id, "submit");
        HttpResponse<String> asked = server.asAdmin("POST", "/api/v1/studio/stories/" + id + "/transitions",
                "{\"action\":\"request-changes\",\"comment\":\"She said \\\"wait\\\", then =1+1\"}");
        assertEquals(200, asked.statusCode(), asked.body());

        HttpResponse<String> csv = server.send("GET", "/api/v1/studio/audit/export?entity=story&action=story", null,
                "Authorization", "Bearer " + server.adminToken());
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").matches("attachment; filename=\"hearth-audit-.*\\.csv\""));
        assertTrue(csv.body().startsWith("\uFEFFat,actor,action,entity,id,detail\r\n"), "BOM, header, CRLF");
        assertTrue(csv.body().contains(",story," + id + ",\"now changes-requested: She said \"\"wait\"\", then =1+1\"\r\n"),
                "quotes doubled, a comma inside quotes: " + csv.body());
        assertFalse(csv.body().contains(",consent,"), "filtered as asked");

        assertProblem(server.send("GET", "/api/v1/studio/audit/export?from=yesterday", null,
                "Authorization", "Bearer " + server.adminToken()), 400);
    }
}
