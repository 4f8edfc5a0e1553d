package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.hearth.testsupport.Multipart;
import org.hearth.testsupport.Patience;
import org.hearth.testsupport.TestImages;
import org.junit.jupiter.api.Test;

/**
 * Media kits over HTTP against the real jar: the sample kits, create → add items → publish →
 * download → unzip and compare every file and the manifest; a withdrawn consent takes its item
 * out of the next download, the page and the JSON and lists the kit in the takedown record; the
 * gate refuses a kit whose item's consent lacks the mediaKits channel; stale edits and drafts.
 */
class MediaKitsIT {

    static final String ORG = "northern-lantern";
    static final String STUDIO = "/api/v1/studio/media-kits";

    final HearthServer server = HearthServer.embedded();
    final StudioClient studio = new StudioClient(server);

    @Test
    void theSampleKitsArePublishedWithTheirPagesAndDownloads() {
        List<JsonObject> kits = Json.object(server.get("/api/v1/media-kits?limit=100").body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(k -> !k.getString("title").startsWith("IT kit")).toList();
        assertTrue(kits.size() >= 3, "sample kits: " + kits);
        assertTrue(kits.stream().anyMatch(k -> k.getString("kind").equals("training")));
        assertTrue(kits.stream().anyMatch(k -> k.getString("lang").equals("fr")));
        JsonObject french = kits.stream().filter(k -> k.getString("lang").equals("fr")).findFirst().orElseThrow();
        assertEquals(server.url("/fr/media-kits/" + french.getString("slug")), french.getString("url"));
        HttpResponse<String> page = server.get("/fr/media-kits/" + french.getString("slug"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Quitter cette page") && page.body().contains("1-833-900-1010"));
        assertTrue(page.body().contains("/api/v1/media-kits/" + french.getString("slug") + "/download"));
        Map<String, byte[]> zip = unzip(download(french.getString("downloadUrl"), null));
        String readme = new String(zip.get("README.txt"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(french.getString("title")) && readme.contains("Conditions d’utilisation"), readme);
        assertTrue(zip.keySet().stream().anyMatch(n -> n.startsWith("images/") && n.endsWith(".png")), zip.keySet().toString());
    }

    @Test
    void aKitIsBuiltPublishedAndDownloadedAsOneZipOfItsRenditionsAndManifest() {
        String run = String.valueOf(System.nanoTime());
        byte[] original = TestImages.jpegCarrying("SERIAL-" + run, 900, 600);
        String image = describedImage("poster-" + run + ".jpg", "image/jpeg", original, "Poster alt " + run, List.of());
        String title = "IT kit " + run;
        JsonObject kit = studio.created(STUDIO, kitJson(title, "en", List.of(
                mediaItem(image, "Poster " + run), textItem("social-post", "Post " + run, "Share this. Marker post" + run),
                textItem("key-messages", "Key messages " + run, "Everyone deserves safe work. Marker keys" + run))));
        assertEquals("draft", kit.getString("status"));
        String id = kit.getString("id");
        String slug = kit.getString("slug");
        assertEquals(404, server.get("/api/v1/media-kits/" + slug).statusCode(), "a draft is not public");
        assertEquals(404, server.get("/api/v1/media-kits/" + slug + "/download").statusCode());
        assertEquals(404, server.get("/en/media-kits/" + slug).statusCode());
        JsonObject published = publish(id);
        assertEquals(server.url("/en/media-kits/" + slug), published.getString("url"));

        JsonObject pub = Json.object(server.get("/api/v1/media-kits/" + slug).body());
        assertEquals(List.of("Poster " + run, "Post " + run, "Key messages " + run), pub.getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(i -> i.getString("title")).toList());
        String full = pub.getJsonArray("items").getJsonObject(0).getJsonObject("media").getJsonObject("renditions").getString("full");

        HttpResponse<byte[]> response = download(pub.getString("downloadUrl"), null);
        assertEquals("application/zip", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains(slug + ".zip"));
        Map<String, byte[]> zip = unzip(response);
        assertEquals(4, zip.size(), zip.keySet().toString());
        byte[] poster = zip.entrySet().stream().filter(e -> e.getKey().startsWith("images/")).findFirst().orElseThrow().getValue();
        assertArrayEquals(bytes(full), poster, "the image is the full rendition, byte for byte");
        assertFalse(MediaIT.contains(poster, ("SERIAL-" + run).getBytes(StandardCharsets.US_ASCII)), "no metadata");
        assertFalse(java.util.Arrays.equals(original, poster), "never the original");
        assertTrue(zip.entrySet().stream().anyMatch(e -> e.getKey().startsWith("texts/")
                && new String(e.getValue(), StandardCharsets.UTF_8).contains("Marker post" + run)));
        String readme = new String(zip.get("README.txt"), StandardCharsets.UTF_8);
        for (String expected : List.of(title, "Poster " + run, "Post " + run, "Key messages " + run, "Poster alt " + run,
                "Credit " + run, "Licence " + run, "Terms" + run, "1-833-900-1010")) {
            assertTrue(readme.contains(expected), "README lacks " + expected + ":\n" + readme);
        }
        assertEquals(200, server.get("/en/media-kits/" + slug).statusCode());
        HttpResponse<byte[]> one = download(pub.getJsonArray("items").getJsonObject(1).getString("downloadUrl"), null);
        assertTrue(new String(one.body(), StandardCharsets.UTF_8).contains("Marker post" + run));

        String translation = studio.created(STUDIO + "/" + id + "/translations",
                "{\"lang\":\"fr\",\"title\":\"Trousse d’essai " + run + " à l’école\"}").getString("id");
        JsonObject fr = publish(translation);
        JsonObject frPublic = Json.object(server.get("/api/v1/media-kits/" + fr.getString("slug")).body());
        assertEquals(slug, frPublic.getJsonObject("translations").getJsonObject("en").getString("slug"));
        assertEquals(fr.getString("slug"), Json.object(server.get("/api/v1/media-kits/" + slug).body())
                .getJsonObject("translations").getJsonObject("fr").getString("slug"));
        String frReadme = new String(unzip(download(frPublic.getString("downloadUrl"), null)).get("README.txt"), StandardCharsets.UTF_8);
        assertTrue(frReadme.contains("Trousse d’essai " + run + " à l’école"), frReadme);
    }

    @Test
    void aWithdrawnConsentTakesItsItemOutOfTheKitBeforeTheCallReturns() {
        String run = String.valueOf(System.nanoTime());
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        LocalDate expires = today.plusYears(1).plusDays(17);
        String consent = consent(true, expires);
        String image = describedImage("consented-" + run + ".png", "image/png", TestImages.png(320, 200), "Consented alt " + run,
                List.of(consent));
        JsonObject kit = studio.created(STUDIO, kitJson("IT kit consented " + run, "en", List.of(
                mediaItem(image, "Consented photo " + run), textItem("key-messages", "Stays " + run, "These words stay."))));
        String slug = publish(kit.getString("id")).getString("slug");
        JsonObject pub = Json.object(server.get("/api/v1/media-kits/" + slug).body());
        assertEquals(expires.toString(), pub.getJsonArray("items").getJsonObject(0).getString("usableUntil"));
        Map<String, byte[]> before = unzip(download(pub.getString("downloadUrl"), null));
        String readme = new String(before.get("README.txt"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("Consented photo " + run) && readme.contains(expires.toString()), readme);

        HttpResponse<String> withdrawal = server.asAdmin("POST", "/api/v1/studio/consents/" + consent + "/withdrawal",
                "{\"scope\":\"full\"}");
        assertEquals(200, withdrawal.statusCode(), withdrawal.body());
        assertTrue(Json.object(withdrawal.body()).getJsonArray("removed").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("type").equals("media-kit") && r.getString("id").equals(kit.getString("id"))),
                withdrawal.body());
        JsonObject after = Json.object(server.get("/api/v1/media-kits/" + slug).body());
        assertEquals(List.of("Stays " + run), after.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("title")).toList());
        assertFalse(server.get("/en/media-kits/" + slug).body().contains("Consented photo " + run));
        Map<String, byte[]> later = unzip(download(pub.getString("downloadUrl"), null));
        assertEquals(before.size() - 1, later.size(), later.keySet().toString());
        assertFalse(new String(later.get("README.txt"), StandardCharsets.UTF_8).contains("Consented photo " + run));
    }

    @Test
    void theGateRefusesAKitWhoseItemsConsentLacksTheMediaKitsChannel() {
        String run = String.valueOf(System.nanoTime());
        String consent = consent(false, LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1));
        String image = describedImage("no-kits-" + run + ".png", "image/png", TestImages.png(200, 200), "No kits alt " + run,
                List.of(consent));
        JsonObject kit = studio.created(STUDIO, kitJson("IT kit gated " + run, "en", List.of(mediaItem(image, "Gated " + run))));
        String id = kit.getString("id");
        assertEquals(200, transition(id, "submit").statusCode());
        HttpResponse<String> refused = transition(id, "approve");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("media-consent-not-channel"), refused.body());
        assertEquals(404, server.get("/api/v1/media-kits/" + kit.getString("slug")).statusCode());
    }

    @Test
    void anEditFromAStaleVersionIsAConflict() {
        String run = String.valueOf(System.nanoTime());
        JsonObject kit = studio.created(STUDIO, kitJson("IT kit draft " + run, "en",
                List.of(textItem("key-messages", "Draft " + run, "Marker."))));
        int version = kit.getInt("version");
        String edit = kitJson("IT kit draft edited " + run, "en", List.of(textItem("key-messages", "Draft " + run, "Marker.")))
                .replaceFirst("}$", ",\"version\":" + version + "}");
        HttpResponse<String> first = server.asAdmin("PUT", STUDIO + "/" + kit.getString("id"), edit);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("IT kit draft edited " + run, Json.object(first.body()).getString("title"));
        HttpResponse<String> second = server.asAdmin("PUT", STUDIO + "/" + kit.getString("id"), edit);
        assertEquals(409, second.statusCode(), second.body());
    }

    // ---------------------------------------------------------------- helpers

    JsonObject publish(String id) {
        JsonObject last = null;
        for (String action : List.of("submit", "approve", "publish")) {
            HttpResponse<String> response = transition(id, action);
            assertEquals(200, response.statusCode(), action + ": " + response.body());
            last = Json.object(response.body());
        }
        assertNotNull(last);
        assertEquals("published", last.getString("status"));
        return last;
    }

    HttpResponse<String> transition(String id, String action) {
        return server.asAdmin("POST", STUDIO + "/" + id + "/transitions", "{\"action\":\"" + action + "\"}");
    }

    String consent(boolean mediaKits, LocalDate expires) {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        return studio.created("/api/v1/studio/consents", StudioClient.consentJson(List.of("youth"), List.of("en"), today, expires)
                .replace("\"mediaKits\":false", "\"mediaKits\":" + mediaKits)).getString("id");
    }

    String describedImage(String name, String type, byte[] content, String alt, List<String> consents) {
        HttpResponse<String> uploaded = upload(new Multipart().field("organization", ORG).file("file", name, type, content));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        String id = Json.object(uploaded.body()).getJsonArray("items").getJsonObject(0).getString("id");
        JsonObject ready = Patience.until("media " + id + " ready",
                () -> Json.object(server.asAdmin("GET", "/api/v1/studio/media/" + id, null).body()),
                m -> m.getString("status").equals("ready"));
        String run = alt.substring(alt.lastIndexOf(' ') + 1);
        HttpResponse<String> described = server.asAdmin("PUT", "/api/v1/studio/media/" + id,
                "{\"alt\":" + Json.quote(alt) + ",\"decorative\":false,\"caption\":null,\"credit\":\"Credit " + run + "\","
                        + "\"licence\":\"Licence " + run + "\",\"transcript\":null,\"consents\":" + StudioClient.array(consents)
                        + ",\"imageryChecked\":true,\"version\":" + ready.getInt("version") + "}");
        assertEquals(200, described.statusCode(), described.body());
        return id;
    }

    HttpResponse<String> upload(Multipart body) {
        HttpRequest request = body.post(URI.create(server.url("/api/v1/studio/media")))
                .header("Authorization", "Bearer " + server.adminToken()).timeout(Patience.times(2)).build();
        try {
            return MediaIT.UPLOADS.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String kitJson(String title, String lang, List<String> items) {
        String run = title.substring(title.lastIndexOf(' ') + 1);
        return "{\"organization\":\"" + ORG + "\",\"campaign\":null,\"lang\":\"" + lang + "\",\"kind\":\"campaign\","
                + "\"title\":" + Json.quote(title) + ",\"summary\":\"Written by the integration tests.\","
                + "\"audiences\":[\"youth\"],\"usageTerms\":\"Terms" + run + ": share unchanged.\",\"customizable\":[],"
                + "\"items\":[" + String.join(",", items) + "]}";
    }

    static String mediaItem(String id, String title) {
        return "{\"type\":\"media\",\"media\":\"" + id + "\",\"title\":" + Json.quote(title) + "}";
    }

    static String textItem(String kind, String title, String body) {
        return "{\"type\":\"text\",\"textKind\":\"" + kind + "\",\"title\":" + Json.quote(title) + ",\"body\":" + Json.quote(body) + "}";
    }

    HttpResponse<byte[]> download(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = send(request);
        assertEquals(200, response.statusCode(), url);
        return response;
    }

    byte[] bytes(String url) {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(url)).GET());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

    static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, byte[]> unzip(HttpResponse<byte[]> response) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
