package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A young volunteer submits from a phone-sized window, in French, with JavaScript turned off, and
 * lands on their private status page; a moderator then finds it in the studio's queue, sees its
 * flags and stripped preview, and accepts it into a draft story; then hands out and revokes a code.
 */
class SubmissionsBrowserIT {

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
    void submitOnAPhoneInFrenchWithoutJavaScriptThenModerateInTheStudio() throws IOException {
        HttpResponse<String> invitation = server.asAdmin("POST", "/api/v1/studio/invitations",
                "{\"project\":\"parkdale-youth-voices\",\"uses\":3,\"expiresOn\":\"" + LocalDate.now().plusDays(7) + "\"}");
        assertEquals(201, invitation.statusCode(), invitation.body());
        String code = Json.object(invitation.body()).getString("code");
        Path photo = Files.write(Files.createTempDirectory("hearth-submit").resolve("murale.jpg"), TestImages.jpeg(800, 600));
        String title = "Notre murale " + System.nanoTime();

        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.get(server.url("/fr/submit"));
            Pages.heading(browser, "Partage ton œuvre avec ton projet");
            StudioForms.type(browser, "Code d’invitation", code.toLowerCase());
            StudioForms.type(browser, "Titre", title);
            StudioForms.type(browser, "De quoi ça parle", "Une murale sur notre rue. Écris-moi à lou@example.org.");
            browser.findElement(By.id("file")).sendKeys(photo.toAbsolutePath().toString());
            browser.findElement(By.id("credit-alias")).click();
            StudioForms.type(browser, "Le nom à afficher", "Lou");
            new Select(browser.findElement(By.id("ageBand"))).selectByValue("16-17");
            browser.findElement(By.id("channel-website")).click();
            browser.findElement(By.id("assent")).click();
            StudioForms.type(browser, "Son nom", "Parent Test");
            StudioForms.type(browser, "Comment le joindre (téléphone ou courriel)", "parent@example.org");
            browser.findElement(By.id("guardianConsent")).click();
            Pages.follow(browser, By.id("send"));
            Pages.heading(browser, "Ta contribution");
            Pages.text(browser, "Reçue");
            assertTrue(browser.getCurrentUrl().contains("/fr/submissions/"), browser.getCurrentUrl());
            assertTrue(browser.manage().getCookies().isEmpty(), "no cookie: " + browser.manage().getCookies());
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
            browser.manage().window().setSize(new Dimension(1280, 900));
        }

        StudioForms.signIn(browser, server, HearthServer.ADMIN_EMAIL, HearthServer.ADMIN_PASSWORD, "Dashboard");
        Pages.text(browser, "Submissions waiting");
        Pages.follow(browser, By.linkText("Submissions"));
        Pages.heading(browser, "Youth submissions");
        Pages.follow(browser, By.linkText(title));
        Pages.heading(browser, "Youth submission");
        Pages.until(browser, "the personal-details flag", d -> !d.findElements(By.cssSelector("#flags [data-code=personal-details]")).isEmpty());
        Pages.until(browser, "the stripped preview", d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector("#files img[src*='/preview/']")).isEmpty();
        });
        Pages.follow(browser, By.cssSelector("input[type=submit][value=\"Accept into a draft story\"]"));
        Pages.until(browser, "the draft story's editor", d -> d.getCurrentUrl().contains("/studio/stories/"));
        Pages.text(browser, "Accepted: the draft story is ready to edit.");

        // Codes are handed out in the studio too: create one for the project, see it listed, revoke it.
        browser.get(server.url("/studio/codes?project=parkdale-youth-voices"));
        Pages.heading(browser, "Invitation codes");
        new Select(browser.findElement(By.id("create:project"))).selectByValue("parkdale-youth-voices");
        StudioForms.type(browser, "Number of submissions it admits", "12");
        Pages.follow(browser, By.id("create:createButton"));
        String made = Pages.look(browser, "the new code", d -> d.findElement(By.id("new-code")).getText());
        assertTrue(made.matches("[A-Z2-9]{4}-[A-Z2-9]{4}"), made);
        Pages.text(browser, "12 / 12");
        Pages.follow(browser, By.xpath("//tr[td[normalize-space()='" + made + "']]//input[@type='submit']"));
        Pages.text(browser, "Code revoked");
        assertTrue(Pages.look(browser, "the revoked row", d -> d.findElement(By.xpath("//tr[td[normalize-space()='" + made
                + "']]")).getText()).contains("Revoked"));
    }
}
