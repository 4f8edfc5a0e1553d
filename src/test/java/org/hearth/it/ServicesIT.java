package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The service directory over HTTP: its pages in both languages with filters as links, the local
 * services and the province's lines on story and project pages, the public API, search, and the
 * studio API with its rules and locking.
 */
class ServicesIT {

    final HearthServer server = HearthServer.embedded();

    String page(String path) {
        HttpResponse<String> page = server.get(path);
        assertEquals(200, page.statusCode(), path);
        assertTrue(page.headers().firstValue("Set-Cookie").isEmpty(), path + ": readers get no cookie");
        return page.body();
    }

    static String section(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, "has " + start);
        return html.substring(from, html.indexOf(end, from));
    }

    @Test
    void theDirectoryFiltersByProvinceAndCategoryWithPlainLinksInBothLanguages() {
        String quebecRights = page("/en/services?province=QC&category=labour-rights");
        assertTrue(quebecRights.contains("<h1>Services in Quebec</h1>"), quebecRights);
        assertTrue(quebecRights.contains("Hochelaga Newcomer Welcome Centre") && quebecRights.contains("Quebec Domestic Workers"));
        assertFalse(quebecRights.contains("Ontario Workers' Rights Centre"), "another province's service");
        assertFalse(quebecRights.contains("Hochelaga Neighbourhood Health Clinic"), "another kind of help");
        assertTrue(quebecRights.contains("href=\"/en/services?province=QC&amp;category=legal\""), "each category keeps the province");
        assertTrue(quebecRights.contains("aria-current=\"page\">Quebec</a>")
                && quebecRights.contains("aria-current=\"page\">Rights at work</a>"), "the filters in use are marked");
        assertEquals(2, count(quebecRights, "aria-current="), "and no other");
        assertTrue(quebecRights.contains("href=\"/fr/services?province=QC&amp;category=labour-rights\""), "the language switch keeps the filters");

        String french = page("/fr/services?province=QC");
        assertTrue(french.contains("<h1>Services : Québec</h1>"), french);
        assertTrue(french.contains("Centre d'accueil des personnes immigrantes d'Hochelaga"));
        assertTrue(french.contains("Service fictif (contenu d'exemple) : n'appelez pas."), "sample services say so");
        assertTrue(french.contains("Ligne d'urgence canadienne contre la traite des personnes"), "national lines work in Quebec too");
        assertTrue(french.indexOf("Centre d'accueil") < french.indexOf("Ligne d'urgence canadienne contre la traite des personnes</h3>"),
                "the province's own services first");
        assertTrue(french.contains("href=\"tel:+15145550110\""), "phones are tel links");

        String everything = page("/en/services?province=XX&category=spa");
        assertEquals(count(page("/en/services"), "<article class=\"service\""), count(everything, "<article class=\"service\""),
                "an unknown filter is ignored");
        assertTrue(count(everything, "<article class=\"service\"") >= 16, "every sample service");
        assertTrue(everything.contains("aria-current=\"page\">All of Canada</a>"));
    }

    @Test
    void storyAndProjectPagesShowTheServicesOfTheirPlaceForTheirAudiences() {
        String story = page("/fr/stories/travail-agricole-saisonnier-connaitre-ses-droits");
        String near = section(story, "<section class=\"local-services\"", "</section>");
        assertTrue(near.contains("De l'aide près d'ici"), near);
        assertTrue(near.contains("Soutien aux travailleurs migrants de la vallée du Fraser")
                && near.contains("href=\"tel:+16045550191\""), "the Abbotsford workers' service, as a phone link");
        assertTrue(near.contains("Ligne d'intervention contre la traite de la C.-B."), "the province-wide service too");
        assertFalse(near.contains("Toronto") || near.contains("Montréal"), "nothing from another province");
        assertTrue(near.indexOf("Soutien aux travailleurs") < near.indexOf("Ligne d'intervention"), "the municipality's own first");
        String help = section(story, "<aside class=\"help\"", "</aside>");
        assertTrue(help.contains("Ligne d'intervention contre la traite de la C.-B.") && help.contains("tel:+18885550112"),
                "the help block adds British Columbia's line\n" + help);

        String youth = page("/en/stories/noticing-the-signs-in-a-friend");
        String youthNear = section(youth, "<section class=\"local-services\"", "</section>");
        assertTrue(youthNear.contains("Parkdale Youth Drop-In") && youthNear.contains("Toronto Youth Legal Clinic"));
        assertFalse(youthNear.contains("Ontario Workers' Rights Centre"), "a service only for newcomers and business");
        assertTrue(section(youth, "<aside class=\"help\"", "</aside>").contains("Ontario Trafficking Support Line"));

        String project = page("/en/projects/parkdale-youth-voices");
        String projectNear = section(project, "<section class=\"local-services\"", "</section>");
        assertTrue(projectNear.contains("Ontario Workers' Rights Centre"), "a project page shows services for every audience");
        String shelter = section(projectNear, "id=\"service-west-toronto-safe-house-network\"", "</article>");
        assertFalse(shelter.contains("Walk-in address"), "a shelter never shows a location");
        assertTrue(shelter.contains("It has not been checked in six months"), "an old check is said to readers");
        assertTrue(projectNear.contains("href=\"/en/services?province=ON\""), "and a link to all of the province's services");

        String home = section(page("/en/"), "<aside class=\"help\"", "</aside>");
        assertFalse(home.contains("Ontario Trafficking Support Line"), "a page about no province adds no province's line");
    }

    @Test
    void theApiFiltersPagesByCursorAnswersInEitherLanguageAndRefusesWhatItCannotAnswer() {
        JsonObject manitoba = Json.object(server.get("/api/v1/services?province=MB&lang=fr").body());
        List<String> slugs = manitoba.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(s -> s.getString("slug")).toList();
        assertEquals(List.of("canadian-human-trafficking-hotline", "manitoba-sexual-exploitation-line",
                "north-end-family-resource-centre", "winnipeg-community-legal-clinic"), slugs);
        JsonObject kinship = manitoba.getJsonArray("items").getValuesAs(JsonObject.class).get(2);
        assertEquals("Centre de ressources familiales autochtone du North End", kinship.getString("name"));
        assertEquals("tel:+12045550115", kinship.getString("tel"));
        assertTrue(kinship.getBoolean("fictional"));
        assertEquals("MB:Winnipeg", kinship.getJsonArray("areas").getJsonObject(0).getString("code"));
        assertEquals("Winnipeg (Manitoba)", kinship.getJsonArray("areas").getJsonObject(0).getString("label"));
        assertTrue(kinship.getJsonObject("accessibility").getBoolean("wheelchair"));
        assertEquals("self", kinship.getJsonObject("referral").getString("code"));

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = Json.object(server.get("/api/v1/services?limit=5" + (cursor == null ? "" : "&cursor=" + cursor)).body());
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(s -> paged.add(s.getString("slug")));
            cursor = Json.isNull(page, "next") ? null : page.getString("next");
        } while (cursor != null);
        assertEquals(count(page("/en/services"), "<article class=\"service\""), paged.size(), "every service");
        assertEquals(paged.stream().sorted().toList(), paged, "by slug, each once");

        HttpResponse<String> one = server.get("/api/v1/services/parkdale-youth-drop-in");
        assertEquals(200, one.statusCode());
        assertEquals("sms:+14165550123", Json.object(one.body()).getString("textUrl"));
        String etag = one.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.get("/api/v1/services/parkdale-youth-drop-in", "If-None-Match", etag).statusCode());
        assertEquals(404, server.get("/api/v1/services/no-such-service").statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/services?province=XX, province", "/api/v1/services?category=spa, category",
            "/api/v1/services?lang=de, lang", "/api/v1/services?limit=0, limit", "/api/v1/services/parkdale-youth-drop-in?lang=es, lang"})
    void badQueriesAreProblemJsonNamingTheParameter(String path, String field) {
        HttpResponse<String> refused = server.get(path);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(field, Json.object(refused.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void searchFindsServicesBesideStories() {
        JsonObject found = Json.object(server.get("/api/v1/search?q=" + URLEncoder.encode("legal clinic", StandardCharsets.UTF_8)).body());
        List<String> services = found.getJsonArray("services").getValuesAs(JsonObject.class).stream().map(s -> s.getString("slug")).toList();
        assertEquals(List.of("abbotsford-community-legal-clinic", "toronto-youth-legal-clinic", "winnipeg-community-legal-clinic"), services);
        JsonObject inManitoba = Json.object(server.get("/api/v1/search?q=legal+clinic&province=MB").body());
        assertEquals(1, inManitoba.getJsonArray("services").size(), "the province filter applies to services too");
        assertTrue(page("/fr/search?q=clinique+juridique").contains("Clinique juridique jeunesse de Toronto"));
    }

    @Test
    void adminsAddAndEditServicesWhichReadersSeeAtOnceAndAShelterNeverGetsAnAddress() {
        assertFalse(page("/en/projects/hochelaga-together").contains("Harbour test clinic"), "cached before the change");
        assertEquals(401, server.get("/api/v1/studio/services").statusCode(), "signed-in staff only");

        HttpResponse<String> shelter = server.asAdmin("POST", "/api/v1/studio/services", service("Harbour shelter", "shelter",
                "\"address\":\"12 Elm Street\","));
        assertEquals(400, shelter.statusCode(), shelter.body());
        assertEquals("address", Json.object(shelter.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, server.asAdmin("GET", "/api/v1/studio/services/harbour-shelter", null).statusCode(), "nothing stored");

        HttpResponse<String> created = server.asAdmin("POST", "/api/v1/studio/services", service("Harbour test clinic", "health",
                "\"address\":\"3 Rue Ontario\","));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/studio/services/harbour-test-clinic"));
        JsonObject clinic = Json.object(created.body());
        assertTrue(clinic.getBoolean("needsVerification"), "never verified");
        assertTrue(page("/en/projects/hochelaga-together").contains("Harbour test clinic"), "no stale cached page");
        assertEquals(409, server.asAdmin("POST", "/api/v1/studio/services", service("Harbour test clinic", "health", "")).statusCode(),
                "the slug is taken");

        int version = clinic.getInt("version");
        HttpResponse<String> edited = server.asAdmin("PUT", "/api/v1/studio/services/harbour-test-clinic",
                service("Harbour test clinic, renamed", "health", "\"version\":" + version + ","));
        assertEquals(200, edited.statusCode(), edited.body());
        assertTrue(page("/fr/services?province=QC").contains("Harbour test clinic, renamed (fr)"));
        HttpResponse<String> stale = server.asAdmin("PUT", "/api/v1/studio/services/harbour-test-clinic",
                service("Someone else's edit", "health", "\"version\":" + version + ","));
        assertEquals(409, stale.statusCode(), "started from an old version");
        assertFalse(page("/en/services").contains("Someone else's edit"), "the stale edit changed nothing");

        HttpResponse<String> verified = server.asAdmin("POST", "/api/v1/studio/services/harbour-test-clinic/verification",
                "{\"version\":" + Json.object(edited.body()).getInt("version") + "}");
        assertEquals(200, verified.statusCode(), verified.body());
        assertFalse(Json.object(verified.body()).getBoolean("needsVerification"));
        assertNotNull(Json.object(verified.body()).getString("lastVerified"));
    }

    static String service(String name, String category, String more) {
        return "{\"organization\":\"northern-lantern\"," + more + "\"names\":{\"en\":" + Json.quote(name) + ",\"fr\":"
                + Json.quote(name + " (fr)") + "},\"categories\":[\"" + category + "\"],\"areas\":[\"QC:Montreal\"],"
                + "\"phone\":\"514-555-0199\",\"referral\":\"self\",\"cost\":\"free\"}";
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
