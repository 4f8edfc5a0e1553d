package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.junit.jupiter.api.Test;

/** A storyteller's private review link: no account, the exact version, a decision, a withdrawal. */
class ReviewLinkIT {

    final HearthServer server = HearthServer.embedded();
    final StudioClient studio = new StudioClient(server);
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void theStorytellerApprovesAndLaterWithdrawsThroughTheirLink() {
        String consent = studio.created("/api/v1/studio/consents",
                StudioClient.consentJson(List.of("youth"), List.of("en"), today, today.plusYears(1))).getString("id");
        JsonObject story = studio.created("/api/v1/studio/stories", StudioClient.storyJson("lived-experience",
                "Reviewed by her own hand", "What she said, in her words.", consent, List.of("youth"), ""));
        String id = story.getString("id");
        JsonObject link = studio.created("/api/v1/studio/stories/" + id + "/review-links", null);
        String path = URI.create(link.getString("url")).getPath();
        String token = path.substring("/review/".length());

        HttpResponse<String> page = server.get(path);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Reviewed by her own hand") && page.body().contains("What she said"));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty());

        int version = studio.story(id).getInt("version");
        HttpResponse<String> decided = form("/api/v1/review/" + token + "/decision",
                "version=" + version + "&decision=approved&comment=Yes%2C+that+is+me");
        assertEquals(303, decided.statusCode(), decided.body());
        assertTrue(server.get(path + "?done=approved").body().contains("approval of this version has been recorded"));

        assertEquals(200, studio.transition(id, "submit").statusCode());
        assertEquals(200, studio.transition(id, "approve").statusCode(), "her approval through the link counts");
        assertEquals(200, studio.transition(id, "publish").statusCode());
        assertEquals(200, studio.publicStatus(story.getString("slug")));

        HttpResponse<String> unconfirmed = form("/api/v1/review/" + token + "/withdrawal", "");
        assertEquals(400, unconfirmed.statusCode(), "withdrawal asks for a confirmation tick");
        HttpResponse<String> withdrawn = form("/api/v1/review/" + token + "/withdrawal", "confirm=yes");
        assertEquals(303, withdrawn.statusCode(), withdrawn.body());
        assertEquals(410, studio.publicStatus(story.getString("slug")), "down at once, no account, no reason asked");

        String audit = server.asAdmin("GET", "/api/v1/studio/audit?limit=100", null).body();
        assertTrue(audit.contains("review-link.opened"), "every use of the link is logged");
    }

    @Test
    void aRevokedOrMadeUpLinkShowsNothing() {
        JsonObject story = studio.created("/api/v1/studio/stories",
                StudioClient.storyJson("guidance", "Link to revoke", "Text.", null, List.of("youth"), ""));
        String id = story.getString("id");
        JsonObject link = studio.created("/api/v1/studio/stories/" + id + "/review-links", null);
        String path = URI.create(link.getString("url")).getPath();
        assertEquals(200, server.get(path).statusCode());
        assertEquals(204, server.asAdmin("DELETE", "/api/v1/studio/stories/" + id + "/review-links/" + link.getString("id"), null)
                .statusCode());
        HttpResponse<String> revoked = server.get(path);
        assertEquals(404, revoked.statusCode());
        assertTrue(!revoked.body().contains("Link to revoke"));
        assertEquals(404, server.get("/review/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").statusCode());
        List<JsonObject> links = Json.items(server.asAdmin("GET", "/api/v1/studio/stories/" + id + "/review-links", null).body());
        assertTrue(links.get(0).isNull("url"), "the token is never shown again");
    }

    private HttpResponse<String> form(String path, String body) {
        return server.send(java.net.http.HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }
}
