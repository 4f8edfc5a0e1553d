package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.hearth.testsupport.Multipart;
import org.hearth.testsupport.Patience;
import org.hearth.testsupport.TestImages;
import org.junit.jupiter.api.Test;

/**
 * The media library over HTTP against the real jar: upload, describe, use in a story, publish,
 * the rendition served (without the file's metadata, with ranges), withdrawal taking it down,
 * and refused uploads that leave no row and no file.
 */
class MediaIT {

    static final String ORG = "northern-lantern";

    final HearthServer server = HearthServer.embedded();
    final StudioClient studio = new StudioClient(server);

    @Test
    void anImageIsServedWithoutItsMetadataOnlyWhilePublishedContentShowsIt() {
        String secret = "LAT43.6532-SECRET-" + System.nanoTime();
        JsonObject asset = uploadOne("photo.jpg", "image/jpeg", TestImages.jpegCarrying(secret, 1200, 800));
        assertEquals("image", asset.getString("kind"));
        assertEquals("image/jpeg", asset.getString("mediaType"));
        assertEquals(1200, asset.getInt("width"));
        String id = asset.getString("id");
        JsonObject ready = ready(id);
        List<String> names = ready.getJsonObject("renditions").keySet().stream().toList();
        assertTrue(names.containsAll(List.of("w480", "w960", "full")), "renditions: " + names);
        assertFalse(names.contains("w1600"), "no rendition wider than the original");
        assertEquals(404, server.get("/media/" + id + "/full").statusCode(), "nothing published uses it yet");

        JsonObject story = studio.created("/api/v1/studio/stories", StudioClient.storyJson("guidance",
                "Media guide " + System.nanoTime(), "How to ask for help.", null, List.of("youth"),
                ",\"heroMedia\":\"" + id + "\""));
        String storyId = story.getString("id");
        assertEquals(id, story.getString("heroMedia"));
        assertEquals(200, studio.transition(storyId, "submit").statusCode());
        HttpResponse<String> refused = studio.transition(storyId, "approve");
        assertEquals(409, refused.statusCode(), "an image without alt text and imagery check blocks approval");
        assertTrue(refused.body().contains("media-alt-missing") && refused.body().contains("media-imagery-unchecked"),
                refused.body());

        describe(id, ready.getInt("version"), "Three bands of colour: green, gold and orange.", List.of());
        assertEquals(200, studio.transition(storyId, "approve").statusCode());
        assertEquals(200, studio.transition(storyId, "publish").statusCode());

        JsonObject published = Json.object(server.get("/api/v1/stories/" + story.getString("slug")).body());
        JsonObject item = published.getJsonArray("media").getJsonObject(0);
        assertEquals("hero", item.getString("role"));
        assertEquals("Three bands of colour: green, gold and orange.", item.getString("alt"));
        String full = item.getJsonObject("renditions").getString("full");
        assertTrue(full.startsWith(server.url("/media/" + id + "/")), full);

        HttpResponse<byte[]> served = bytes(HttpRequest.newBuilder(java.net.URI.create(full)).GET());
        assertEquals(200, served.statusCode());
        assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(served.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertFalse(contains(served.body(), secret.getBytes(StandardCharsets.US_ASCII)), "the secret is stripped");
        assertFalse(contains(served.body(), "ns.adobe.com/xap".getBytes(StandardCharsets.US_ASCII)), "no XMP");
        String etag = served.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, bytes(HttpRequest.newBuilder(java.net.URI.create(full)).header("If-None-Match", etag).GET()).statusCode());
        HttpResponse<byte[]> range = bytes(HttpRequest.newBuilder(java.net.URI.create(full)).header("Range", "bytes=10-109").GET());
        assertEquals(206, range.statusCode());
        assertEquals("bytes 10-109/" + served.body().length, range.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Arrays.copyOfRange(served.body(), 10, 110), range.body());

        String page = server.get("/en/stories/" + story.getString("slug")).body();
        assertTrue(page.contains("srcset=\"" + server.url("/media/" + id + "/w480") + " 480w"), "the page offers the sizes");
        assertTrue(page.contains("width=\"1200\"") && page.contains("height=\"800\""), "dimensions set, nothing shifts");

        HttpResponse<String> delete = server.asAdmin("DELETE", "/api/v1/studio/media/" + id, null);
        assertEquals(409, delete.statusCode());
        assertTrue(delete.body().contains(storyId), "the refusal names the story: " + delete.body());

        assertEquals(200, studio.transition(storyId, "unpublish").statusCode());
        assertEquals(404, server.get("/media/" + id + "/full").statusCode(), "unpublished: the image is no longer served");
    }

    @Test
    void withdrawingTheConsentOfThePersonShownTakesTheImageDownEverywhereAtOnce() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        String consent = studio.created("/api/v1/studio/consents",
                StudioClient.consentJson(List.of("youth"), List.of("en"), today, today.plusYears(1))).getString("id");
        JsonObject asset = uploadOne("portrait.png", "image/png", TestImages.png(640, 480));
        String id = asset.getString("id");
        describe(id, ready(id).getInt("version"), "A person seen from behind, looking at a river.", List.of(consent));
        JsonObject story = studio.created("/api/v1/studio/stories", StudioClient.storyJson("guidance",
                "Media withdrawal " + System.nanoTime(), "Where to find help.", null, List.of("youth"),
                ",\"heroMedia\":\"" + id + "\""));
        String storyId = story.getString("id");
        for (String action : List.of("submit", "approve", "publish")) {
            assertEquals(200, studio.transition(storyId, action).statusCode(), action);
        }
        assertEquals(200, server.get("/media/" + id + "/full").statusCode());
        assertTrue(server.get("/media/" + id + "/full").headers().firstValue("Cache-Control").orElse("").contains("max-age=86400"),
                "a person's image is cached for a day at most, so shared caches let go soon after a withdrawal");

        HttpResponse<String> withdrawal = server.asAdmin("POST", "/api/v1/studio/consents/" + consent + "/withdrawal",
                "{\"scope\":\"full\"}");
        assertEquals(200, withdrawal.statusCode(), withdrawal.body());
        assertTrue(Json.object(withdrawal.body()).getJsonArray("removed").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("type").equals("media") && r.getString("id").equals(id)), withdrawal.body());
        assertEquals(404, server.get("/media/" + id + "/full").statusCode());
        JsonObject after = Json.object(server.get("/api/v1/stories/" + story.getString("slug")).body());
        assertEquals(0, after.getJsonArray("media").size(), "the guidance story stays up, without the image");
        assertFalse(server.get("/en/stories/" + story.getString("slug")).body().contains("/media/" + id), "nor on its page");
    }

    @Test
    void anImageReferencedInTheTextBecomesAFigureWithItsSizes() {
        JsonObject asset = uploadOne("inline.jpg", "image/jpeg", TestImages.jpeg(1000, 500));
        String id = asset.getString("id");
        describe(id, ready(id).getInt("version"), "A wide band of colour.", List.of());
        HttpResponse<String> unknown = server.asAdmin("POST", "/api/v1/studio/stories", StudioClient.storyJson("guidance",
                "Inline unknown " + System.nanoTime(), "See ![x](media:no-such-asset-here)", null, List.of("youth"), ""));
        assertEquals(400, unknown.statusCode(), "a reference to no asset is refused: " + unknown.body());
        JsonObject story = studio.created("/api/v1/studio/stories", StudioClient.storyJson("guidance",
                "Inline media " + System.nanoTime(), "Before.\n\n![band](media:" + id + ")\n\nAfter.", null,
                List.of("youth"), ""));
        for (String action : List.of("submit", "approve", "publish")) {
            assertEquals(200, studio.transition(story.getString("id"), action).statusCode(), action);
        }
        JsonObject published = Json.object(server.get("/api/v1/stories/" + story.getString("slug")).body());
        JsonObject item = published.getJsonArray("media").getJsonObject(0);
        assertEquals("inline", item.getString("role"));
        assertTrue(published.getString("bodyHtml").contains("<figure class=\"inline\"><img src=\"" + server.url("/media/" + id)),
                published.getString("bodyHtml"));
        String page = server.get("/en/stories/" + story.getString("slug")).body();
        assertTrue(page.contains("alt=\"A wide band of colour.\"") && page.contains("width=\"1000\" height=\"500\""), page);
        assertEquals(200, server.get("/media/" + id + "/w480").statusCode());
    }

    @Test
    void refusedUploadsStoreNothing() {
        int before = listed();
        long files = mediaFiles();
        byte[] png = TestImages.png(50, 50);
        assertRefused(415, "type-mismatch", "photo.jpg", "image/jpeg", png);
        assertRefused(415, null, "x.png", "image/png", "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> svg = upload(new Multipart().field("organization", ORG).file("file", "logo.svg", "image/svg+xml",
                "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(415, svg.statusCode());
        assertTrue(Json.object(svg.body()).getString("detail").contains("SVG"), svg.body());
        assertRefused(415, "empty", "empty.jpg", "image/jpeg", new byte[0]);
        byte[] jpeg = TestImages.jpeg(400, 300);
        assertRefused(415, "truncated", "cut.jpg", "image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 2));
        // One good file beside a bad one: all or nothing.
        HttpResponse<String> mixed = upload(new Multipart().field("organization", ORG)
                .file("file", "good.jpg", "image/jpeg", jpeg).file("file", "bad.jpg", "image/jpeg", png));
        assertEquals(415, mixed.statusCode());
        assertEquals(before, listed(), "no asset was added");
        assertEquals(files, mediaFiles(), "no file was left behind");
        assertEquals(0, workFiles(), "no temporary file either");
    }

    @Test
    void anUploadOverTheLimitIsRefusedWhileItArrivesAndLeavesNothing() {
        int before = listed();
        long files = mediaFiles();
        // The shared test server allows 8 MB (HearthServer); 8.5 MB passes the early length check and is counted.
        byte[] big = new byte[8_500_000];
        new java.util.Random(7).nextBytes(big);
        HttpResponse<String> counted = upload(new Multipart().field("organization", ORG).file("file", "big.jpg", "image/jpeg", big));
        assertEquals(413, counted.statusCode(), counted.body());
        assertTrue(counted.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        byte[] bigger = new byte[12_000_000];
        HttpResponse<String> early = upload(new Multipart().field("organization", ORG).file("file", "bigger.jpg", "image/jpeg", bigger));
        assertEquals(413, early.statusCode(), early.body());
        assertEquals(before, listed());
        assertEquals(files, mediaFiles());
        assertEquals(0, workFiles());
        assertEquals(200, server.get("/health").statusCode());
    }

    @Test
    void twoUploadsGetUnrelatedIdsAndAStaleDescriptionIsRefused() {
        String first = uploadOne("a.png", "image/png", TestImages.png(30, 20)).getString("id");
        String second = uploadOne("b.png", "image/png", TestImages.png(20, 30)).getString("id");
        assertNotEquals(first, second);
        assertFalse(first.matches("\\d+"), "not a sequential number");
        int version = ready(first).getInt("version");
        describe(first, version, "First.", List.of());
        HttpResponse<String> stale = server.asAdmin("PUT", "/api/v1/studio/media/" + first, description(version, "Second.", List.of()));
        assertEquals(409, stale.statusCode());
        assertEquals("First.", Json.object(server.asAdmin("GET", "/api/v1/studio/media/" + first, null).body()).getString("alt"));
        assertEquals(204, server.asAdmin("DELETE", "/api/v1/studio/media/" + second, null).statusCode());
        assertEquals(404, server.asAdmin("GET", "/api/v1/studio/media/" + second, null).statusCode());
    }

    // ---------------------------------------------------------------- helpers

    JsonObject uploadOne(String name, String type, byte[] content) {
        HttpResponse<String> response = upload(new Multipart().field("organization", ORG).file("file", name, type, content));
        assertEquals(201, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").isPresent());
        return Json.object(response.body()).getJsonArray("items").getJsonObject(0);
    }

    /**
     * Uploads over HTTP/1.1 with {@code Expect: 100-continue}, as curl sends large bodies: a
     * refusal made before the body is read reaches the client instead of a stalled send.
     */
    HttpResponse<String> upload(Multipart body) {
        return sendUpload(server, body);
    }

    static HttpResponse<String> sendUpload(HearthServer server, Multipart body) {
        HttpRequest request = body.post(java.net.URI.create(server.url("/api/v1/studio/media"))).expectContinue(true)
                .header("Authorization", "Bearer " + server.adminToken()).timeout(Patience.times(2)).build();
        try {
            return UPLOADS.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static final java.net.http.HttpClient UPLOADS = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).build();

    void assertRefused(int status, String type, String name, String claimed, byte[] content) {
        HttpResponse<String> response = upload(new Multipart().field("organization", ORG).file("file", name, claimed, content));
        assertEquals(status, response.statusCode(), name + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        if (type != null) {
            assertTrue(Json.object(response.body()).getString("type").endsWith(type), name + ": " + response.body());
        }
    }

    JsonObject ready(String id) {
        return Patience.until("media " + id + " ready",
                () -> Json.object(server.asAdmin("GET", "/api/v1/studio/media/" + id, null).body()),
                m -> m.getString("status").equals("ready"));
    }

    void describe(String id, int version, String alt, List<String> consents) {
        HttpResponse<String> response = server.asAdmin("PUT", "/api/v1/studio/media/" + id, description(version, alt, consents));
        assertEquals(200, response.statusCode(), response.body());
    }

    static String description(int version, String alt, List<String> consents) {
        return "{\"alt\":" + Json.quote(alt) + ",\"decorative\":false,\"caption\":\"Made for the tests.\",\"credit\":\"Hearth\","
                + "\"licence\":\"CC BY 4.0\",\"transcript\":null,\"consents\":" + StudioClient.array(consents)
                + ",\"imageryChecked\":true,\"version\":" + version + "}";
    }

    int listed() {
        return Json.object(server.asAdmin("GET", "/api/v1/studio/media?organization=" + ORG + "&limit=100", null).body())
                .getJsonArray("items").size();
    }

    long mediaFiles() {
        Path media = server.dataDir().resolve("media");
        try (Stream<Path> files = Files.walk(media)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getParent().getFileName().toString().equals("work")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long workFiles() {
        // Received uploads; a render-* folder is the work of an asset being processed right now, and goes by itself.
        try (Stream<Path> files = Files.list(server.dataDir().resolve("media").resolve("work"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("upload-")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
