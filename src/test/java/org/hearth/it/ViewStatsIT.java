package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.hearth.testsupport.Patience;
import org.junit.jupiter.api.Test;

/**
 * Views of a story are counted per day, whether the page came from the page cache or was
 * rendered, and staff read the totals from the studio API; readers get no cookie for it.
 */
class ViewStatsIT {

    /** A full page of text: other tests open the newest English story on the home page and expect to read one. */
    static final String GUIDANCE = "If someone you know is being controlled by an employer or a partner, you do not have to "
            + "know everything before you reach out. The hotline listens, explains the options in your language and never "
            + "asks you to act before you are ready. You can call for yourself or for someone else.";

    final HearthServer server = HearthServer.embedded();
    final StudioClient studio = new StudioClient(server);

    @Test
    void everyReadingOfAStoryCountsCachedOrNotAndStaffSeeTheDailyTotal() {
        JsonObject story = studio.created("/api/v1/studio/stories", StudioClient.storyJson("guidance",
                "Counted without knowing who reads", GUIDANCE, null, List.of("youth"), ""));
        String id = story.getString("id");
        studio.transition(id, "submit");
        studio.transition(id, "approve");
        assertEquals(200, studio.transition(id, "publish").statusCode());
        String path = "/en/stories/" + story.getString("slug");

        HttpResponse<String> rendered = server.get(path);
        assertEquals(200, rendered.statusCode());
        assertTrue(rendered.headers().allValues("Set-Cookie").isEmpty(), "counting gives the reader no cookie");
        assertEquals(200, server.get(path).statusCode());
        assertEquals(200, server.get(path).statusCode());
        String etag = rendered.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.get(path, "If-None-Match", etag).statusCode());
        HttpResponse<String> head = server.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());

        // One render, two cache hits and a revalidation are four readings; the HEAD is not one.
        JsonObject item = awaitTotal(id, 4);
        assertEquals("story", item.getString("type"));
        assertEquals(story.getString("slug"), item.getString("slug"));
        assertEquals("northern-lantern", item.getString("organization"));
        JsonObject today = item.getJsonArray("days").getJsonObject(0);
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), today.getString("day"));
        assertEquals(4, today.getInt("views"));
        assertEquals(Set.of("type", "id", "organization", "slug", "lang", "title", "url", "total", "days"), item.keySet(),
                "totals only: nothing about who read");
    }

    @Test
    void statisticsAreForStaffOnlyAndTakeDays() {
        assertEquals(401, server.get("/api/v1/studio/stats").statusCode());
        HttpResponse<String> bad = server.asAdmin("GET", "/api/v1/studio/stats?from=yesterday", null);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("from"), bad.body());
        assertEquals(400, server.asAdmin("GET", "/api/v1/studio/stats?from=2026-12-02&to=2026-12-01", null).statusCode());
        JsonObject empty = Json.object(server.asAdmin("GET", "/api/v1/studio/stats?from=2020-01-01&to=2020-01-31", null).body());
        assertEquals("2020-01-01", empty.getString("from"));
        assertTrue(empty.getJsonArray("items").isEmpty());
    }

    /** The story's totals once the counts flushed every five seconds reach {@code expected}. */
    JsonObject awaitTotal(String id, int expected) {
        JsonObject item = Patience.until("the story's " + expected + " views to be written", () -> {
            HttpResponse<String> stats = server.asAdmin("GET", "/api/v1/studio/stats", null);
            assertEquals(200, stats.statusCode(), stats.body());
            return Json.object(stats.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(i -> id.equals(i.getString("id"))).findFirst().orElse(null);
        }, seen -> seen != null && seen.getInt("total") >= expected);
        assertEquals(expected, item.getInt("total"), item.toString());
        assertFalse(item.isNull("slug"));
        return item;
    }
}
