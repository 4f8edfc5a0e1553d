package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.testsupport.Axe;
import org.hearth.testsupport.Browser;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.hearth.testsupport.Multipart;
import org.hearth.testsupport.Pages;
import org.hearth.testsupport.StudioForms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Moderation as a plain moderator does it: the queue, accepting one submission, rejecting another
 * from one of the organization's own feedback templates adjusted before sending; the distress words
 * and the templates are theirs to use, not to edit. Then an admin edits both lists in the studio,
 * and meets an edit conflict instead of overwriting someone else's save.
 */
class SubmissionsModeratorBrowserIT {

    static final String ORG = "northern-lantern";
    static final String TEMPLATES = "/api/v1/studio/feedback-templates?organization=" + ORG;
    static final String DISTRESS = "/api/v1/studio/distress-words?organization=" + ORG;
    static final String PASSWORD = "a moderator's long passphrase";

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

    @Test
    void aModeratorAcceptsOneRejectsAnotherFromATemplateAndMayNotEditTheLists() {
        String run = Long.toString(System.nanoTime(), 36);
        String kept = "Kept drawing " + run;
        String declined = "Declined drawing " + run;
        String code = code();
        submit(code, kept);
        String token = submit(code, declined);
        String marker = "Thank you, " + run + "! Please send it again without the faces.";
        int version = version(TEMPLATES);
        HttpResponse<String> own = server.asAdmin("PUT", TEMPLATES, "{\"version\":" + version + ",\"items\":["
                + "{\"code\":\"faces\",\"en\":" + Json.quote(marker) + ",\"fr\":\"Merci, " + run + " ! Sans les visages.\"},"
                + "{\"code\":\"thanks\",\"en\":\"Thank you.\",\"fr\":\"Merci.\"}]}");
        assertEquals(200, own.statusCode(), own.body());
        try {
            String email = moderator("moderator." + run + "@example.org");
            StudioForms.signIn(browser, server, email, PASSWORD, "Dashboard");
            Pages.follow(browser, By.linkText("Submissions"));
            Pages.heading(browser, "Youth submissions");
            Pages.text(browser, kept);
            assertTrue(browser.findElements(By.id("distress-link")).isEmpty(), "a moderator is not offered the distress words");
            assertTrue(browser.findElements(By.id("templates-link")).isEmpty(), "nor the templates to edit");
            assertEquals(List.of(), Axe.seriousViolations(browser), "axe-core on the queue");

            Pages.follow(browser, By.linkText(kept));
            Pages.heading(browser, "Youth submission");
            StudioForms.click(browser, "Accept into the media library");
            Pages.text(browser, "Accepted into the media library.");
            assertEquals("accepted", status(submissionId(kept)));

            browser.get(server.url("/studio/submissions"));
            Pages.follow(browser, By.linkText(declined));
            Pages.heading(browser, "Youth submission");
            assertEquals(List.of(), Axe.seriousViolations(browser), "axe-core on a submission");
            new Select(StudioForms.labelled(browser, "Feedback template")).selectByValue("faces");
            StudioForms.click(browser, "Put the template here");
            Pages.until(browser, "the template's words in the feedback field",
                    d -> marker.equals(d.findElement(By.id("reject:feedback")).getAttribute("value")));
            String sent = marker + " We loved the colours.";
            StudioForms.type(browser, "Feedback for the submitter", sent);
            StudioForms.click(browser, "Send feedback, do not accept");
            Pages.until(browser, "the decision", d -> d.findElement(By.id("submission-status")).getText().equals("Not accepted"));
            assertEquals(sent, browser.findElement(By.id("submission-feedback")).getText());
            JsonObject seen = Json.object(server.get("/api/v1/submissions/" + token).body());
            assertEquals("not-accepted", seen.getString("status"));
            assertEquals(sent, seen.getString("feedback"), "the submitter reads the words as the moderator adjusted them");

            for (String page : List.of("/studio/distress-words", "/studio/feedback-templates")) {
                assertEquals(403, server.get(page, "Cookie", session(browser)).statusCode(), page + " by its address");
            }
            String bearer = "Bearer " + Json.object(server.send("POST", "/api/v1/auth/tokens",
                    "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}").body()).getString("token");
            assertEquals(200, server.send("GET", TEMPLATES, null, "Authorization", bearer).statusCode(), "a moderator reads them");
            assertEquals(403, server.send("PUT", TEMPLATES, "{\"version\":" + version(TEMPLATES) + ",\"items\":[]}",
                    "Authorization", bearer).statusCode());
            assertEquals(403, server.send("PUT", DISTRESS, "{\"version\":" + version(DISTRESS) + ",\"items\":[]}",
                    "Authorization", bearer).statusCode());
        } finally {
            assertEquals(200, server.asAdmin("PUT", TEMPLATES, "{\"version\":" + version(TEMPLATES) + ",\"items\":[]}").statusCode());
        }
    }

    @Test
    void anAdminEditsTheDistressWordsAndTheTemplatesAndMeetsAConflictRatherThanOverwriting() {
        String run = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        StudioForms.signIn(browser, server, HearthServer.ADMIN_EMAIL, HearthServer.ADMIN_PASSWORD, "Dashboard");
        try {
            browser.get(server.url("/studio/submissions"));
            Pages.follow(browser, By.id("distress-link"));
            Pages.heading(browser, "Distress words");
            Pages.text(browser, "This is the list shipped with Hearth");
            assertEquals(List.of(), Axe.seriousViolations(browser), "axe-core on the distress words");
            String words = StudioForms.labelled(browser, "Words and phrases, one a line").getAttribute("value");
            assertTrue(words.lines().anyMatch("kill myself"::equals), words);
            StudioForms.type(browser, "Words and phrases, one a line", "zz " + run + "\nMy Own Phrase " + run);
            StudioForms.click(browser, "Save");
            Pages.text(browser, "The distress words are saved.");
            Pages.text(browser, "This is your organization's own list.");
            assertEquals(List.of("my own phrase " + run, "zz " + run),
                    Json.strings(Json.object(server.asAdmin("GET", DISTRESS, null).body()).getJsonArray("items")));

            // Someone else saves while this page is open: saving it then overwrites nothing.
            assertEquals(200, server.asAdmin("PUT", DISTRESS, "{\"version\":" + version(DISTRESS)
                    + ",\"items\":[\"theirs " + run + "\"]}").statusCode());
            StudioForms.type(browser, "Words and phrases, one a line", "mine " + run);
            StudioForms.click(browser, "Save");
            Pages.text(browser, "Someone else saved this first.");
            Pages.until(browser, "their list beside the form", d -> d.findElement(By.id("their-words")).getText()
                    .contains("theirs " + run));
            assertEquals(List.of("theirs " + run),
                    Json.strings(Json.object(server.asAdmin("GET", DISTRESS, null).body()).getJsonArray("items")));
            assertEquals(List.of(), Axe.seriousViolations(browser), "axe-core on the conflict");
            StudioForms.click(browser, "Save");
            Pages.text(browser, "The distress words are saved.");
            assertEquals(List.of("mine " + run),
                    Json.strings(Json.object(server.asAdmin("GET", DISTRESS, null).body()).getJsonArray("items")));

            browser.get(server.url("/studio/submissions"));
            Pages.follow(browser, By.id("templates-link"));
            Pages.heading(browser, "Feedback templates");
            Pages.text(browser, "These are the templates shipped with Hearth");
            assertEquals(List.of(), Axe.seriousViolations(browser), "axe-core on the templates");
            assertTrue(browser.findElement(By.id("fr-0")).getAttribute("value").startsWith("Merci d’avoir partagé"));
            browser.findElement(By.id("fr-0")).clear();
            browser.findElement(By.id("fr-0")).sendKeys("Merci " + run + " !");
            browser.findElement(By.id("en-1")).clear();
            browser.findElement(By.id("fr-1")).clear();
            browser.findElement(By.id("en-4")).sendKeys("Added " + run);
            StudioForms.click(browser, "Save");
            Pages.text(browser, "New template, in French: write the template in both English and French");
            browser.findElement(By.id("fr-4")).sendKeys("Ajouté " + run);
            StudioForms.click(browser, "Save");
            Pages.text(browser, "The feedback templates are saved.");
            JsonObject saved = Json.object(server.asAdmin("GET", TEMPLATES, null).body());
            List<JsonObject> items = saved.getJsonArray("items").getValuesAs(JsonObject.class);
            assertEquals(List.of("thanks", "location", "topic", "template-1"), items.stream().map(i -> i.getString("code")).toList());
            assertEquals("Merci " + run + " !", items.get(0).getString("fr"));
            assertEquals("Added " + run, items.get(3).getString("en"));
            assertFalse(saved.getBoolean("standard"));
        } finally {
            assertEquals(200, server.asAdmin("PUT", DISTRESS, "{\"version\":" + version(DISTRESS) + ",\"items\":[]}").statusCode());
            assertEquals(200, server.asAdmin("PUT", TEMPLATES, "{\"version\":" + version(TEMPLATES) + ",\"items\":[]}").statusCode());
        }
    }

    // ---------------------------------------------------------------- helpers

    static int version(String path) {
        return Json.object(server.asAdmin("GET", path, null).body()).getInt("version");
    }

    static String code() {
        HttpResponse<String> made = server.asAdmin("POST", "/api/v1/studio/invitations", "{\"project\":\"parkdale-youth-voices\","
                + "\"uses\":5,\"expiresOn\":\"" + LocalDate.now().plusDays(7) + "\"}");
        assertEquals(201, made.statusCode(), made.body());
        return Json.object(made.body()).getString("code");
    }

    /** A text-only submission by an adult volunteer; answers its status token. */
    static String submit(String code, String title) {
        Multipart form = new Multipart();
        Map.of("code", code, "lang", "en", "title", title, "description", "A drawing of the park in spring.",
                "creditType", "alias", "creditName", "Sky", "ageBand", "18-24", "assent", "true", "channels", "website")
                .forEach(form::field);
        HttpResponse<String> sent = server.send(form.post(URI.create(server.url("/api/v1/submissions")))
                .header("Accept", "application/json"));
        assertEquals(201, sent.statusCode(), sent.body());
        String url = Json.object(sent.body()).getString("statusUrl");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    static String submissionId(String title) {
        for (String status : List.of("pending", "accepted")) {
            for (JsonObject s : Json.items(server.asAdmin("GET", "/api/v1/studio/submissions?status=" + status + "&limit=100",
                    null).body())) {
                if (s.getString("title").equals(title)) {
                    return s.getString("id");
                }
            }
        }
        throw new AssertionError("no submission " + title);
    }

    static String status(String id) {
        return Json.object(server.asAdmin("GET", "/api/v1/studio/submissions/" + id, null).body()).getString("status");
    }

    /** A plain moderator of the organization, with a password set through their invitation. */
    static String moderator(String email) {
        HttpResponse<String> invited = server.asAdmin("POST", "/api/v1/studio/organizations/" + ORG + "/members",
                "{\"email\":\"" + email + "\",\"role\":\"MODERATOR\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        browser.manage().deleteAllCookies();
        browser.get(Json.object(invited.body()).getJsonObject("invitation").getString("url")
                .replaceFirst("^https?://[^/]+", server.url("")));
        StudioForms.labelled(browser, "New password").sendKeys(PASSWORD);
        StudioForms.labelled(browser, "Confirm the password").sendKeys(PASSWORD);
        StudioForms.click(browser, "Set my password");
        Pages.text(browser, "Your password is set");
        return email;
    }

    static String session(WebDriver driver) {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return "JSESSIONID=" + cookie.getValue();
    }
}
