package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.hearth.testsupport.Browser;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Pages;
import org.hearth.testsupport.StudioForms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** A communications officer in the studio: sign in (wrong, then right), write a story, save it, submit it. */
class StudioBrowserIT {

    static ChromeDriver browser;
    static HearthServer server;

    @BeforeAll
    static void open() {
        server = HearthServer.embedded();
        browser = Browser.start();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    static WebElement labelled(String label) {
        return StudioForms.labelled(browser, label);
    }

    static void type(String label, String text) {
        StudioForms.type(browser, label, text);
    }

    /** Presses the button and waits for the page that answers it. */
    static void click(String value) {
        StudioForms.click(browser, value);
    }

    @Test
    void signInWriteSaveAndSubmitAStory() {
        browser.get(server.url("/studio/"));
        type("Email", HearthServer.ADMIN_EMAIL);
        type("Password", "not-the-password");
        click("Sign in");
        Pages.text(browser, "is not right");
        assertTrue(browser.findElements(By.xpath("//label[normalize-space()='Password']")).size() == 1, "still on the form");

        type("Email", HearthServer.ADMIN_EMAIL);
        type("Password", HearthServer.ADMIN_PASSWORD);
        click("Sign in");
        Pages.heading(browser, "Dashboard");

        Pages.follow(browser, By.linkText("New story"));
        Pages.heading(browser, "New story");
        type("Title", "Written in the studio by a browser");
        type("Summary", "A summary typed in the editor.");
        type("Body", "## A heading\n\nSome *emphasis*.");
        browser.findElement(By.xpath("//label[normalize-space()='Youth']")).click();
        click("Save");
        Pages.until(browser, "the saved story's own address", d -> d.getCurrentUrl().matches(".*/studio/stories/[A-Za-z0-9_-]{20,}"));
        Pages.text(browser, "Saved.");
        assertEquals("A heading", browser.findElement(By.cssSelector(".preview div h2")).getText(), "the preview renders the Markdown");
        String id = browser.getCurrentUrl().replaceFirst(".*/studio/stories/", "");

        HttpResponse<String> stored = server.asAdmin("GET", "/api/v1/studio/stories/" + id, null);
        assertEquals(200, stored.statusCode());
        assertTrue(stored.body().contains("Written in the studio by a browser"));
        assertTrue(stored.body().contains("\"youth\""));

        click("Submit for review");
        Pages.text(browser, "in review");
    }

    @Test
    void anInvitedEditorSetsAPasswordSignsInAndMayNotManageMembers() {
        HttpResponse<String> invited = server.asAdmin("POST", "/api/v1/studio/organizations/northern-lantern/members",
                "{\"email\":\"new.editor@example.org\",\"role\":\"EDITOR\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        String url = org.hearth.testsupport.Json.object(invited.body()).getJsonObject("invitation").getString("url");
        assertEquals(400, server.asAdmin("POST", "/api/v1/studio/organizations/northern-lantern/members",
                "{\"email\":\"x@example.org\",\"role\":\"KING\"}").statusCode());

        browser.manage().deleteAllCookies();
        browser.get(url);
        type("New password", "a long enough passphrase");
        type("Confirm the password", "a long enough passphrase");
        click("Set my password");
        Pages.text(browser, "Your password is set");
        browser.get(url);
        assertTrue(browser.getPageSource().contains("already used or has expired"), "the link works once");

        browser.get(server.url("/studio/"));
        type("Email", "new.editor@example.org");
        type("Password", "a long enough passphrase");
        click("Sign in");
        Pages.heading(browser, "Dashboard");

        HttpResponse<String> token = server.send("POST", "/api/v1/auth/tokens",
                "{\"email\":\"new.editor@example.org\",\"password\":\"a long enough passphrase\"}");
        String bearer = "Bearer " + org.hearth.testsupport.Json.object(token.body()).getString("token");
        assertEquals(403, server.send("POST", "/api/v1/studio/organizations/northern-lantern/members",
                "{\"email\":\"another@example.org\",\"role\":\"AUTHOR\"}", "Authorization", bearer).statusCode(),
                "an editor does not manage members");
        assertTrue(server.send("GET", "/api/v1/studio/organizations/northern-lantern/members", null, "Authorization", bearer)
                .body().contains("new.editor@example.org"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void withdrawingAConsentInTheStudioTakesTheStoryOffThePublicSite() {
        StudioClient studio = new StudioClient(server);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String consent = studio.created("/api/v1/studio/consents", StudioClient.consentJson(java.util.List.of("youth"),
                java.util.List.of("en"), today, today.plusYears(1))).getString("id");
        var story = studio.created("/api/v1/studio/stories", StudioClient.storyJson("lived-experience",
                "Withdrawn from the studio", "Her words.", consent, java.util.List.of("youth"), ""));
        String id = story.getString("id");
        studio.transition(id, "submit");
        studio.storytellerApproves(id);
        studio.transition(id, "approve");
        assertEquals(200, studio.transition(id, "publish").statusCode());
        assertEquals(200, server.get("/en/stories/" + story.getString("slug")).statusCode());

        StudioForms.signIn(browser, server, HearthServer.ADMIN_EMAIL, HearthServer.ADMIN_PASSWORD, "Dashboard");
        browser.get(server.url("/studio/consents/" + consent));
        assertTrue(browser.getPageSource().contains("Withdrawn from the studio"), "the page lists what depends on it");
        click("Withdraw this consent");
        Pages.text(browser, "These will come down now");
        assertEquals(200, server.get("/en/stories/" + story.getString("slug")).statusCode(), "nothing happens before confirming");
        click("Withdraw now");
        Pages.text(browser, "taken down from public view");
        assertEquals("withdrawn", browser.findElement(By.id("consent-status")).getText());
        assertEquals(410, server.get("/en/stories/" + story.getString("slug")).statusCode());
        browser.manage().deleteAllCookies();
    }

    @Test
    void theStudioIsClosedToStrangersAndItsCookieIsStrict() {
        HttpResponse<String> stories = server.get("/studio/stories");
        assertEquals(302, stories.statusCode(), "not signed in: back to the sign-in page");
        HttpResponse<String> signIn = server.get("/studio/");
        String cookie = signIn.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=strict"), cookie);
        assertEquals("no-store", signIn.headers().firstValue("Cache-Control").orElse(""));
    }
}
