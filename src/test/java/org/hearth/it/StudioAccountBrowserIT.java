package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

/** A person's own account in the studio: a forgotten password, and the studio's language. */
class StudioAccountBrowserIT {

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

    static void click(String value) {
        StudioForms.click(browser, value);
    }

    static void waitFor(String text) {
        StudioForms.waitFor(browser, text);
    }

    static void signIn(String email, String password, String heading) {
        StudioForms.signIn(browser, server, email, password, heading);
    }

    /** A member who set a password through an invitation. */
    static String member(String email, String password) {
        var invited = server.asAdmin("POST", "/api/v1/studio/organizations/northern-lantern/members",
                "{\"email\":\"" + email + "\",\"role\":\"AUTHOR\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        browser.manage().deleteAllCookies();
        browser.get(Json.object(invited.body()).getJsonObject("invitation").getString("url"));
        labelled("New password").sendKeys(password);
        labelled("Confirm the password").sendKeys(password);
        click("Set my password");
        waitFor("Your password is set");
        return email;
    }

    @Test
    void aForgottenPasswordIsResetThroughASingleUseLinkSentByEmail() throws IOException {
        String email = member("forgetful.author@example.org", "the first long passphrase");
        browser.get(server.url("/studio/"));
        Pages.follow(browser, By.linkText("Forgotten your password?"));
        assertEquals(List.of(), Axe.seriousViolations(browser), "the reset page is accessible");
        labelled("Email").sendKeys("nobody-here@example.org");
        click("Send me a link");
        waitFor("If that address belongs to an account");
        String answerForStranger = browser.findElement(By.id("reset-sent")).getText();
        assertTrue(messagesTo("nobody-here@example.org").isEmpty(), "no message for an address without an account");

        browser.get(server.url("/studio/password-reset"));
        labelled("Email").sendKeys(email);
        click("Send me a link");
        waitFor("If that address belongs to an account");
        assertEquals(answerForStranger, browser.findElement(By.id("reset-sent")).getText(),
                "the answer does not reveal whether the address has an account");
        List<Path> messages = messagesTo(email);
        assertEquals(1, messages.size(), "one message in the outbox (no SMTP server configured)");
        Matcher link = Pattern.compile("(http://\\S+/studio/password-reset/\\S+)").matcher(Files.readString(messages.get(0)));
        assertTrue(link.find(), "the message carries the link");

        browser.get(link.group(1));
        labelled("New password").sendKeys("a brand new passphrase");
        labelled("Confirm the password").sendKeys("a different passphrase");
        click("Set my new password");
        waitFor("The two passwords are not the same");
        labelled("New password").sendKeys("a brand new passphrase");
        labelled("Confirm the password").sendKeys("a brand new passphrase");
        click("Set my new password");
        waitFor("Your new password is set");
        browser.get(link.group(1));
        assertTrue(browser.getPageSource().contains("already used or has expired"), "the link works once");

        assertEquals(401, server.send("POST", "/api/v1/auth/tokens",
                "{\"email\":\"" + email + "\",\"password\":\"the first long passphrase\"}").statusCode(), "the old password is gone");
        signIn(email, "a brand new passphrase", "Dashboard");
        browser.manage().deleteAllCookies();
    }

    @Test
    void eachPersonChoosesTheStudiosLanguageAndItFollowsThem() {
        String email = member("bilingual.author@example.org", "a passphrase en deux langues");
        signIn(email, "a passphrase en deux langues", "Dashboard");
        click("Français");
        StudioForms.waitForHeading(browser, "Tableau de bord");
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(List.of(), Axe.seriousViolations(browser));

        browser.get(server.url("/studio/stories/new"));
        assertTrue(labelled("Titre").isDisplayed(), "the editor speaks French too");
        assertTrue(labelled("Résumé").isDisplayed());
        assertTrue(labelled("Texte").isDisplayed());
        click("Enregistrer");
        waitFor("Titre : est obligatoire");
        String story = Json.object(server.asAdmin("POST", "/api/v1/studio/stories", StudioClient.storyJson("lived-experience",
                "Sans consentement", "Des mots sans consentement.", null, List.of("youth"), "")).body()).getString("id");
        browser.get(server.url("/studio/stories/" + story));
        String checks = browser.findElement(By.id("checks")).getText();
        assertTrue(checks.contains("Bloque la publication") && checks.contains("exige le consentement de la personne"),
                "the consent gate's reasons in French too: " + checks);

        signIn(email, "a passphrase en deux langues", "Tableau de bord");
        assertFalse(browser.getPageSource().contains(">Dashboard<"), "the choice is kept on the account, not in the browser");
        click("English");
        StudioForms.waitForHeading(browser, "Dashboard");

        browser.manage().deleteAllCookies();
        browser.get(server.url("/studio/?lang=fr"));
        assertTrue(labelled("Courriel").isDisplayed(), "a stranger may ask for the sign-in page in French");
        assertTrue(labelled("Mot de passe").isDisplayed());
        browser.manage().deleteAllCookies();
    }

    static List<Path> messagesTo(String email) throws IOException {
        Path outbox = server.dataDir().resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(f -> f.getFileName().toString().endsWith(email + ".txt"))
                    .filter(f -> {
                        try {
                            return Files.readString(f).contains("password-reset");
                        } catch (IOException e) {
                            return false;
                        }
                    }).toList();
        }
    }
}
