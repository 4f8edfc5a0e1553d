package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.hearth.testsupport.HearthServer;
import org.junit.jupiter.api.Test;

/** Public pages are sent gzipped to browsers that accept it, compressed once and kept that way. */
class PageCompressionIT {

    final HearthServer server = HearthServer.embedded();

    @Test
    void aBrowserThatAcceptsGzipGetsTheSamePageInAFractionOfTheBytes() throws Exception {
        String path = "/fr/stories/une-infirmiere-remarque-les-signes";
        HttpResponse<String> plain = server.get(path);
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "no gzip unless asked for");

        HttpResponse<byte[]> zipped = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Accept-Encoding", "gzip, deflate, br").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zipped.statusCode());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(zipped.headers().allValues("Vary").toString().contains("Accept-Encoding"), "shared caches keep both apart");
        String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(plain.body(), unzipped);
        assertTrue(zipped.body().length * 2 < plain.body().getBytes(StandardCharsets.UTF_8).length,
                zipped.body().length + " bytes gzipped");

        String etag = zipped.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(plain.headers().firstValue("ETag").orElseThrow(), etag, "each variant has its own ETag");
        HttpResponse<String> revalidated = server.get(path, "Accept-Encoding", "gzip", "If-None-Match", etag);
        assertEquals(304, revalidated.statusCode());
    }
}
