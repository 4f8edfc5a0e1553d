package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.junit.jupiter.api.Test;

/** The public content API over HTTP, on the sample content imported at first start. */
class ContentApiIT {

    final HearthServer server = HearthServer.embedded();

    List<JsonObject> all(String path) {
        List<JsonObject> items = new ArrayList<>();
        String next = path;
        for (int page = 0; page < 100 && next != null; page++) {
            HttpResponse<String> response = server.get(next);
            assertEquals(200, response.statusCode(), response.body());
            JsonObject body = Json.object(response.body());
            items.addAll(body.getJsonArray("items").getValuesAs(JsonObject.class));
            next = Json.isNull(body, "next") ? null
                    : path + (path.contains("?") ? "&" : "?") + "cursor=" + body.getString("next");
        }
        return items;
    }

    @Test
    void theSampleStoriesArePublishedNewestFirstAndPageByCursor() {
        List<JsonObject> stories = all("/api/v1/stories?limit=5");
        Set<String> slugs = new HashSet<>();
        stories.forEach(s -> slugs.add(s.getString("slug")));
        assertEquals(stories.size(), slugs.size(), "no story twice across pages");
        assertTrue(stories.size() >= 16, "12 English stories and their French translations: " + stories.size());
        for (int i = 1; i < stories.size(); i++) {
            assertTrue(stories.get(i - 1).getString("publishedAt").compareTo(stories.get(i).getString("publishedAt")) >= 0,
                    "newest first");
        }
        assertTrue(stories.stream().allMatch(s -> s.getString("url").startsWith(server.base() + "/")), "absolute urls");
    }

    @Test
    void filtersNarrowTheList() {
        List<JsonObject> french = all("/api/v1/stories?lang=fr&limit=100");
        assertTrue(french.size() >= 4);
        assertTrue(french.stream().allMatch(s -> s.getString("lang").equals("fr")));
        List<JsonObject> youth = all("/api/v1/stories?audience=youth&limit=100");
        assertFalse(youth.isEmpty());
        assertTrue(youth.stream().allMatch(s -> Json.strings(s.getJsonArray("audiences")).contains("youth")));
        List<JsonObject> labour = all("/api/v1/stories?topic=labour-exploitation&lang=en");
        assertTrue(labour.size() >= 3);
        assertTrue(labour.stream().allMatch(s -> Json.strings(s.getJsonArray("topics")).contains("labour-exploitation")));
        assertEquals(400, server.get("/api/v1/stories?topic=not-a-topic").statusCode());
        assertEquals(400, server.get("/api/v1/stories?limit=1000").statusCode());
    }

    @Test
    void oneStoryHasTheContractsShapeAndLinksItsTranslation() {
        JsonObject french = Json.object(server.get("/api/v1/stories/une-infirmiere-remarque-les-signes").body());
        assertEquals("fr", french.getString("lang"));
        assertTrue(french.getString("bodyHtml").contains("<p>"));
        assertFalse(french.getString("bodyHtml").contains("<script"));
        assertNotNull(french.getJsonArray("media"));
        assertEquals("first-name", french.getJsonObject("attribution").getString("type"));
        assertEquals("hochelaga-together", french.getJsonObject("project").getString("slug"));
        JsonObject english = french.getJsonObject("translations").getJsonObject("en");
        assertEquals("a-nurse-notices-the-signs", english.getString("slug"));
        assertEquals(server.base() + "/en/stories/a-nurse-notices-the-signs", english.getString("url"));
        assertTrue(french.getString("publishedAt").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));
    }

    @Test
    void anUnchangedStoryAnswers304ToItsETag() {
        HttpResponse<String> first = server.get("/api/v1/stories/a-nurse-notices-the-signs");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = server.get("/api/v1/stories/a-nurse-notices-the-signs", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(200, server.get("/api/v1/stories/a-nurse-notices-the-signs", "If-None-Match", "\"other\"").statusCode());
    }

    @Test
    void unknownSlugsAreProblem404() {
        HttpResponse<String> response = server.get("/api/v1/stories/no-such-story");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Json.object(response.body());
        assertEquals(404, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertEquals(404, server.get("/api/v1/projects/nowhere").statusCode());
        assertEquals(404, server.get("/api/v1/no-such-resource").statusCode());
    }

    @Test
    void projectsSpanProvincesAndNameTheirOrganization() {
        List<JsonObject> projects = all("/api/v1/projects?limit=2");
        assertTrue(projects.size() >= 3);
        Set<String> provinces = new HashSet<>();
        projects.forEach(p -> provinces.add(p.getString("province")));
        assertTrue(provinces.size() >= 3, provinces::toString);
        projects.forEach(p -> assertEquals("northern-lantern", p.getString("organization")));
        JsonObject one = Json.object(server.get("/api/v1/projects/hochelaga-together").body());
        assertEquals("Montréal", one.getString("municipality"));
    }

    @Test
    void campaignsAndAudiences() {
        JsonObject campaign = Json.object(server.get("/api/v1/campaigns/national-awareness-day-2027").body());
        assertEquals("2027-02-01", campaign.getString("startsOn"));
        JsonObject audiences = Json.object(server.get("/api/v1/audiences").body());
        assertTrue(Json.isNull(audiences, "next"));
        List<JsonObject> items = audiences.getJsonArray("items").getValuesAs(JsonObject.class);
        // The five defaults come first, in order; other tests on this server may add more (the contract allows it).
        assertEquals(List.of("youth", "indigenous", "newcomers", "business", "health"),
                items.stream().map(a -> a.getString("code")).toList().subList(0, 5));
        assertEquals("Jeunes", items.get(0).getJsonObject("labels").getString("fr"));
    }
}
