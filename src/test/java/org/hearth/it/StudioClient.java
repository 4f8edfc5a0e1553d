package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;

/** The studio API calls the workflow tests make, as the platform admin. */
final class StudioClient {

    final HearthServer server;

    StudioClient(HearthServer server) {
        this.server = server;
    }

    static String consentJson(List<String> audiences, List<String> languages, LocalDate obtained, LocalDate expires) {
        return "{\"organization\":\"northern-lantern\",\"storyteller\":\"it-storyteller\",\"obtainedBy\":\"Integration tests\","
                + "\"obtainedOn\":\"" + obtained + "\",\"language\":\"en\",\"interpreter\":null,"
                + "\"channels\":{\"website\":true,\"socialMedia\":true,\"mediaKits\":false,\"print\":false,\"press\":false,\"training\":false},"
                + "\"identification\":{\"name\":\"pseudonym\",\"face\":\"none\",\"voice\":\"none\"},"
                + "\"languages\":" + array(languages) + ",\"audiences\":" + array(audiences) + ","
                + "\"expiresOn\":\"" + expires + "\",\"withheldDetails\":\"Her home town.\",\"descriptor\":\"survivor\","
                + "\"compensation\":{\"status\":\"paid\",\"note\":\"Honorarium\"}}";
    }

    static String storyJson(String kind, String title, String body, String consent, List<String> audiences, String extra) {
        return "{\"organization\":\"northern-lantern\",\"project\":\"parkdale-youth-voices\",\"campaign\":null,\"lang\":\"en\","
                + "\"title\":" + Json.quote(title) + ",\"summary\":\"A summary.\",\"body\":" + Json.quote(body) + ","
                + "\"audiences\":" + array(audiences) + ",\"topics\":[\"getting-help\"],\"contentNotes\":[\"coercion\"],"
                + "\"kind\":\"" + kind + "\",\"attribution\":{\"type\":\"pseudonym\",\"name\":\"Amira\"},"
                + "\"consent\":" + (consent == null ? "null" : Json.quote(consent)) + extra + "}";
    }

    static String array(List<String> values) {
        return "[" + String.join(",", values.stream().map(Json::quote).toList()) + "]";
    }

    JsonObject created(String path, String json) {
        HttpResponse<String> response = server.asAdmin("POST", path, json);
        assertEquals(201, response.statusCode(), path + ": " + response.body());
        return Json.object(response.body());
    }

    HttpResponse<String> transition(String id, String action) {
        return server.asAdmin("POST", "/api/v1/studio/stories/" + id + "/transitions", "{\"action\":\"" + action + "\"}");
    }

    HttpResponse<String> transitionAt(String id, String action, String at) {
        return server.asAdmin("POST", "/api/v1/studio/stories/" + id + "/transitions",
                "{\"action\":\"" + action + "\",\"at\":\"" + at + "\"}");
    }

    JsonObject story(String id) {
        HttpResponse<String> response = server.asAdmin("GET", "/api/v1/studio/stories/" + id, null);
        assertEquals(200, response.statusCode(), response.body());
        return Json.object(response.body());
    }

    HttpResponse<String> storytellerApproves(String id) {
        return server.asAdmin("POST", "/api/v1/studio/stories/" + id + "/storyteller-approval",
                "{\"version\":" + story(id).getInt("version") + ",\"note\":\"Approved by phone.\"}");
    }

    int publicStatus(String slug) {
        return server.get("/api/v1/stories/" + slug).statusCode();
    }
}
