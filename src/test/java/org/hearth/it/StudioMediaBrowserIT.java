package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearth.testsupport.Axe;
import org.hearth.testsupport.Browser;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.hearth.testsupport.Pages;
import org.hearth.testsupport.StudioForms;
import org.hearth.testsupport.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The studio's media library as an author uses it: two files dropped on the uploader at once, each
 * listed with its own progress bar, each answered on its own (a web page named .png refused in
 * words, the real image stored and shown in the grid once processed), then described (alt text,
 * the safe-imagery check; a save from a stale version is shown as a conflict, never an overwrite), chosen as a story's hero in the editor, and refused deletion while the
 * story uses it. The library page passes axe-core with PrimeFaces' uploader on it.
 */
class StudioMediaBrowserIT {

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
    void uploadTwoFilesDescribeTheGoodOneAndMakeItAStorysHero() throws IOException {
        Path folder = Files.createTempDirectory("hearth-media-upload");
        Path good = Files.write(folder.resolve("harbour-at-dusk.png"), TestImages.png(800, 600));
        Path bad = Files.write(folder.resolve("not-a-picture.png"),
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8));

        StudioForms.signIn(browser, server, HearthServer.ADMIN_EMAIL, HearthServer.ADMIN_PASSWORD, "Dashboard");
        Pages.follow(browser, By.linkText("Media library"));
        Pages.heading(browser, "Media library");
        assertEquals(List.of(), Axe.seriousViolations(browser), "axe-core on the library page with the uploader");

        // What the studio's policy blocks from here on: PrimeFaces' uploader must need no script the policy forbids.
        ((JavascriptExecutor) browser).executeScript("window.blockedByPolicy = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.blockedByPolicy.push(e.effectiveDirective + ' ' + e.blockedURI));");

        WebElement input = Pages.look(browser, "the uploader's file input",
                d -> d.findElement(By.cssSelector("#upload input[type=file]")));
        input.sendKeys(good.toAbsolutePath() + "\n" + bad.toAbsolutePath());
        Pages.until(browser, "both files listed, each with a progress bar", d ->
                d.findElements(By.cssSelector("#upload .ui-fileupload-row")).size() == 2
                        && d.findElements(By.cssSelector("#upload .ui-fileupload-row .ui-progressbar")).size() == 2);
        String listed = browser.findElement(By.cssSelector("#upload .ui-fileupload-files")).getText();
        assertTrue(listed.contains("harbour-at-dusk.png") && listed.contains("not-a-picture.png"), listed);

        Pages.look(browser, "the upload button", d -> {
            d.findElement(By.cssSelector("#upload button.ui-fileupload-upload")).click();
            return Boolean.TRUE;
        });
        Pages.until(browser, "an answer for each file", d -> d.findElements(By.cssSelector("#upload-results li")).size() == 2);
        WebElement refused = browser.findElement(By.cssSelector("#upload-results li.error"));
        assertTrue(refused.getText().contains("not-a-picture.png") && refused.getText().contains("does not take this type"),
                "the web page named .png is refused in words: " + refused.getText());
        WebElement accepted = browser.findElement(By.cssSelector("#upload-results li.info"));
        assertTrue(accepted.getText().contains("harbour-at-dusk.png"), accepted.getText());
        @SuppressWarnings("unchecked")
        List<String> blocked = (List<String>) ((JavascriptExecutor) browser).executeScript("return window.blockedByPolicy;");
        assertEquals(List.of(), blocked.stream().filter(v -> v.startsWith("script-src") || v.startsWith("connect-src")).toList(),
                "the upload runs under the studio's strict policy (all blocked: " + blocked + ")");

        Pages.until(browser, "the image in the grid, processed, with its thumbnail", d -> {
            List<WebElement> items = d.findElements(By.xpath("//ul[@id='media-grid']/li[.//bdi[normalize-space()='harbour-at-dusk.png']]"));
            if (items.isEmpty() || !"ready".equals(items.get(0).getAttribute("data-status"))) {
                return false;
            }
            List<WebElement> img = items.get(0).findElements(By.tagName("img"));
            return !img.isEmpty() && Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img.get(0)));
        });
        assertTrue(browser.findElements(By.xpath("//ul[@id='media-grid']//bdi[normalize-space()='not-a-picture.png']")).isEmpty(),
                "nothing is stored for the refused file");
        assertEquals(List.of(), Axe.seriousViolations(browser), "axe-core on the library page after uploading");

        Pages.follow(browser, By.xpath("//ul[@id='media-grid']/li//a[.//bdi[normalize-space()='harbour-at-dusk.png']]"));
        Pages.heading(browser, "Describe media");
        String mediaId = browser.getCurrentUrl().replaceFirst(".*/studio/media/", "");
        Pages.text(browser, "has no alt text");
        // Someone else describes it through the API while the form is open: saving the form must not overwrite them.
        int shown = Json.object(server.asAdmin("GET", "/api/v1/studio/media/" + mediaId, null).body()).getInt("version");
        HttpResponse<String> theirs = server.asAdmin("PUT", "/api/v1/studio/media/" + mediaId,
                "{\"caption\":\"Their caption, saved first\",\"version\":" + shown + "}");
        assertEquals(200, theirs.statusCode(), theirs.body());
        StudioForms.type(browser, "Alt text", "A harbour at dusk, boats moored along the quay");
        StudioForms.labelled(browser, "I checked it: none of the above").click();
        StudioForms.click(browser, "Save");
        Pages.text(browser, "Someone else saved this first");
        Pages.text(browser, "Their caption, saved first");
        assertEquals("Their caption, saved first", Json.object(server.asAdmin("GET", "/api/v1/studio/media/" + mediaId, null)
                .body()).getString("caption"), "the stale save overwrote nothing");
        StudioForms.type(browser, "Caption", "Boats at the quay");
        StudioForms.click(browser, "Save");
        Pages.text(browser, "Saved.");
        Pages.text(browser, "Confirmed by " + HearthServer.ADMIN_EMAIL);
        Pages.text(browser, "Nothing: published content may show it.");

        Pages.follow(browser, By.linkText("New story"));
        Pages.heading(browser, "New story");
        StudioForms.type(browser, "Title", "A story with a hero image");
        StudioForms.type(browser, "Summary", "Chosen from the media library.");
        StudioForms.type(browser, "Body", "The harbour at dusk.");
        new Select(StudioForms.labelled(browser, "Hero image"))
                .selectByVisibleText("A harbour at dusk, boats moored along the quay (harbour-at-dusk.png)");
        StudioForms.click(browser, "Save");
        Pages.until(browser, "the saved story's own address", d -> d.getCurrentUrl().matches(".*/studio/stories/[A-Za-z0-9_-]{20,}"));
        Pages.text(browser, "Saved.");
        assertTrue(browser.findElements(By.id("hero-thumbnail")).size() == 1, "the chosen hero is shown in the editor");
        String storyId = browser.getCurrentUrl().replaceFirst(".*/studio/stories/", "");

        HttpResponse<String> story = server.asAdmin("GET", "/api/v1/studio/stories/" + storyId, null);
        assertEquals(200, story.statusCode(), story.body());
        assertEquals(mediaId, Json.object(story.body()).getString("heroMedia"), story.body());

        browser.get(server.url("/studio/media/" + mediaId));
        Pages.text(browser, "A story with a hero image");
        StudioForms.click(browser, "Delete");
        Pages.text(browser, "This media is used by Story \u201cA story with a hero image\u201d");
        assertEquals(200, server.asAdmin("GET", "/api/v1/studio/media/" + mediaId, null).statusCode(), "still there");
        try {
            Files.deleteIfExists(good);
            Files.deleteIfExists(bad);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
