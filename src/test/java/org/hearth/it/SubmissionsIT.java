package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.hearth.testsupport.Multipart;
import org.hearth.testsupport.Patience;
import org.hearth.testsupport.TestImages;
import org.junit.jupiter.api.Test;

/**
 * Youth submissions over HTTP against the real jar: a valid submission lands pending and is on no
 * public surface; every refusal stores nothing (no row, no file); accepting makes a draft; the
 * plain form works without JavaScript and creates no session; withdrawal after publication takes
 * the story down before the call returns.
 */
class SubmissionsIT {

    static final String PROJECT = "parkdale-youth-voices";
    static final HttpClient HTTP11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    final HearthServer server = HearthServer.embedded();
    final StudioClient studio = new StudioClient(server);

    @Test
    void aValidSubmissionIsPendingPrivateAndOnNoPublicSurface() {
        String code = code(5, LocalDate.now().plusMonths(1));
        String word = "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        String secret = "GPS-SECRET-" + System.nanoTime();
        HttpResponse<String> created = submit(fields(code, "Youth mural " + word,
                "A mural about " + word + ". Call me at 416-555-0199."), TestImages.jpegCarrying(secret, 640, 480));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject receipt = Json.object(created.body());
        assertEquals("received", receipt.getString("status"));
        String statusUrl = receipt.getString("statusUrl");
        assertTrue(statusUrl.startsWith(server.url("/en/submissions/")), statusUrl);
        String token = statusUrl.substring(statusUrl.lastIndexOf('/') + 1);
        assertTrue(token.length() >= 16);

        HttpResponse<String> page = server.get("/en/submissions/" + token);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Received"));
        assertFalse(page.body().contains("If you need to talk to someone"), "help is shown where the words call for it");
        assertTrue(page.headers().firstValue("Set-Cookie").isEmpty(), "a status page sets no cookie");
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertEquals(404, server.get("/en/submissions/" + "x".repeat(22)).statusCode());
        assertEquals("received", Json.object(server.get("/api/v1/submissions/" + token).body()).getString("status"));

        for (String path : List.of("/api/v1/search?q=" + word, "/en/search?q=" + word, "/api/v1/stories?limit=100",
                "/feeds/stories.atom", "/sitemap.xml", "/en/projects/" + PROJECT, "/api/v1/projects/" + PROJECT, "/en/")) {
            HttpResponse<String> surface = server.get(path);
            assertEquals(200, surface.statusCode(), path);
            // The search page repeats the query: what must not appear is the submission's title and words.
            assertFalse(surface.body().contains("Youth mural " + word) || surface.body().contains("A mural about " + word),
                    path + " shows the pending submission");
        }

        String id = receipt.getString("id");
        JsonObject detail = Json.object(server.asAdmin("GET", "/api/v1/studio/submissions/" + id, null).body());
        assertEquals("pending", detail.getString("status"));
        assertTrue(detail.getJsonArray("flags").getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> f.getString("code").equals("personal-details")), detail.toString());
        String media = detail.getJsonArray("mediaIds").getString(0);
        assertEquals(404, server.get("/media/" + media + "/full").statusCode(), "a pending submission's file is not public");
        assertFalse(Json.items(server.asAdmin("GET", "/api/v1/studio/media?organization=northern-lantern&limit=100", null)
                .body()).stream().anyMatch(m -> m.getString("id").equals(media)), "held out of the media library");
        assertEquals("in-review", Json.object(server.get("/api/v1/submissions/" + token).body()).getString("status"),
                "opened by a moderator");
        HttpResponse<String> listed = server.asAdmin("GET", "/api/v1/studio/submissions?status=pending&limit=100", null);
        assertTrue(Json.items(listed.body()).stream().anyMatch(s -> s.getString("id").equals(id)));
    }

    @Test
    void everyRefusalStoresNothing() throws Exception {
        String code = code(5, LocalDate.now().plusMonths(1));
        byte[] jpeg = TestImages.jpegCarrying("REFUSED-" + System.nanoTime(), 320, 240);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg));
        int before = countAll();

        Map<String, String> wrong = fields("NOPE-NOPE", "Refused wrong code", "Not stored.");
        assertProblem(403, submit(wrong, jpeg), null);
        String revoked = code(5, LocalDate.now().plusMonths(1));
        String revokedId = Json.items(server.asAdmin("GET", "/api/v1/studio/invitations?project=" + PROJECT, null).body())
                .stream().filter(i -> i.getString("code").equals(revoked)).findFirst().orElseThrow().getString("id");
        assertEquals(204, server.asAdmin("DELETE", "/api/v1/studio/invitations/" + revokedId, null).statusCode());
        HttpResponse<String> revokedAnswer = submit(fields(revoked, "Refused revoked", "Not stored."), jpeg);
        assertProblem(403, revokedAnswer, null);
        assertEquals(Json.object(submit(wrong, jpeg).body()).getString("detail"),
                Json.object(revokedAnswer.body()).getString("detail"), "one message for every bad code");
        assertEquals(400, server.asAdmin("POST", "/api/v1/studio/invitations", "{\"project\":\"" + PROJECT
                + "\",\"uses\":5,\"expiresOn\":\"" + LocalDate.now().minusDays(1) + "\"}").statusCode());

        Map<String, String> noAssent = fields(code, "Refused no assent", "Not stored.");
        noAssent.remove("assent");
        assertProblem(400, submit(noAssent, jpeg), "assent");
        Map<String, String> noGuardian = fields(code, "Refused no guardian", "Not stored.");
        noGuardian.remove("guardianConsent");
        assertProblem(400, submit(noGuardian, jpeg), "guardianConsent");
        Map<String, String> young = fields(code, "Refused under 13", "Not stored.");
        young.put("ageBand", "under-13");
        assertProblem(400, submit(young, jpeg), "ageBand");
        assertProblem(415, submitFile(fields(code, "Refused html", "Not stored."), "photo.jpg", "image/jpeg",
                "<!doctype html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)), null);
        Map<String, String> robot = fields(code, "Refused honeypot", "Not stored.");
        robot.put("website", "http://spam.example/");
        assertProblem(400, submit(robot, jpeg), "website");

        assertEquals(before, countAll(), "no submission row");
        try (Stream<Path> files = Files.walk(server.dataDir().resolve("media"))) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().contains(sha)), "no file of the refused image");
        }
        try (Stream<Path> work = Files.list(server.dataDir().resolve("media").resolve("work"))) {
            assertEquals(List.of(), work.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("upload-")).toList(),
                    "no received file is left behind");
        }
        JsonObject invitation = Json.items(server.asAdmin("GET", "/api/v1/studio/invitations?project=" + PROJECT, null).body())
                .stream().filter(i -> i.getString("code").equals(code)).findFirst().orElseThrow();
        assertEquals(5, invitation.getInt("remaining"), "refusals do not use the code up");
    }

    @Test
    void acceptedWorkBecomesADraftAndItsWithdrawalAfterPublicationTakesItDown() {
        String code = code(5, LocalDate.now().plusMonths(1));
        HttpResponse<String> created = submit(fields(code, "Youth poem " + System.nanoTime(),
                "A poem about the river. It runs past our school."), TestImages.jpeg(320, 240));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject receipt = Json.object(created.body());
        String token = receipt.getString("statusUrl").substring(receipt.getString("statusUrl").lastIndexOf('/') + 1);

        HttpResponse<String> accepted = server.asAdmin("POST", "/api/v1/studio/submissions/" + receipt.getString("id")
                + "/decision", "{\"decision\":\"accept\",\"into\":\"story\"}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        String storyId = Json.object(accepted.body()).getJsonObject("story").getString("id");
        JsonObject story = studio.story(storyId);
        assertEquals("draft", story.getString("status"));
        assertTrue(story.getString("body").contains("A poem about the river"));
        assertEquals("Sky", story.getJsonObject("attribution").getString("name"));
        assertEquals("accepted", Json.object(server.get("/api/v1/submissions/" + token).body()).getString("status"));
        assertEquals(409, server.asAdmin("POST", "/api/v1/studio/submissions/" + receipt.getString("id") + "/decision",
                "{\"decision\":\"reject\"}").statusCode(), "one decision only");

        assertEquals(200, studio.transition(storyId, "submit").statusCode());
        assertEquals(201, studio.storytellerApproves(storyId).statusCode());
        assertEquals(200, studio.transition(storyId, "approve").statusCode());
        assertEquals(200, studio.transition(storyId, "publish").statusCode());
        String slug = story.getString("slug");
        assertEquals(200, server.get("/api/v1/stories/" + slug).statusCode());

        HttpResponse<String> withdrawn = server.send("POST", "/api/v1/submissions/" + token + "/withdrawal", "{}");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertTrue(Json.object(withdrawn.body()).getJsonArray("removed").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("type").equals("story")), withdrawn.body());
        int status = server.get("/api/v1/stories/" + slug).statusCode();
        assertTrue(status == 410 || status == 404, "the story is down at once: " + status);
        assertEquals("withdrawn", Json.object(server.get("/api/v1/submissions/" + token).body()).getString("status"));
    }

    @Test
    void theFrenchFormWorksWithoutJavaScriptAndSetsNoCookie() {
        HttpResponse<String> form = server.get("/fr/submit");
        assertEquals(200, form.statusCode());
        assertTrue(form.headers().firstValue("Set-Cookie").isEmpty());
        assertTrue(form.body().contains("lang=\"fr\"") && form.body().contains("Quitter cette page"));
        assertTrue(form.body().contains("enctype=\"multipart/form-data\"") && form.body().contains("type=\"file\""));

        String code = code(5, LocalDate.now().plusMonths(1));
        Map<String, String> fields = fields(code, "Notre parc " + System.nanoTime(), "Un poème sur notre parc.");
        fields.put("lang", "fr");
        fields.put("website", "");
        Multipart body = new Multipart();
        fields.forEach(body::field);
        body.field("channels", "print");
        body.file("file", "", "application/octet-stream", new byte[0]); // no file chosen, as a browser sends it
        HttpResponse<String> posted = send(body.post(URI.create(server.url("/api/v1/submissions/form")))
                .header("Accept", "text/html"));
        assertEquals(303, posted.statusCode(), posted.body());
        String location = URI.create(posted.headers().firstValue("Location").orElseThrow()).getRawPath();
        assertTrue(location.startsWith("/fr/submissions/"), location);
        assertTrue(posted.headers().firstValue("Set-Cookie").isEmpty());
        HttpResponse<String> page = server.get(location);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Reçue"), "the French status page");

        Map<String, String> wrong = fields("NOPE-NOPE", "Refusé", "Rien.");
        wrong.put("lang", "fr");
        Multipart refused = new Multipart();
        wrong.forEach(refused::field);
        HttpResponse<String> back = send(refused.post(URI.create(server.url("/api/v1/submissions/form"))));
        assertEquals(303, back.statusCode());
        URI againUri = URI.create(back.headers().firstValue("Location").orElseThrow());
        String again = againUri.getRawPath() + "?" + againUri.getRawQuery();
        assertTrue(again.startsWith("/fr/submit?problem="), again);
        assertTrue(server.get(again).body().contains("Ce code d’invitation ne peut pas être utilisé"));
    }

    @Test
    void distressInTheTextShowsHelpWithoutSayingSo() {
        String code = code(5, LocalDate.now().plusMonths(1));
        HttpResponse<String> created = submit(fields(code, "My drawing " + System.nanoTime(),
                "He hurts me when I go home."), TestImages.jpeg(64, 64));
        assertEquals(201, created.statusCode(), created.body());
        String url = Json.object(created.body()).getString("statusUrl");
        String page = server.get(url.substring(url.indexOf("/en/"))).body();
        assertTrue(page.contains("If you need to talk to someone") && page.contains("1-800-668-6868") && page.contains("911"));
        assertFalse(page.toLowerCase().contains("detected"));
        JsonObject detail = Json.object(server.asAdmin("GET", "/api/v1/studio/submissions/"
                + Json.object(created.body()).getString("id"), null).body());
        assertEquals("possible-disclosure", detail.getJsonArray("flags").getJsonObject(0).getString("code"));
    }

    @Test
    void acceptedIntoTheLibraryTheMediaAreReleasedRejectedTheyGoEscalatedOnlyTheLeadSeesIt() {
        String code = code(5, LocalDate.now().plusMonths(1));
        String library = "/api/v1/studio/media?organization=northern-lantern&limit=100";
        String[] ids = new String[3];
        String[] media = new String[3];
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> created = submit(fields(code, "Library " + i + " " + System.nanoTime(), "Photo " + i),
                    TestImages.jpeg(100 + i, 80));
            assertEquals(201, created.statusCode(), created.body());
            ids[i] = Json.object(created.body()).getString("id");
            media[i] = Json.object(server.asAdmin("GET", "/api/v1/studio/submissions/" + ids[i], null).body())
                    .getJsonArray("mediaIds").getString(0);
        }
        HttpResponse<String> accepted = server.asAdmin("POST", "/api/v1/studio/submissions/" + ids[0] + "/decision",
                "{\"decision\":\"accept\",\"into\":\"media\"}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(media[0], Json.object(accepted.body()).getJsonArray("media").getString(0));
        JsonObject asset = Json.object(server.asAdmin("GET", "/api/v1/studio/media/" + media[0], null).body());
        assertEquals(1, asset.getJsonArray("consents").size(), "the asset shows the submitter, under their consent");
        assertTrue(Json.items(server.asAdmin("GET", library, null).body()).stream()
                .anyMatch(m -> m.getString("id").equals(media[0])), "released into the library");
        assertEquals(404, server.get("/media/" + media[0] + "/full").statusCode(), "still private until content uses it");

        assertEquals(200, server.asAdmin("POST", "/api/v1/studio/submissions/" + ids[1] + "/decision",
                "{\"decision\":\"reject\",\"feedback\":\"Merci !\"}").statusCode());
        assertEquals(404, server.asAdmin("GET", "/api/v1/studio/media/" + media[1], null).statusCode(),
                "what is not accepted is not kept");

        assertEquals(200, server.asAdmin("POST", "/api/v1/studio/submissions/" + ids[2] + "/decision",
                "{\"decision\":\"escalate\",\"feedback\":\"Possible disclosure\"}").statusCode());
        assertTrue(Json.items(server.asAdmin("GET", "/api/v1/studio/submissions?status=escalated", null).body()).stream()
                .anyMatch(x -> x.getString("id").equals(ids[2])), "the lead (an admin) sees it");
        assertFalse(Json.items(server.asAdmin("GET", "/api/v1/studio/submissions?status=pending&limit=100", null).body())
                .stream().anyMatch(x -> x.getString("id").equals(ids[2])), "out of the moderators' queue");
        assertEquals(409, server.asAdmin("POST", "/api/v1/studio/submissions/" + ids[2] + "/decision",
                "{\"decision\":\"accept\"}").statusCode(), "an escalation is never published");
    }

    @Test
    void anOrganizationEditsItsDistressWordsLikeItsTerminology() {
        String path = "/api/v1/studio/distress-words?organization=northern-lantern";
        JsonObject shipped = Json.object(server.asAdmin("GET", path, null).body());
        assertTrue(shipped.getJsonArray("items").size() > 10, "the shipped list");
        assertTrue(shipped.getBoolean("standard"));
        int version = shipped.getInt("version");
        String phrase = "zz-lantern-" + System.nanoTime();
        assertProblem(400, server.asAdmin("PUT", path, "{\"items\":[\"" + phrase + "\"]}"), "version");
        HttpResponse<String> saved = server.asAdmin("PUT", path, "{\"version\":" + version + ",\"items\":[\" "
                + phrase.toUpperCase() + " \"]}");
        assertEquals(200, saved.statusCode(), saved.body());
        try {
            assertEquals(List.of(phrase), Json.strings(Json.object(saved.body()).getJsonArray("items")));
            assertFalse(Json.object(saved.body()).getBoolean("standard"));
            assertEquals(version + 1, Json.object(saved.body()).getInt("version"));
            HttpResponse<String> stale = server.asAdmin("PUT", path, "{\"version\":" + version + ",\"items\":[\"mine\"]}");
            assertProblem(409, stale, null);
            assertEquals(List.of(phrase), Json.strings(Json.object(stale.body()).getJsonObject("current").getJsonArray("items")),
                    "the conflict says what the other person saved");
            assertEquals(List.of(phrase), Json.strings(Json.object(server.asAdmin("GET", path, null).body())
                    .getJsonArray("items")), "and overwrote nothing");
            assertProblem(400, server.asAdmin("PUT", path, "{\"version\":" + (version + 1) + ",\"items\":[\""
                    + "x".repeat(121) + "\"]}"), "items");
            String code = code(5, LocalDate.now().plusMonths(1));
            HttpResponse<String> created = submit(fields(code, "Drawing " + System.nanoTime(), "Words: " + phrase + "."),
                    TestImages.jpeg(64, 64));
            String url = Json.object(created.body()).getString("statusUrl");
            assertTrue(server.get(url.substring(url.indexOf("/en/"))).body().contains("If you need to talk to someone"));
        } finally {
            HttpResponse<String> reset = server.asAdmin("PUT", path, "{\"version\":" + (version + 1) + ",\"items\":[]}");
            assertEquals(200, reset.statusCode(), reset.body());
            assertTrue(Json.object(reset.body()).getBoolean("standard"), "empty: back to the shipped list");
        }
    }

    @Test
    void feedbackTemplatesAreTheOrganizationsOwnInBothLanguagesAndARejectionUsesThem() {
        String path = "/api/v1/studio/feedback-templates?organization=northern-lantern";
        assertProblem(400, server.asAdmin("GET", "/api/v1/studio/feedback-templates", null), "organization");
        JsonObject shipped = Json.object(server.asAdmin("GET", path, null).body());
        assertTrue(shipped.getBoolean("standard"));
        List<JsonObject> items = shipped.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("thanks", "identifiable", "location", "topic"), items.stream().map(i -> i.getString("code")).toList());
        assertTrue(items.get(0).getString("fr").startsWith("Merci d’avoir partagé"), items.get(0).toString());
        int version = shipped.getInt("version");

        String run = Long.toString(System.nanoTime(), 36);
        String own = "{\"version\":" + version + ",\"items\":[{\"code\":\"kind\",\"en\":\"Thanks " + run + "\","
                + "\"fr\":\"Merci " + run + "\"},{\"en\":\"Second " + run + "\",\"fr\":\"Deuxième " + run + "\"}]}";
        assertProblem(400, server.asAdmin("PUT", path, own.replace("\"version\":" + version + ",", "")), "version");
        assertProblem(400, server.asAdmin("PUT", path, own.replace("Merci " + run, " ")), "items[0].fr");
        assertTrue(Json.object(server.asAdmin("GET", path, null).body()).getBoolean("standard"), "a refused list saves nothing");
        HttpResponse<String> saved = server.asAdmin("PUT", path, own);
        assertEquals(200, saved.statusCode(), saved.body());
        try {
            JsonObject list = Json.object(saved.body());
            assertFalse(list.getBoolean("standard"));
            assertEquals(version + 1, list.getInt("version"));
            assertEquals(List.of("kind", "template-1"), list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(i -> i.getString("code")).toList());
            HttpResponse<String> stale = server.asAdmin("PUT", path, own);
            assertProblem(409, stale, null);
            assertEquals(2, Json.object(stale.body()).getJsonObject("current").getJsonArray("items").size(),
                    "the conflict says what the other person saved");

            // A French submission rejected with the "kind" template reads it in French.
            String code = code(5, LocalDate.now().plusMonths(1));
            Map<String, String> french = fields(code, "Dessin " + run, "Un dessin du parc.");
            french.put("lang", "fr");
            JsonObject receipt = Json.object(submit(french, TestImages.jpeg(64, 64)).body());
            String id = receipt.getString("id");
            String decision = "/api/v1/studio/submissions/" + id + "/decision";
            assertProblem(400, server.asAdmin("POST", decision, "{\"decision\":\"reject\",\"template\":\"nope\"}"), "template");
            HttpResponse<String> rejected = server.asAdmin("POST", decision, "{\"decision\":\"reject\",\"template\":\"kind\"}");
            assertEquals(200, rejected.statusCode(), rejected.body());
            String url = receipt.getString("statusUrl");
            JsonObject status = Json.object(server.get("/api/v1/submissions/" + url.substring(url.lastIndexOf('/') + 1)).body());
            assertEquals("not-accepted", status.getString("status"));
            assertEquals("Merci " + run, status.getString("feedback"));
        } finally {
            HttpResponse<String> reset = server.asAdmin("PUT", path, "{\"version\":" + (version + 1) + ",\"items\":[]}");
            assertEquals(200, reset.statusCode(), reset.body());
            assertTrue(Json.object(reset.body()).getBoolean("standard"), "empty: back to the shipped templates");
        }
    }

    @Test
    void firstSavesAtOnceLetOneWinAndTellTheOthersOfTheConflict() throws Exception {
        String slug = "race-" + Long.toString(System.nanoTime(), 36);
        assertEquals(201, server.asAdmin("POST", "/api/v1/studio/organizations",
                "{\"slug\":\"" + slug + "\",\"name\":\"Race House " + slug + "\",\"province\":\"ON\"}").statusCode());
        for (String path : List.of("/api/v1/studio/feedback-templates?organization=" + slug,
                "/api/v1/studio/distress-words?organization=" + slug)) {
            String body = path.contains("feedback") ? "{\"version\":0,\"items\":[{\"en\":\"Thanks\",\"fr\":\"Merci\"}]}"
                    : "{\"version\":0,\"items\":[\"help me\"]}";
            String token = server.adminToken();
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> server.send("PUT", path, body,
                        "Authorization", "Bearer " + token)));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : sent) {
                statuses.add(answer.get().statusCode());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), path + " " + statuses);
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), path + " " + statuses);
            assertEquals(1, Json.object(server.asAdmin("GET", path, null).body()).getInt("version"));
        }
    }

    // ---------------------------------------------------------------- helpers

    String code(int uses, LocalDate expiresOn) {
        HttpResponse<String> response = server.asAdmin("POST", "/api/v1/studio/invitations",
                "{\"project\":\"" + PROJECT + "\",\"uses\":" + uses + ",\"expiresOn\":\"" + expiresOn + "\"}");
        assertEquals(201, response.statusCode(), response.body());
        return Json.object(response.body()).getString("code");
    }

    static Map<String, String> fields(String code, String title, String description) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("lang", "en");
        fields.put("title", title);
        fields.put("description", description);
        fields.put("creditType", "alias");
        fields.put("creditName", "Sky");
        fields.put("ageBand", "16-17");
        fields.put("assent", "true");
        fields.put("guardianName", "Test Guardian");
        fields.put("guardianContact", "guardian@example.org");
        fields.put("guardianConsent", "true");
        fields.put("channels", "website");
        return fields;
    }

    HttpResponse<String> submit(Map<String, String> fields, byte[] jpeg) {
        return submitFile(fields, "photo.jpg", "image/jpeg", jpeg);
    }

    HttpResponse<String> submitFile(Map<String, String> fields, String name, String type, byte[] content) {
        Multipart body = new Multipart();
        fields.forEach(body::field);
        body.file("file", name, type, content);
        return send(body.post(URI.create(server.url("/api/v1/submissions"))).header("Accept", "application/json"));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP11.send(request.expectContinue(true).timeout(Patience.times(2)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void assertProblem(int status, HttpResponse<String> response, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        if (field != null) {
            assertTrue(Json.object(response.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .anyMatch(e -> e.getString("field").equals(field)), response.body());
        }
    }

    int countAll() {
        int total = 0;
        for (String status : List.of("pending", "accepted", "rejected", "escalated", "withdrawn")) {
            total += Json.items(server.asAdmin("GET", "/api/v1/studio/submissions?status=" + status + "&limit=100", null)
                    .body()).size();
        }
        return total;
    }
}
