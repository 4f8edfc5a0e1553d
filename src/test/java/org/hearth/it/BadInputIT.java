package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.hearth.testsupport.Multipart;
import org.hearth.testsupport.TestImages;
import org.junit.jupiter.api.Test;

/**
 * Every operation the OpenAPI document lists, sent bad input as staff: unknown ids, malformed
 * JSON, the wrong JSON shape, the wrong content type. Each answer must be a 4xx problem+json
 * (never a 500), and what was stored must be exactly as before. Driven by the document itself, so
 * a new endpoint is covered the day it is written.
 */
class BadInputIT {

    static final String BOGUS = "no-such-thing-1234567890";
    /** Bodies no endpoint accepts as they are. */
    static final List<String> BAD_BODIES = List.of("{", "[1,2", "\"text\"", "[]", "{\"version\":\"seven\",\"title\":{}}",
            "{\"organization\":12,\"lang\":[],\"title\":false}", "{\"unknown\":" + "9".repeat(400) + "}");
    /** Operations whose bad input may still change something on purpose: a withdrawal without a scope is a full one. */
    static final Set<String> CHANGES_ON_PURPOSE = Set.of("withdrawal");

    final HearthServer server = HearthServer.embedded();
    final StudioClient studio = new StudioClient(server);

    @Test
    void everyOperationAnswersBadInputWithAProblemAndChangesNothing() {
        Map<String, String> fixtures = fixtures();
        Map<String, String> before = snapshot(fixtures);
        JsonObject paths = Json.object(server.get("/openapi", "Accept", "application/json").body()).getJsonObject("paths");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String path : paths.keySet()) {
            if (!path.startsWith("/api/") || path.contains("/auth/tokens")) {
                // Signing in and out is covered by its own tests; signing the shared admin out would blind this one.
                continue;
            }
            for (String method : paths.getJsonObject(path).keySet()) {
                String verb = method.toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)) {
                    continue;
                }
                boolean onPurpose = CHANGES_ON_PURPOSE.stream().anyMatch(path::contains);
                List<String> addresses = new ArrayList<>(List.of(fill(path, Map.of())));
                if (!onPurpose && path.contains("{")) {
                    addresses.add(fill(path, fixtures));
                }
                for (String address : addresses) {
                    if (verb.equals("GET") || verb.equals("DELETE")) {
                        if (address.equals(fill(path, Map.of())) || verb.equals("GET")) {
                            sent++;
                            check(failures, verb, address, null, null, verb.equals("GET") && !address.contains(BOGUS));
                        }
                        continue;
                    }
                    if (!takesJson(paths.getJsonObject(path).getJsonObject(method))) {
                        // No JSON body (an action, or a file such as consent evidence): only the unknown id is bad here.
                        if (address.contains(BOGUS)) {
                            sent++;
                            check(failures, verb, address, null, null, false);
                        }
                        continue;
                    }
                    for (String body : BAD_BODIES) {
                        sent++;
                        check(failures, verb, address, body, "application/json", false);
                    }
                    sent++;
                    check(failures, verb, address, "title=x", "application/x-www-form-urlencoded", false);
                }
            }
        }
        assertTrue(sent > 100, "the document lists the API (" + sent + " requests)");
        assertTrue(failures.isEmpty(), failures.size() + " bad answers of " + sent + ":\n" + String.join("\n", failures));
        assertEquals(200, server.asAdmin("GET", "/api/v1/studio/stories?limit=1", null).statusCode(), "still signed in");
        assertEquals(before, snapshot(fixtures), "nothing stored changed");
        assertEquals(200, server.get("/health").statusCode());
    }

    /** Whether the document says the operation reads a JSON body. */
    static boolean takesJson(JsonObject operation) {
        return operation.containsKey("requestBody") && operation.getJsonObject("requestBody").containsKey("content")
                && operation.getJsonObject("requestBody").getJsonObject("content").containsKey("application/json");
    }

    /** A bad request must be refused with a problem; a GET of an existing thing may succeed. */
    void check(List<String> failures, String verb, String address, String body, String type, boolean mayGet) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(address)))
                .method(verb, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + server.adminToken());
        if (type != null) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> response = server.send(request);
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String what = verb + " " + address + (body == null ? "" : " " + abbreviate(body)) + " → " + status;
        if (mayGet && status < 300) {
            return;
        }
        if (status < 400 || status >= 500) {
            failures.add(what + " " + abbreviate(response.body()));
        } else if (!contentType.startsWith("application/problem+json")) {
            failures.add(what + " answered " + contentType + " instead of problem+json");
        }
    }

    /** One story, consent and asset that bad input aimed at them must leave as they are. */
    Map<String, String> fixtures() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("consent", studio.created("/api/v1/studio/consents",
                StudioClient.consentJson(List.of("youth"), List.of("en"), today, today.plusYears(1))).getString("id"));
        ids.put("story", studio.created("/api/v1/studio/stories", StudioClient.storyJson("guidance",
                "Bad input fixture " + System.nanoTime(), "Stays as it is.", null, List.of("youth"), "")).getString("id"));
        HttpResponse<String> upload = MediaIT.sendUpload(server, new Multipart().field("organization", MediaIT.ORG)
                .file("file", "fixture.png", "image/png", TestImages.png(40, 30)));
        assertEquals(201, upload.statusCode(), upload.body());
        ids.put("media", Json.object(upload.body()).getJsonArray("items").getJsonObject(0).getString("id"));
        return ids;
    }

    Map<String, String> snapshot(Map<String, String> fixtures) {
        Map<String, String> state = new LinkedHashMap<>();
        JsonObject story = studio.story(fixtures.get("story"));
        state.put("story", story.getInt("version") + " " + story.getString("status") + " " + story.getString("title"));
        JsonObject consent = Json.object(server.asAdmin("GET", "/api/v1/studio/consents/" + fixtures.get("consent"), null).body());
        state.put("consent", consent.getInt("version") + " " + consent.getString("status"));
        JsonObject media = Json.object(server.asAdmin("GET", "/api/v1/studio/media/" + fixtures.get("media"), null).body());
        state.put("media", media.getInt("version") + " " + (media.isNull("alt") ? "" : media.getString("alt")));
        state.put("stories", String.valueOf(Json.object(server.asAdmin("GET", "/api/v1/studio/stories?limit=100", null).body())
                .getJsonArray("items").size()));
        state.put("assets", String.valueOf(Json.object(server.asAdmin("GET", "/api/v1/studio/media?organization="
                + MediaIT.ORG + "&limit=100", null).body()).getJsonArray("items").size()));
        return state;
    }

    /** The path with each {parameter} replaced: by the fixture of its kind when given, else by an unknown id. */
    static String fill(String path, Map<String, String> fixtures) {
        StringBuilder filled = new StringBuilder();
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                String kind = fixtures.isEmpty() ? null : kindOf(segments[i - 1]);
                segment = kind != null && fixtures.containsKey(kind) ? fixtures.get(kind) : BOGUS;
            }
            filled.append('/').append(segment);
        }
        return filled.toString();
    }

    static String kindOf(String collection) {
        return switch (collection) {
            case "stories" -> "story";
            case "consents" -> "consent";
            case "media" -> "media";
            default -> null;
        };
    }

    static String abbreviate(String text) {
        String line = text == null ? "" : text.replace('\n', ' ');
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
