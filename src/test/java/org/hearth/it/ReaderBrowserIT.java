package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hearth.testsupport.Browser;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Pages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** A reader in a real browser: the home page, a story, and the exit control first in tab order. */
class ReaderBrowserIT {

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
    void aReaderOpensTheHomePageAndReadsAStory() {
        browser.get(server.url("/en/"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        WebElement first = browser.findElement(By.cssSelector(".cards .card h3 a"));
        String title = first.getText();
        Pages.replacing(browser, first::click);
        Pages.until(browser, "the story's address", d -> d.getCurrentUrl().contains("/en/stories/"));
        Pages.heading(browser, title);
        // The newest story may be one another test published with a one-line body: shown is what counts.
        assertFalse(browser.findElement(By.cssSelector("article .body")).getText().isBlank(), "the story's body is shown");
        assertTrue(browser.findElement(By.cssSelector(".help")).getText().contains("1-833-900-1010"));
    }

    @Test
    void theFirstTabLandsOnExitThisPage() {
        browser.get(server.url("/fr/"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("Quitter cette page", focused.getText());
        assertEquals(HearthServer.EXIT_URL, focused.getAttribute("href"));
    }

    @Test
    void shiftThreeTimesLeavesForTheNeutralSiteAndCountsOutLoud() {
        browser.get(server.url("/en/stories/a-nurse-notices-the-signs"));
        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.SHIFT);
        WebElement progress = Pages.look(browser, "the first press shown", d -> {
            WebElement shown = d.findElement(By.id("exit-progress"));
            return shown.isDisplayed() && shown.getText().contains("1 of 3") ? shown : null;
        });
        assertEquals("status", progress.getAttribute("role"));
        body.sendKeys(Keys.SHIFT);
        body.sendKeys(Keys.SHIFT);
        Pages.until(browser, "the neutral site", d -> d.getCurrentUrl().startsWith(HearthServer.EXIT_URL));
    }

    @Test
    void anotherKeyResetsTheCount() {
        browser.get(server.url("/fr/"));
        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.SHIFT);
        body.sendKeys(Keys.SHIFT);
        body.sendKeys("a");
        body.sendKeys(Keys.SHIFT);
        Pages.until(browser, "the count starting again at one",
                d -> d.findElement(By.id("exit-progress")).getText().contains("1 fois sur 3"));
        assertTrue(browser.getCurrentUrl().startsWith(server.url("/fr/")), "two presses, a letter, one press: still here");
    }

    @Test
    void readersGetNoCookies() {
        browser.get(server.url("/en/stories/a-nurse-notices-the-signs"));
        assertTrue(browser.manage().getCookies().isEmpty(), browser.manage().getCookies()::toString);
    }
}
