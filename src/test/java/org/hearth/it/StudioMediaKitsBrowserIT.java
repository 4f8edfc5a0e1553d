package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.support.ui.Select;

/**
 * A kit built in the studio as an editor does it — a text item written, a poster picked from the
 * library, the two swapped with the keyboard's buttons, saved, taken through the workflow — then
 * read on the public page and downloaded from its button as one ZIP holding both.
 */
class StudioMediaKitsBrowserIT {

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
    void buildAKitInTheStudioAndDownloadItFromThePublicPage() {
        String run = String.valueOf(System.nanoTime());
        StudioForms.signIn(browser, server, HearthServer.ADMIN_EMAIL, HearthServer.ADMIN_PASSWORD, "Dashboard");
        Pages.follow(browser, By.linkText("Media kits"));
        Pages.heading(browser, "Media kits");
        Pages.follow(browser, By.linkText("New kit"));
        StudioForms.type(browser, "Title", "Browser kit " + run);
        StudioForms.type(browser, "Purpose", "Made by the browser test.");
        Pages.follow(browser, By.cssSelector("button[value='add-text']"));
        StudioForms.type(browser, "Item title 1", "Key messages " + run);
        StudioForms.type(browser, "Text (Markdown)", "Everyone deserves safe work. Marker " + run);
        Select pick = new Select(StudioForms.labelled(browser, "Media from the library"));
        WebElement poster = pick.getOptions().stream().filter(o -> o.getText().startsWith("youth-poster")).findFirst().orElseThrow();
        pick.selectByValue(poster.getAttribute("value"));
        Pages.follow(browser, By.cssSelector("button[value='add-media']"));
        StudioForms.type(browser, "Item title 2", "Poster " + run);
        assertEquals("Key messages " + run, StudioForms.labelled(browser, "Item title 1").getAttribute("value"),
                "what was typed survives adding an item");
        Pages.follow(browser, By.cssSelector("button[value='up:1']"));
        assertEquals("Poster " + run, StudioForms.labelled(browser, "Item title 1").getAttribute("value"), "moved up");
        List<String> zip = browser.findElements(By.cssSelector(".zip-files code")).stream().map(WebElement::getText).toList();
        assertEquals("README.txt", zip.get(0));
        assertTrue(zip.get(1).startsWith("images/01-poster-") && zip.get(2).startsWith("texts/02-key-messages-"), zip.toString());
        Pages.follow(browser, By.cssSelector("button[value='save']"));
        Pages.text(browser, "Kit saved.");
        for (String step : List.of("submit", "approve", "publish")) {
            Pages.follow(browser, By.cssSelector("button[value='step:" + step + "']"));
        }
        Pages.text(browser, "The kit is now: Published.");

        Pages.follow(browser, By.linkText("Public page"));
        Pages.heading(browser, "Browser kit " + run);
        Pages.text(browser, "Poster " + run);
        Pages.text(browser, "Marker " + run);
        String download = browser.findElement(By.partialLinkText("Download the whole kit")).getAttribute("href");
        HttpResponse<byte[]> zipped = MediaKitsIT.send(HttpRequest.newBuilder(URI.create(download)).GET());
        assertEquals(200, zipped.statusCode());
        Map<String, byte[]> files = MediaKitsIT.unzip(zipped);
        assertEquals(3, files.size(), files.keySet().toString());
        String readme = new String(files.get("README.txt"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("Browser kit " + run) && readme.contains("Poster " + run) && readme.contains("1-833-900-1010"), readme);
    }
}
