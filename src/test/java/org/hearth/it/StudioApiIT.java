package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.junit.jupiter.api.Test;

/** Tokens and the first of the studio API: creating, listing, reading and editing drafts. */
class StudioApiIT {

    final HearthServer server = HearthServer.embedded();

    static String story(String title, String extra) {
        return "{\"organization\":\"northern-lantern\",\"project\":\"parkdale-youth-voices\",\"campaign\":null,"
                + "\"lang\":\"en\",\"title\":" + Json.quote(title) + ",\"summary\":\"A summary.\","
                + "\"body\":\"Some **Markdown**.\",\"audiences\":[\"youth\"],\"topics\":[\"getting-help\"],"
                + "\"contentNotes\":[],\"kind\":\"composite\",\"attribution\":{\"type\":\"anonymous\"}" + extra + "}";
    }

    @Test
    void tokensAreIssuedForTheRightPasswordOnlyAndCanBeRevoked() {
        HttpResponse<String> wrong = server.send("POST", "/api/v1/auth/tokens",
                "{\"email\":\"" + HearthServer.ADMIN_EMAIL + "\",\"password\":\"wrong\"}");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> unknown = server.send("POST", "/api/v1/auth/tokens",
                "{\"email\":\"nobody@example.org\",\"password\":\"wrong\"}");
        assertEquals(Json.object(wrong.body()).getString("detail"), Json.object(unknown.body()).getString("detail"),
                "an unknown account gets exactly the same answer");

        HttpResponse<String> issued = server.send("POST", "/api/v1/auth/tokens",
                "{\"email\":\"" + HearthServer.ADMIN_EMAIL.toUpperCase() + "\",\"password\":\"" + HearthServer.ADMIN_PASSWORD + "\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject token = Json.object(issued.body());
        assertTrue(token.getString("token").length() >= 40);
        assertTrue(token.getString("expiresAt").endsWith("Z"));
        String bearer = "Bearer " + token.getString("token");
        assertEquals(200, server.get("/api/v1/studio/stories", "Authorization", bearer).statusCode());
        assertEquals(204, server.send("DELETE", "/api/v1/auth/tokens/current", null, "Authorization", bearer).statusCode());
        assertEquals(401, server.get("/api/v1/studio/stories", "Authorization", bearer).statusCode());
    }

    @Test
    void theStudioNeedsAToken() {
        HttpResponse<String> none = server.send("POST", "/api/v1/studio/stories", story("No token", ""));
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(401, server.get("/api/v1/studio/stories", "Authorization", "Bearer not-a-token").statusCode());
    }

    @Test
    void malformedAndInvalidInputAre400WithTheFields() {
        HttpResponse<String> malformed = server.asAdmin("POST", "/api/v1/studio/stories", "{\"title\": \"unterminated");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(malformed.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> invalid = server.asAdmin("POST", "/api/v1/studio/stories",
                "{\"organization\":\"northern-lantern\",\"project\":\"parkdale-youth-voices\",\"lang\":\"en\",\"title\":\"\"}");
        assertEquals(400, invalid.statusCode(), invalid.body());
        String fields = Json.object(invalid.body()).getJsonArray("errors").toString();
        assertTrue(fields.contains("\"title\"") && fields.contains("\"summary\"") && fields.contains("\"kind\""), fields);
        HttpResponse<String> badAudience = server.asAdmin("POST", "/api/v1/studio/stories",
                story("Bad audience", "").replace("[\"youth\"]", "[\"martians\"]"));
        assertEquals(400, badAudience.statusCode());
    }

    @Test
    void aDraftIsCreatedReadAndEditedButNeverPublic() {
        HttpResponse<String> created = server.asAdmin("POST", "/api/v1/studio/stories", story("A new draft about help", ""));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject draft = Json.object(created.body());
        String id = draft.getString("id");
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/studio/stories/" + id));
        assertEquals("draft", draft.getString("status"));
        assertEquals("a-new-draft-about-help", draft.getString("slug"));
        assertTrue(Json.isNull(draft, "url"), "a draft has no public url");

        assertEquals(404, server.get("/api/v1/stories/a-new-draft-about-help").statusCode(), "drafts never leak");
        assertEquals(404, server.get("/en/stories/a-new-draft-about-help").statusCode());
        assertFalse(server.get("/api/v1/stories?limit=100").body().contains("a-new-draft-about-help"));

        HttpResponse<String> read = server.asAdmin("GET", "/api/v1/studio/stories/" + id, null);
        assertEquals(200, read.statusCode());
        assertEquals("Some **Markdown**.", Json.object(read.body()).getString("body"));
        int version = Json.object(read.body()).getInt("version");

        HttpResponse<String> edited = server.asAdmin("PUT", "/api/v1/studio/stories/" + id,
                story("A new draft about help, edited", ",\"version\":" + version));
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals(version + 1, Json.object(edited.body()).getInt("version"));

        HttpResponse<String> stale = server.asAdmin("PUT", "/api/v1/studio/stories/" + id,
                story("A stale edit", ",\"version\":" + version));
        assertEquals(409, stale.statusCode(), stale.body());
        JsonObject theirs = Json.object(stale.body()).getJsonObject("current");
        assertEquals(version + 1, theirs.getInt("version"));
        assertEquals("A new draft about help, edited", theirs.getString("title"), "the conflict shows what they saved");
        JsonObject stored = Json.object(server.asAdmin("GET", "/api/v1/studio/stories/" + id, null).body());
        assertEquals("A new draft about help, edited", stored.getString("title"), "the stale edit changed nothing");

        HttpResponse<String> listed = server.asAdmin("GET", "/api/v1/studio/stories?status=draft&limit=100", null);
        assertTrue(listed.body().contains(id));
    }

    @Test
    void slugsStayUnique() {
        String first = Json.object(server.asAdmin("POST", "/api/v1/studio/stories", story("Same title twice", "")).body()).getString("slug");
        String second = Json.object(server.asAdmin("POST", "/api/v1/studio/stories", story("Same title twice", "")).body()).getString("slug");
        assertEquals("same-title-twice", first);
        assertEquals("same-title-twice-2", second);
    }

    @Test
    void organizationsListTheCallersRole() {
        HttpResponse<String> organizations = server.asAdmin("GET", "/api/v1/studio/organizations", null);
        assertEquals(200, organizations.statusCode());
        JsonObject first = Json.items(organizations.body()).get(0);
        assertEquals("northern-lantern", first.getString("slug"));
        assertEquals("PLATFORM_ADMIN", first.getString("role"));
    }
}
