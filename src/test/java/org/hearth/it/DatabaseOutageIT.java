package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.hearth.testsupport.OwnMariaDb;
import org.hearth.testsupport.Patience;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running Hearth and comes back: a MariaDB of the test's own is
 * stopped (SIGTERM) and started again on the same data folder, and the same Hearth process —
 * never restarted — serves its cached pages throughout, answers everything else with a clear 503,
 * reports readiness DOWN, and serves normally again once the database is back.
 */
class DatabaseOutageIT {

    private static final String STORY_PAGE = "/en/stories/a-nurse-notices-the-signs";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    static OwnMariaDb mariaDb;
    static HearthServer hearth;
    static HttpClient studio;

    @BeforeAll
    static void start() {
        mariaDb = OwnMariaDb.start();
        hearth = HearthServer.own("outage", Map.of("HEARTH_DB_URL", mariaDb.hearthUrl()));
        studio = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Patience.PATIENCE).build();
    }

    @AfterAll
    static void stop() {
        if (hearth != null) {
            hearth.stop();
        }
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    @Test
    void hearthRidesOutADatabaseRestartWithoutARestartOfItsOwn() {
        HttpResponse<String> warmed = hearth.get(STORY_PAGE);
        assertEquals(200, warmed.statusCode());
        String token = hearth.adminToken();
        signInToTheStudio();
        assertEquals(200, studioGet("/studio/stories").statusCode(), "signed in to the studio before the outage");

        mariaDb.stop();

        HttpResponse<String> cached = hearth.get(STORY_PAGE);
        assertEquals(200, cached.statusCode(), "a cached public page is still served");
        assertEquals(warmed.body(), cached.body());

        HttpResponse<String> api = hearth.get("/api/v1/stories");
        assertUnavailableProblem(api);
        HttpResponse<String> write = hearth.send("POST", "/api/v1/studio/stories", StudioApiIT.story("Written in the dark", ""),
                "Authorization", "Bearer " + token);
        assertUnavailableProblem(write);

        HttpResponse<String> studioPage = studioGet("/studio/stories");
        assertUnavailablePage(studioPage, "Hearth is briefly unavailable");
        HttpResponse<String> uncached = hearth.get("/fr/help");
        assertUnavailablePage(uncached, "Hearth est momentanément indisponible");

        HttpResponse<String> health = hearth.get("/health/ready");
        assertEquals(503, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"DOWN\""), health.body());

        mariaDb.startAgain();

        Patience.until("the API to answer again once the database is back", () -> hearth.get("/api/v1/stories"),
                response -> response.statusCode() == 200);
        HttpResponse<String> ready = Patience.until("readiness to be UP again", () -> hearth.get("/health/ready"),
                response -> response.statusCode() == 200);
        assertTrue(ready.body().contains("\"UP\""), ready.body());
        HttpResponse<String> created = hearth.send("POST", "/api/v1/studio/stories",
                StudioApiIT.story("Written after the outage", ""), "Authorization", "Bearer " + token);
        assertEquals(201, created.statusCode(), "writes work again, with the token issued before: " + created.body());
        assertEquals(200, studioGet("/studio/stories").statusCode(), "the studio session outlived the outage");
        assertEquals(200, hearth.get("/fr/help").statusCode());
        assertTrue(ProcessHandle.of(hearth.pid()).map(ProcessHandle::isAlive).orElse(false), "the same Hearth process served throughout");
    }

    private static void assertUnavailableProblem(HttpResponse<String> response) {
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().map().toString());
        assertTrue(response.headers().firstValue("Retry-After").orElse("").matches("\\d+"), response.headers().map().toString());
        assertEquals("https://hearth.example/problems/database-unavailable", Json.object(response.body()).getString("type"));
        assertNoInternals(response.body());
    }

    private static void assertUnavailablePage(HttpResponse<String> response, String heading) {
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                response.headers().map().toString());
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), response.headers().map().toString());
        assertTrue(response.body().contains("<h1>" + heading + "</h1>"), response.body());
        assertTrue(response.body().contains("id=\"exit-this-page\""), "the exit control is on the error page too");
        assertNoInternals(response.body());
    }

    private static void assertNoInternals(String body) {
        assertFalse(body.contains("Exception"), body);
        assertFalse(body.contains("java."), body);
        assertFalse(body.contains("jakarta."), body);
    }

    /** Signs in through the studio's form, as a browser without JavaScript would. */
    private static void signInToTheStudio() {
        String form = studioGet("/studio/").body();
        Matcher viewState = VIEW_STATE.matcher(form);
        assertTrue(viewState.find(), form);
        String body = Map.of("signInForm", "signInForm", "signInForm:email", HearthServer.ADMIN_EMAIL,
                        "signInForm:password", HearthServer.ADMIN_PASSWORD, "signInForm:submit", "Sign in",
                        "jakarta.faces.ViewState", viewState.group(1)).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = studioSend(HttpRequest.newBuilder(URI.create(hearth.url("/studio/index.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(302, signedIn.statusCode(), signedIn.body());
    }

    private static HttpResponse<String> studioGet(String path) {
        return studioSend(HttpRequest.newBuilder(URI.create(hearth.url(path))).header("Accept-Language", "en").GET());
    }

    private static HttpResponse<String> studioSend(HttpRequest.Builder request) {
        try {
            return studio.send(request.timeout(Patience.times(2)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
