package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.hearth.testsupport.Axe;
import org.hearth.testsupport.Browser;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.hearth.testsupport.Pages;
import org.hearth.testsupport.StudioForms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * An organization admin keeps the reference data in the studio: a project's page changes at once,
 * a help line verified long ago is flagged until someone marks it verified, a new discouraged term
 * is flagged in stories, and every one of these pages passes axe-core.
 */
class StudioReferenceBrowserIT {

    static ChromeDriver browser;
    static HearthServer server;

    @BeforeAll
    static void open() {
        server = HearthServer.embedded();
        browser = Browser.start();
        signIn(HearthServer.ADMIN_EMAIL, HearthServer.ADMIN_PASSWORD);
    }

    static void signIn(String email, String password) {
        browser.manage().deleteAllCookies();
        browser.get(server.url("/studio/"));
        StudioForms.type(browser, "Email", email);
        StudioForms.type(browser, "Password", password);
        StudioForms.click(browser, "Sign in");
        waitFor("Dashboard");
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

    static void replace(String label, String text) {
        StudioForms.type(browser, label, text);
    }

    static void waitFor(String heading) {
        StudioForms.waitForHeading(browser, heading);
    }

    static void click(String button) {
        StudioForms.click(browser, button);
    }

    static void waitForText(String text) {
        Pages.text(browser, text);
    }

    static void accessible() {
        assertEquals(List.of(), Axe.seriousViolations(browser), "axe-core on " + browser.getCurrentUrl());
    }

    @Test
    void editingAProjectChangesItsPublicPageAtOnceAndAConflictIsExplained() {
        HttpResponse<String> created = server.asAdmin("POST", "/api/v1/studio/projects",
                "{\"organization\":\"northern-lantern\",\"name\":\"Harbour lights\",\"province\":\"NS\","
                        + "\"municipality\":\"Halifax\",\"neighbourhood\":\"North End\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(server.get("/en/projects/harbour-lights").body().contains("Harbour lights"), "rendered and cached");

        browser.get(server.url("/studio/projects"));
        waitFor("Neighbourhood projects");
        accessible();
        Pages.follow(browser, By.linkText("Harbour lights"));
        waitFor("Edit project");
        accessible();
        replace("Name (English)", "Harbour lights and lanterns");
        replace("Name (French)", "Lumières du port");
        new Select(labelled("Province or territory")).selectByValue("NS");
        replace("Partner services", "A legal clinic and a youth drop-in (fictional)");
        click("Save");
        waitForText("Saved.");
        assertEquals("Harbour lights and lanterns", labelled("Name (English)").getAttribute("value"));

        String english = server.get("/en/projects/harbour-lights").body();
        assertTrue(english.contains("Harbour lights and lanterns"), "no stale cached page");
        assertTrue(english.contains("A legal clinic and a youth drop-in"));
        assertTrue(server.get("/fr/projects/harbour-lights").body().contains("Lumières du port"));

        // Someone else saves through the API while this page is open: saving here is refused and shows theirs.
        int version = Json.object(server.asAdmin("GET", "/api/v1/studio/projects", null).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("slug").equals("harbour-lights"))
                .findFirst().orElseThrow().getInt("version");
        assertEquals(200, server.asAdmin("PUT", "/api/v1/studio/projects/harbour-lights",
                "{\"name\":\"Harbour lights (their edit)\",\"province\":\"NS\",\"municipality\":\"Halifax\","
                        + "\"neighbourhood\":\"North End\",\"version\":" + version + "}").statusCode());
        replace("Neighbourhood", "Hydrostone");
        click("Save");
        waitForText("Someone else saved this first");
        assertTrue(browser.findElement(By.cssSelector(".conflict")).getText().contains("Harbour lights (their edit)"));
        assertTrue(server.get("/en/projects/harbour-lights").body().contains("Harbour lights (their edit)"), "nothing overwritten");
        accessible();
        click("Save");
        waitForText("Saved.");
        assertTrue(server.get("/en/projects/harbour-lights").body().contains("Hydrostone"), "the second save keeps mine");

        browser.get(server.url("/studio/projects/new"));
        waitFor("New project");
        click("Save");
        waitForText("Name (English): is required");
        assertTrue(browser.findElement(By.cssSelector("[role=alert]")).getText().contains("Name (English)"), "the error names the field");
        accessible();
    }

    @Test
    void aHelpLineVerifiedLongAgoIsFlaggedUntilMarkedVerifiedToday() {
        browser.get(server.url("/studio/help"));
        waitFor("Help resources");
        assertTrue(browser.getPageSource().contains("Canadian Human Trafficking Hotline"));
        accessible();
        Pages.follow(browser, By.linkText("New help resource"));
        waitFor("New help resource");
        accessible();
        new Select(labelled("Organization")).selectByValue("northern-lantern");
        labelled("Name (English)").sendKeys("Business supply-chain line");
        labelled("Name (French)").sendKeys("Ligne chaînes d'approvisionnement");
        labelled("Phone").sendKeys("1-800-555-0142");
        labelled("TTY").sendKeys("1-800-555-0143");
        labelled("Text or chat address").sendKeys("https://example.org/chat");
        labelled("Hours (English)").sendKeys("Weekdays 9 to 5");
        new Select(labelled("For")).selectByValue("business");
        browser.executeScript("arguments[0].value = '2025-03-01'", labelled("Last verified"));
        click("Save");
        waitForText("Saved.");
        assertTrue(browser.getCurrentUrl().matches(".*/studio/help/[0-9]+"), browser.getCurrentUrl());
        WebElement warning = browser.findElement(By.id("stale-warning"));
        assertTrue(warning.getText().contains("Nobody has verified this resource in the last 6 months"), warning.getText());
        accessible();

        browser.get(server.url("/studio/help"));
        waitFor("Help resources");
        WebElement row = browser.findElement(By.xpath("//tr[td/a[normalize-space()='Business supply-chain line']]"));
        assertTrue(row.getText().contains("2025-03-01") && row.getText().contains("Check again"), row.getText());
        Pages.follow(browser, By.linkText("Business supply-chain line"));
        waitFor("Edit help resource");
        click("Mark verified today");
        waitForText("Marked verified today.");
        assertTrue(browser.findElements(By.id("stale-warning")).isEmpty(), "the warning is gone");
        assertEquals(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(), labelled("Last verified").getAttribute("value"));

        replace("Text or chat address", "javascript:alert(1)");
        click("Save");
        waitForText("Text or chat address: must be a web address");
        accessible();
    }

    @Test
    void aDiscouragedTermAddedInTheStudioIsFlaggedInStories() {
        browser.get(server.url("/studio/terminology?organization=northern-lantern"));
        waitFor("Terminology");
        assertEquals("French", browser.findElement(By.id("terms-fr")).getText(), "one list per language");
        assertTrue(browser.getPageSource().contains("child prostitute"), "the list in use starts as the seed list");
        accessible();
        labelled("Term").sendKeys("harbour rat");
        new Select(labelled("Language")).selectByValue("en");
        labelled("Suggestion").sendKeys("person who works at the harbour");
        labelled("Reason").sendKeys("A slur for dock workers.");
        click("Add a term");
        waitForText("Added \"harbour rat\".");
        assertTrue(browser.getPageSource().contains("child prostitute"), "adding kept the seed's terms");

        JsonObject story = new StudioClient(server).created("/api/v1/studio/stories", StudioClient.storyJson("guidance",
                "Life of a harbour rat", "Plain guidance.", null, List.of("youth"), ""));
        String checks = server.asAdmin("GET", "/api/v1/studio/stories/" + story.getString("id") + "/checks", null).body();
        assertTrue(checks.contains("person who works at the harbour"), checks);
        assertTrue(checks.contains("\"field\":\"title\""), checks);

        Pages.follow(browser, By.linkText("harbour rat"));
        waitFor("Edit a term");
        accessible();
        replace("Suggestion", "dock worker");
        click("Save");
        waitForText("Saved.");
        checks = server.asAdmin("GET", "/api/v1/studio/stories/" + story.getString("id") + "/checks", null).body();
        assertTrue(checks.contains("dock worker") && !checks.contains("person who works at the harbour"), checks);

        Pages.follow(browser, By.linkText("harbour rat"));
        waitFor("Edit a term");
        click("Remove this term");
        waitForText("Removed \"harbour rat\".");
        assertFalse(browser.getPageSource().contains(">harbour rat<"));
        checks = server.asAdmin("GET", "/api/v1/studio/stories/" + story.getString("id") + "/checks", null).body();
        assertFalse(checks.contains("dock worker"), checks);
    }

    @Test
    void thePlatformAdminAddsAnAudienceAndCampaignsHaveTheirPages() {
        browser.get(server.url("/studio/audiences"));
        waitFor("Audiences");
        assertTrue(browser.getPageSource().contains("indigenous"), "the defaults are listed");
        accessible();
        Pages.follow(browser, By.linkText("New audience"));
        waitFor("New audience");
        labelled("Code").sendKeys("educators");
        labelled("Label (English)").sendKeys("Educators");
        labelled("Label (French)").sendKeys("Personnel enseignant");
        click("Save");
        waitForText("Saved.");
        assertEquals("true", labelled("Code").getAttribute("readonly"), "the code stays as it is");
        accessible();
        assertTrue(server.get("/api/v1/audiences").body().contains("Personnel enseignant"));

        browser.get(server.url("/studio/campaigns"));
        waitFor("Campaigns");
        accessible();
        Pages.follow(browser, By.linkText("New campaign"));
        waitFor("New campaign");
        accessible();
    }

    @Test
    void anEditorKeepsTheTerminologyListButNotTheOtherReferenceData() {
        String email = "reference.editor@example.org";
        String password = "a harbour full of lanterns";
        HttpResponse<String> invited = server.asAdmin("POST", "/api/v1/studio/organizations/northern-lantern/members",
                "{\"email\":\"" + email + "\",\"role\":\"EDITOR\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        try {
            browser.manage().deleteAllCookies();
            browser.get(Json.object(invited.body()).getJsonObject("invitation").getString("url"));
            labelled("New password").sendKeys(password);
            labelled("Confirm the password").sendKeys(password);
            click("Set my password");
            waitForText("Your password is set");
            signIn(email, password);

            List<String> nav = browser.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList();
            assertTrue(nav.contains("Terminology"), nav.toString());
            assertFalse(nav.contains("Projects") || nav.contains("Help resources") || nav.contains("Audiences"), nav.toString());
            browser.get(server.url("/studio/help"));
            waitForText("Only organization admins manage projects, campaigns and help resources.");
            assertTrue(browser.findElements(By.linkText("New help resource")).isEmpty());
            browser.get(server.url("/studio/audiences/new"));
            waitForText("Only a platform admin adds or edits audiences.");
            browser.get(server.url("/studio/terminology?organization=northern-lantern"));
            waitFor("Terminology");
            assertFalse(browser.findElements(By.cssSelector("input[type=submit][value='Add a term']")).isEmpty());

            HttpResponse<String> token = server.send("POST", "/api/v1/auth/tokens",
                    "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
            String bearer = "Bearer " + Json.object(token.body()).getString("token");
            assertEquals(403, server.send("POST", "/api/v1/studio/help-resources",
                    "{\"organization\":\"northern-lantern\",\"names\":{\"en\":\"X\",\"fr\":\"X\"}}",
                    "Authorization", bearer).statusCode(), "the API refuses the same");
            assertEquals(403, server.send("PUT", "/api/v1/studio/projects/parkdale-youth-voices",
                    "{\"name\":\"X\",\"province\":\"ON\",\"municipality\":\"X\",\"neighbourhood\":\"X\",\"version\":1}",
                    "Authorization", bearer).statusCode());
        } finally {
            signIn(HearthServer.ADMIN_EMAIL, HearthServer.ADMIN_PASSWORD);
        }
    }
}
