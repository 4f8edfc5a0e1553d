package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.junit.jupiter.api.Test;

/** The studio API for help resources, and the public pages that show them, campaigns and projects right after a change. */
class ReferenceDataApiIT {

    final HearthServer server = HearthServer.embedded();
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    static String help(String nameEn, String phone, String textUrl, String audience, String lastVerified, String extra) {
        return "{\"organization\":\"northern-lantern\",\"names\":{\"en\":" + Json.quote(nameEn) + ",\"fr\":\"Ligne d'écoute de test\"},"
                + "\"phone\":" + (phone == null ? "null" : Json.quote(phone)) + ",\"tty\":\"1-800-555-0199\","
                + "\"textUrl\":" + (textUrl == null ? "null" : Json.quote(textUrl)) + ","
                + "\"hours\":{\"en\":\"Weekdays 9 to 5\",\"fr\":\"En semaine, de 9 h à 17 h\"},"
                + "\"languages\":{\"en\":\"English, French\",\"fr\":\"anglais, français\"},"
                + "\"audience\":" + (audience == null ? "null" : Json.quote(audience)) + ","
                + "\"lastVerified\":" + (lastVerified == null ? "null" : Json.quote(lastVerified)) + extra + "}";
    }

    @Test
    void theStudioListsTheSampleHotlinesWithTheirVerification() {
        HttpResponse<String> list = server.asAdmin("GET", "/api/v1/studio/help-resources", null);
        assertEquals(200, list.statusCode(), list.body());
        JsonObject hotline = Json.items(list.body()).stream().filter(h -> h.getString("code").equals("hotline")).findFirst().orElseThrow();
        assertEquals("1-833-900-1010", hotline.getString("phone"));
        assertEquals("tel:+18339001010", hotline.getString("tel"));
        assertEquals("Ligne d'urgence canadienne contre la traite des personnes", hotline.getJsonObject("names").getString("fr"));
        assertEquals(401, server.get("/api/v1/studio/help-resources").statusCode(), "signed-in staff only");
    }

    @Test
    void invalidFieldsAreNamedInProblemJson() {
        HttpResponse<String> refused = server.asAdmin("POST", "/api/v1/studio/help-resources",
                help("", "call us", "javascript:alert(1)", null, today.plusDays(3).toString(), ""));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        List<String> fields = Json.object(refused.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(List.of("nameEn", "phone", "textUrl", "lastVerified"), fields, refused.body());

        HttpResponse<String> unknownAudience = server.asAdmin("POST", "/api/v1/studio/help-resources",
                help("A support line", "1-800-555-0100", null, "astronauts", null, ""));
        assertEquals(400, unknownAudience.statusCode());
        assertTrue(unknownAudience.body().contains("\"audience\""), unknownAudience.body());
    }

    @Test
    void aNewHelpLineForEveryoneIsOnThePublicPagesAtOnceAndCanBeVerified() {
        assertFalse(server.get("/en/help").body().contains("Harbour test line"), "cached before the change");

        HttpResponse<String> created = server.asAdmin("POST", "/api/v1/studio/help-resources",
                help("Harbour test line", "1-800-555-0100", "sms:686868", null, "2025-01-10", ""));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject line = Json.object(created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/v1/studio/help-resources/" + line.getString("id")), location);
        assertEquals("harbour-test-line", line.getString("code"));
        assertTrue(line.getBoolean("needsVerification"), "verified almost two years ago");
        assertEquals("1-800-555-0199", line.getString("tty"));
        String page = server.get("/en/help").body();
        assertTrue(page.contains("Harbour test line"), "no stale cached page");
        assertTrue(page.contains("href=\"sms:686868\"") && page.contains("1-800-555-0199"), "text address and TTY are offered");
        assertEquals(409, server.asAdmin("POST", "/api/v1/studio/help-resources",
                help("Harbour test line", "1-800-555-0100", null, null, null, "")).statusCode(), "the code is taken");

        String id = line.getString("id");
        int version = line.getInt("version");
        HttpResponse<String> edited = server.asAdmin("PUT", "/api/v1/studio/help-resources/" + id,
                help("Harbour test line, renamed", "1-800-555-0101", null, null, "2025-01-10", ",\"version\":" + version));
        assertEquals(200, edited.statusCode(), edited.body());
        assertTrue(server.get("/en/help").body().contains("Harbour test line, renamed"));
        assertTrue(server.get("/en/help").body().contains("1-800-555-0101"));

        HttpResponse<String> stale = server.asAdmin("PUT", "/api/v1/studio/help-resources/" + id,
                help("Someone else's edit", "1-800-555-0102", null, null, null, ",\"version\":" + version));
        assertEquals(409, stale.statusCode(), "started from an old version");
        assertTrue(server.get("/en/help").body().contains("1-800-555-0101"), "the stale edit changed nothing");

        HttpResponse<String> verified = server.asAdmin("POST", "/api/v1/studio/help-resources/" + id + "/verification",
                "{\"version\":" + Json.object(edited.body()).getInt("version") + "}");
        assertEquals(200, verified.statusCode(), verified.body());
        assertEquals(today.toString(), Json.object(verified.body()).getString("lastVerified"));
        assertFalse(Json.object(verified.body()).getBoolean("needsVerification"));
        assertEquals(404, server.asAdmin("GET", "/api/v1/studio/help-resources/999999", null).statusCode());
    }

    @Test
    void campaignsAreEditedThroughTheStudioApiAndTheirPublicPageFollows() {
        HttpResponse<String> created = server.asAdmin("POST", "/api/v1/studio/campaigns",
                "{\"organization\":\"northern-lantern\",\"name\":\"Harbour week\",\"nameFr\":\"Semaine du port\","
                        + "\"startsOn\":\"2027-02-15\",\"endsOn\":\"2027-02-22\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject campaign = Json.object(created.body());
        assertEquals("harbour-week", campaign.getString("slug"));
        assertTrue(server.get("/fr/campaigns/harbour-week").body().contains("Semaine du port"));

        HttpResponse<String> backwards = server.asAdmin("PUT", "/api/v1/studio/campaigns/harbour-week",
                "{\"name\":\"Harbour week\",\"startsOn\":\"2027-02-22\",\"endsOn\":\"2027-02-15\",\"version\":" + campaign.getInt("version") + "}");
        assertEquals(400, backwards.statusCode());
        assertTrue(backwards.body().contains("endsOn"), backwards.body());

        HttpResponse<String> renamed = server.asAdmin("PUT", "/api/v1/studio/campaigns/harbour-week",
                "{\"name\":\"Harbour week\",\"nameFr\":\"La semaine du port\",\"version\":" + campaign.getInt("version") + "}");
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertTrue(server.get("/fr/campaigns/harbour-week").body().contains("La semaine du port"), "no stale cached page");
        assertEquals(409, server.asAdmin("PUT", "/api/v1/studio/campaigns/harbour-week",
                "{\"name\":\"Harbour week\",\"version\":" + campaign.getInt("version") + "}").statusCode());
    }

    @Test
    void audiencesKeepTheirCodeAndNeedBothLabels() {
        HttpResponse<String> created = server.asAdmin("POST", "/api/v1/studio/audiences",
                "{\"code\":\"health-students\",\"labelEn\":\"Health students\",\"labelFr\":\"Étudiants en santé\"}");
        assertEquals(201, created.statusCode(), created.body());
        int version = Json.object(created.body()).getInt("version");
        assertEquals(409, server.asAdmin("POST", "/api/v1/studio/audiences",
                "{\"code\":\"health-students\",\"labelEn\":\"Again\",\"labelFr\":\"Encore\"}").statusCode());
        HttpResponse<String> noFrench = server.asAdmin("PUT", "/api/v1/studio/audiences/health-students",
                "{\"labelEn\":\"Health students\",\"version\":" + version + "}");
        assertEquals(400, noFrench.statusCode());
        assertTrue(noFrench.body().contains("labelFr"), noFrench.body());
        HttpResponse<String> relabelled = server.asAdmin("PUT", "/api/v1/studio/audiences/health-students",
                "{\"code\":\"renamed\",\"labelEn\":\"Students in health care\",\"labelFr\":\"Étudiants en santé\",\"version\":" + version + "}");
        assertEquals(200, relabelled.statusCode(), relabelled.body());
        assertEquals("health-students", Json.object(relabelled.body()).getString("code"), "the code never changes");
        assertTrue(server.get("/api/v1/audiences").body().contains("Students in health care"));
    }
}
