package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.junit.jupiter.api.Test;

/**
 * The cards partner sites frame and the oEmbed answer that gives them: framable (and only they),
 * stateless, in the item's language, with the hotline on them, and gone the moment the story is
 * withdrawn.
 */
class EmbedIT {

    final HearthServer server = HearthServer.embedded();
    final StudioClient studio = new StudioClient(server);

    @Test
    void aStoryCardMayBeFramedAnywhereAndSaysWhereHelpIs() {
        HttpResponse<String> card = server.get("/embed/stories/quelqu-un-qui-semblait-tenir-a-moi");
        assertEquals(200, card.statusCode());
        assertTrue(card.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors *"));
        assertTrue(card.headers().firstValue("X-Frame-Options").isEmpty(), "framable");
        assertTrue(card.headers().firstValue("Set-Cookie").isEmpty(), "no session for a partner's readers");
        String html = card.body();
        assertTrue(html.matches("(?s).*<html[^>]* lang=\"fr\".*"), "in the story's language");
        assertTrue(html.contains("href=\"tel:+18339001010\""), "the hotline");
        assertTrue(html.contains("/fr/stories/quelqu-un-qui-semblait-tenir-a-moi\" target=\"_blank\" rel=\"noopener noreferrer\""),
                "the story opens outside the frame");
        assertFalse(html.contains("<script"), "no script in a partner's page");

        assertTrue(server.get("/en/stories/quelqu-un-qui-semblait-tenir-a-moi").headers().firstValue("X-Frame-Options")
                .orElse("").equals("DENY"), "the story's own page is never framed");
        assertEquals(404, server.get("/embed/stories/no-such-story").statusCode());
        assertTrue(server.get("/fr/stories/quelqu-un-qui-semblait-tenir-a-moi").body()
                .contains("type=\"application/json+oembed\" href=\""), "the story page says where its oEmbed answer is");
    }

    @Test
    void aKitCardOffersItsDownloadAndTheKitJsonGivesItsAddress() {
        JsonObject kit = Json.items(server.get("/api/v1/media-kits?limit=100").body()).get(0);
        JsonObject full = Json.object(server.get("/api/v1/media-kits/" + kit.getString("slug")).body());
        assertTrue(full.getString("embedUrl").endsWith("/embed/media-kits/" + kit.getString("slug")));
        HttpResponse<String> card = server.get("/embed/media-kits/" + kit.getString("slug"));
        assertEquals(200, card.statusCode());
        assertTrue(card.body().contains("/api/v1/media-kits/" + kit.getString("slug") + "/download"), card.body());
        assertEquals(404, server.get("/embed/media-kits/no-such-kit").statusCode());
    }

    @Test
    void oEmbedFramesTheCardAndAWithdrawnStoryIsGoneFromBoth() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        String consent = studio.created("/api/v1/studio/consents",
                StudioClient.consentJson(List.of("youth"), List.of("en"), today, today.plusYears(1))).getString("id");
        JsonObject story = studio.created("/api/v1/studio/stories", StudioClient.storyJson("lived-experience",
                "Embed & withdraw", "Her words, as she approved them.", consent, List.of("youth"), ""));
        String id = story.getString("id");
        String slug = story.getString("slug");
        assertEquals(200, studio.transition(id, "submit").statusCode());
        assertEquals(201, studio.storytellerApproves(id).statusCode());
        assertEquals(200, studio.transition(id, "approve").statusCode());
        assertEquals(200, studio.transition(id, "publish").statusCode());

        String url = URLEncoder.encode(server.url("/en/stories/" + slug), StandardCharsets.UTF_8);
        HttpResponse<String> answer = server.get("/oembed?url=" + url + "&maxwidth=360");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject oembed = Json.object(answer.body());
        assertEquals("rich", oembed.getString("type"));
        assertEquals(360, oembed.getInt("width"));
        assertTrue(oembed.getString("html").startsWith("<iframe src=\"") && oembed.getString("html").contains("/embed/stories/" + slug + "\""),
                oembed.getString("html"));
        assertTrue(oembed.getString("html").contains("title=\"Embed &amp; withdraw\""), "the title, escaped");
        assertEquals(200, server.get("/embed/stories/" + slug).statusCode());

        assertEquals(200, server.asAdmin("POST", "/api/v1/studio/consents/" + consent + "/withdrawal", "{\"scope\":\"full\"}").statusCode());
        assertEquals(410, server.get("/embed/stories/" + slug).statusCode(), "a partner's frame stops showing it at once");
        assertEquals(410, server.get("/oembed?url=" + url).statusCode());
        assertEquals(404, server.get("/oembed?url=" + URLEncoder.encode("https://elsewhere.example/en/help", StandardCharsets.UTF_8)).statusCode());
        assertEquals(501, server.get("/oembed?url=" + url + "&format=xml").statusCode());
    }
}
