package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.junit.jupiter.api.Test;

/**
 * Local service protocols over HTTP: the public page in both languages with each step's service,
 * the PDF in the reader's language, the public API, and the studio API's workflow, checks,
 * locking and revisions.
 */
class ProtocolsIT {

    final HearthServer server = HearthServer.embedded();

    @Test
    void aPublishedProtocolIsAPageInBothLanguagesLinkedFromItsProject() {
        HttpResponse<String> english = server.get("/en/projects/fraser-valley-fair-harvest/protocol");
        assertEquals(200, english.statusCode());
        String page = english.body();
        assertTrue(page.contains("<h1>Fair Harvest: when a farm worker may be in forced labour</h1>"), page);
        assertTrue(page.indexOf("If someone is in immediate danger, call 911.") < page.indexOf("Talk away from supervisors"),
                "the steps in order");
        assertTrue(page.contains("id=\"service-fraser-valley-migrant-worker-support\"") && page.contains("href=\"tel:+16045550191\""),
                "a step's service, with its phone link");
        assertTrue(page.contains("Consent and safety rules") && page.contains("<li>The worker decides."), "the rules, as HTML");
        assertTrue(page.contains("href=\"/api/v1/projects/fraser-valley-fair-harvest/protocol/pdf?lang=en\""));
        assertTrue(page.contains("href=\"/fr/projects/fraser-valley-fair-harvest/protocol\""), "the language switch");
        assertTrue(english.headers().firstValue("Set-Cookie").isEmpty());

        String french = server.get("/fr/projects/fraser-valley-fair-harvest/protocol").body();
        assertTrue(french.contains("Que faire, étape par étape") && french.contains("Parlez à l'écart des superviseurs"), french);
        assertTrue(french.contains("Service fictif"), "sample services say so");

        assertTrue(server.get("/en/projects/fraser-valley-fair-harvest").body()
                .contains("href=\"/en/projects/fraser-valley-fair-harvest/protocol\""), "the project links its protocol");
        assertEquals(404, server.get("/en/projects/no-such-project/protocol").statusCode());
    }

    @Test
    void thePdfIsInTheReadersLanguage() throws IOException, InterruptedException {
        String french = pdfText("/api/v1/projects/hochelaga-together/protocol/pdf?lang=fr");
        assertTrue(french.contains("Que faire, étape par étape"), french);
        assertTrue(french.contains("1. Si une personne est en danger immédiat, composez le 911."), french);
        assertTrue(french.contains("Regroupement québécois pour les droits des travailleuses domestiques · 514-555-0133"), french);
        assertTrue(french.contains("Règles de consentement et de sécurité"));
        String english = pdfText("/api/v1/projects/hochelaga-together/protocol/pdf?lang=en");
        assertTrue(english.contains("What to do, step by step") && english.contains("Speak with the person alone"), english);
        assertFalse(english.contains("Que faire"));
    }

    @Test
    void theApiGivesThePublishedProtocolAndRefusesWhatItCannotAnswer() {
        HttpResponse<String> found = server.get("/api/v1/projects/north-end-kinship-circle/protocol?lang=fr");
        assertEquals(200, found.statusCode(), found.body());
        JsonObject protocol = Json.object(found.body());
        assertEquals("fr", protocol.getString("lang"));
        assertEquals(1, protocol.getJsonArray("steps").getJsonObject(0).getInt("number"));
        JsonObject second = protocol.getJsonArray("steps").getJsonObject(1);
        assertEquals("north-end-family-resource-centre", second.getJsonObject("service").getString("slug"));
        assertTrue(Json.isNull(protocol.getJsonArray("steps").getJsonObject(0), "service"));
        assertTrue(protocol.getString("pdfUrl").endsWith("/api/v1/projects/north-end-kinship-circle/protocol/pdf?lang=fr"));
        String etag = found.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.get("/api/v1/projects/north-end-kinship-circle/protocol?lang=fr", "If-None-Match", etag).statusCode());
        assertEquals(400, server.get("/api/v1/projects/north-end-kinship-circle/protocol?lang=de").statusCode());
        assertEquals(404, server.get("/api/v1/projects/no-such-project/protocol").statusCode());
    }

    @Test
    void staffWriteReviewAndPublishAProtocolWhichReadersSeeOnlyOncePublished() {
        assertEquals(201, server.asAdmin("POST", "/api/v1/studio/projects", "{\"organization\":\"northern-lantern\","
                + "\"name\":\"Protocol harbour\",\"province\":\"QC\",\"municipality\":\"Montréal\",\"neighbourhood\":\"Centre-Sud\"}").statusCode());
        String path = "/api/v1/studio/projects/protocol-harbour/protocol";
        assertEquals(404, server.asAdmin("GET", path, null).statusCode(), "none written yet");
        assertEquals(401, server.get(path).statusCode());

        HttpResponse<String> draft = server.asAdmin("PUT", path, "{\"titles\":{\"en\":\"Harbour pathway\"},\"steps\":["
                + "{\"texts\":{\"en\":\"Call 911 if in danger\"}},{\"texts\":{\"en\":\"Call the clinic\",\"fr\":\"Appelez la clinique\"},"
                + "\"service\":\"hochelaga-neighbourhood-clinic\"}]}");
        assertEquals(200, draft.statusCode(), draft.body());
        JsonObject saved = Json.object(draft.body());
        assertEquals("draft", saved.getString("status"));
        assertEquals("protocol-untranslated", saved.getJsonArray("blockers").getJsonObject(0).getString("code"));
        assertEquals(404, server.get("/en/projects/protocol-harbour/protocol").statusCode(), "a draft is not public");
        assertEquals(404, server.get("/api/v1/projects/protocol-harbour/protocol").statusCode());

        int version = saved.getInt("version");
        assertEquals(200, transition(path, "submit", version).statusCode());
        HttpResponse<String> refused = transition(path, "approve", version + 1);
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("protocol-untranslated", Json.object(refused.body()).getJsonArray("reasons").getJsonObject(0).getString("code"));

        HttpResponse<String> stale = server.asAdmin("PUT", path, "{\"titles\":{\"en\":\"Old\",\"fr\":\"Vieux\"},\"version\":" + version + "}");
        assertEquals(409, stale.statusCode(), "an edit from an old version");
        HttpResponse<String> complete = server.asAdmin("PUT", path, "{\"titles\":{\"en\":\"Harbour pathway\",\"fr\":\"Parcours du port\"},"
                + "\"steps\":[{\"texts\":{\"en\":\"Call 911 if in danger\",\"fr\":\"Composez le 911 en cas de danger\"}},"
                + "{\"texts\":{\"en\":\"Call the clinic\",\"fr\":\"Appelez la clinique\"},\"service\":\"hochelaga-neighbourhood-clinic\"}],"
                + "\"lastVerified\":\"2026-11-30\",\"version\":" + (version + 1) + "}");
        assertEquals(200, complete.statusCode(), complete.body());
        int now = Json.object(complete.body()).getInt("version");
        assertEquals(200, transition(path, "approve", now).statusCode());
        HttpResponse<String> published = transition(path, "publish", now + 1);
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("published", Json.object(published.body()).getString("status"));

        String page = server.get("/fr/projects/protocol-harbour/protocol").body();
        assertTrue(page.contains("Parcours du port") && page.contains("Clinique de santé du quartier Hochelaga"), page);
        assertTrue(server.get("/en/projects/protocol-harbour").body().contains("/en/projects/protocol-harbour/protocol"));
        assertEquals(2, Json.object("{\"r\":" + server.asAdmin("GET", path + "/revisions", null).body() + "}").getJsonArray("r").size(),
                "one revision per save");

        assertEquals(200, transition(path, "unpublish", now + 2).statusCode());
        assertEquals(404, server.get("/fr/projects/protocol-harbour/protocol").statusCode(), "unpublished: gone at once");
    }

    @Test
    void aTrainingKitForAProjectLinksItsProtocol() {
        JsonObject training = Json.items(server.get("/api/v1/media-kits?limit=100").body()).stream()
                .filter(k -> k.getString("kind").equals("training")).findFirst().orElseThrow();
        JsonObject kit = Json.object(server.get("/api/v1/media-kits/" + training.getString("slug")).body());
        assertEquals("hochelaga-together", kit.getString("project"));
        assertTrue(kit.getString("protocolUrl").endsWith("/en/projects/hochelaga-together/protocol"), kit.toString());
        String page = server.get("/en/media-kits/" + training.getString("slug")).body();
        assertTrue(page.contains("/en/projects/hochelaga-together/protocol\">The local service protocol this training prepares you for"), page);
        JsonObject campaign = Json.items(server.get("/api/v1/media-kits?limit=100").body()).stream()
                .filter(k -> k.getString("kind").equals("campaign")).findFirst().orElseThrow();
        assertTrue(Json.isNull(Json.object(server.get("/api/v1/media-kits/" + campaign.getString("slug")).body()), "protocolUrl"),
                "a kit for no project links no protocol");
    }

    HttpResponse<String> transition(String path, String action, int version) {
        return server.asAdmin("POST", path + "/transitions", "{\"action\":\"" + action + "\",\"version\":" + version + "}");
    }

    String pdfText(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]+\\n", "\n");
        }
    }
}
