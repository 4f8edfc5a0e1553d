package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearth.testsupport.Axe;
import org.hearth.testsupport.Browser;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.hearth.testsupport.Pages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every public page type, in English and in French, as a reader with assistive technology or a
 * small phone meets it: no serious or critical axe-core violation, headings in order (the page's
 * h1 first), no horizontal scrolling at 320 CSS px, controls of at least 24×24 px, and keyboard
 * focus never hidden under the sticky "Exit this page" bar.
 */
class PublicAccessibilityBrowserIT {

    static ChromeDriver browser;
    static HearthServer server;
    static StudioClient studio;
    /** Every page type, by a name that says which, with {lang} for the site language. */
    static final Map<String, String> PAGES = new java.util.LinkedHashMap<>();
    static final String SYLLABICS_TITLE = "ᐃᓄᒃᑎᑐᑦ ᐅᖃᐅᓯᖅ ᐃᑲᔪᖅᑐᐃᓂᕐᒧᑦ";
    static final String ARABIC_TITLE = "اعرف حقوقك في العمل";
    static String inuktitut;
    static String arabic;

    @BeforeAll
    static void open() {
        server = HearthServer.embedded();
        studio = new StudioClient(server);
        PAGES.put("home", "/{lang}/");
        PAGES.put("projects", "/{lang}/projects");
        PAGES.put("project", "/{lang}/projects/parkdale-youth-voices");
        PAGES.put("audience", "/{lang}/audiences/indigenous");
        PAGES.put("campaign", "/{lang}/campaigns/national-awareness-day-2027");
        PAGES.put("topic", "/{lang}/topics/getting-help");
        PAGES.put("search", "/{lang}/search?q=signs");
        PAGES.put("help", "/{lang}/help");
        PAGES.put("safety", "/{lang}/safety");
        PAGES.put("accessibility", "/{lang}/accessibility");
        PAGES.put("privacy", "/{lang}/privacy");
        PAGES.put("404", "/{lang}/stories/no-such-story-here");
        PAGES.put("410", "/{lang}/stories/" + withdrawnStory());
        PAGES.put("review link", URI.create(reviewLink()).getPath());
        inuktitut = publishedGuidance("iu", SYLLABICS_TITLE, "indigenous");
        arabic = publishedGuidance("ar", ARABIC_TITLE, "newcomers");
        PAGES.put("story in Inuktitut", "/{lang}/stories/" + inuktitut);
        PAGES.put("story in Arabic", "/{lang}/stories/" + arabic);
        browser = Browser.start();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void wideAgain() {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** A story with content notes in each site language. */
    static String story(String lang) {
        return "fr".equals(lang) ? "/fr/stories/une-infirmiere-remarque-les-signes" : "/en/stories/a-nurse-notices-the-signs";
    }

    List<String> urls() {
        List<String> urls = new ArrayList<>();
        for (String lang : List.of("en", "fr")) {
            PAGES.forEach((name, path) -> urls.add(path.replace("{lang}", name.startsWith("story in") ? "en" : lang)));
            urls.add(story(lang));
        }
        return urls;
    }

    @Test
    void noPageTypeHasASeriousOrCriticalAxeViolationInEitherLanguage() {
        List<String> failures = new ArrayList<>();
        for (String path : urls()) {
            browser.get(server.url(path));
            List<String> violations = Axe.seriousViolations(browser);
            if (!violations.isEmpty()) {
                failures.add(path + " " + violations);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void headingsStartWithThePagesH1AndNeverSkipALevel() {
        List<String> failures = new ArrayList<>();
        for (String path : urls()) {
            browser.get(server.url(path));
            @SuppressWarnings("unchecked")
            List<Long> levels = (List<Long>) browser.executeScript(
                    "return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName.substring(1));");
            if (levels.isEmpty() || levels.get(0) != 1) {
                failures.add(path + " starts with " + levels);
                continue;
            }
            long ones = levels.stream().filter(l -> l == 1).count();
            if (ones != 1) {
                failures.add(path + " has " + ones + " h1");
            }
            for (int i = 1; i < levels.size(); i++) {
                if (levels.get(i) > levels.get(i - 1) + 1) {
                    failures.add(path + " jumps from h" + levels.get(i - 1) + " to h" + levels.get(i) + " in " + levels);
                    break;
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyPageReflowsAt320PixelsWithoutHorizontalScrolling() {
        narrow();
        List<String> failures = new ArrayList<>();
        for (String path : urls()) {
            browser.get(server.url(path));
            long width = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            if (width > 320) {
                failures.add(path + " is " + width + " px wide");
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void controlsAreAtLeast24By24PixelsUnlessTheyAreLinksInsideASentence() {
        List<String> failures = new ArrayList<>();
        for (String path : urls()) {
            browser.get(server.url(path));
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) browser.executeScript("""
                    const small = [];
                    for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea')) {
                      const r = el.getBoundingClientRect();
                      if (r.width === 0 && r.height === 0) continue;
                      if (r.width >= 24 && r.height >= 24) continue;
                      // WCAG 2.5.8's inline exception: a link inside running text, with words around it.
                      const parent = el.parentElement;
                      const words = [...parent.childNodes].some(n => n !== el && n.textContent.trim().length > 0);
                      if (getComputedStyle(el).display === 'inline' && words) continue;
                      small.push((el.id || el.textContent.trim() || el.outerHTML.substring(0, 60))
                          + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
                    }
                    return small;""");
            if (!small.isEmpty()) {
                failures.add(path + " " + small);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void keyboardFocusIsNeverHiddenUnderTheStickyExitBar() {
        for (boolean phone : List.of(false, true)) {
            if (phone) {
                narrow();
            }
            for (String path : List.of(story("en"), "/fr/safety")) {
                browser.get(server.url(path));
                WebElement body = browser.findElement(By.tagName("body"));
                int stops = ((Long) browser.executeScript(
                        "return document.querySelectorAll('a[href], button, input:not([type=hidden]), [tabindex=\"0\"]').length;")).intValue();
                List<String> hidden = new ArrayList<>();
                // Forward to the end of the page, then back to the top: going back is when a sticky bar covers things.
                for (int i = 0; i < stops; i++) {
                    body.sendKeys(Keys.TAB);
                    hidden.addAll(focusHidden());
                }
                for (int i = 0; i < stops; i++) {
                    browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
                    hidden.addAll(focusHidden());
                }
                assertTrue(hidden.isEmpty(), path + (phone ? " at 320 px: " : ": ") + hidden);
            }
        }
    }

    /** The focused element, if the exit bar (or the Shift count under it) covers it. */
    @SuppressWarnings("unchecked")
    List<String> focusHidden() {
        return (List<String>) browser.executeScript("""
                const el = document.activeElement;
                if (!el || el === document.body || el.id === 'exit-this-page') return [];
                const bar = document.getElementById('exit-this-page').getBoundingClientRect();
                const r = el.getBoundingClientRect();
                return r.top < bar.bottom - 1 && r.bottom > bar.top ? [el.textContent.trim().substring(0, 40) + ' at ' + Math.round(r.top)] : [];""");
    }

    static void narrow() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
    }

    @Test
    void theExitBarIsTheFirstThingAndStaysOnScreenAt320Pixels() {
        narrow();
        browser.get(server.url(story("fr")));
        browser.executeScript("window.scrollTo(0, document.body.scrollHeight);");
        WebElement exit = browser.findElement(By.id("exit-this-page"));
        assertEquals("Quitter cette page", exit.getText());
        long top = (Long) browser.executeScript("return Math.round(arguments[0].getBoundingClientRect().top);", exit);
        assertEquals(0, top, "sticky at the top while the reader is at the end of the story");
    }

    @Test
    void continuingPastTheContentNotesLandsBelowTheExitBarNotUnderIt() {
        narrow();
        browser.get(server.url(story("en")));
        browser.findElement(By.cssSelector(".content-notes .choice a[href='#story-body']")).click();
        Pages.until(browser, "the page to scroll to the story", d -> ((Number) browser.executeScript(
                "return location.hash === '#story-body' ? window.scrollY : 0;")).doubleValue() > 0);
        double barBottom = ((Number) browser.executeScript(
                "return document.getElementById('exit-this-page').getBoundingClientRect().bottom;")).doubleValue();
        double bodyTop = ((Number) browser.executeScript(
                "return document.getElementById('story-body').getBoundingClientRect().top;")).doubleValue();
        assertTrue(bodyTop >= barBottom, "the story starts at " + bodyTop + " px, the bar ends at " + barBottom + " px");
        assertTrue(bodyTop < 200, "and the page did scroll to it (" + bodyTop + " px)");
    }

    @Test
    void syllabicsGetTheSelfHostedFontOnlyWherePagesHaveThem() {
        browser.get(server.url("/en/stories/" + inuktitut));
        WebElement article = browser.findElement(By.tagName("article"));
        assertEquals("iu", article.getAttribute("lang"));
        assertEquals(SYLLABICS_TITLE, browser.findElement(By.tagName("h1")).getText());
        assertTrue(syllabicsFontStatus(browser).contains("loaded"), "the syllabics font is fetched for Inuktitut");
        assertEquals("en", browser.findElement(By.cssSelector(".content-notes, p.meta")).getAttribute("lang"),
                "the site's own words around the story stay English");

        // A fresh browser: one that has already shown syllabics keeps the font in memory for every page.
        ChromeDriver fresh = Browser.start();
        try {
            fresh.get(server.url("/en/help"));
            assertTrue(syllabicsFontStatus(fresh).stream().noneMatch("loaded"::equals), "and not downloaded for English pages");
        } finally {
            fresh.quit();
        }

        var font = server.get("/resources/site/fonts/noto-sans-canadian-aboriginal-400.woff2");
        assertEquals(200, font.statusCode());
        assertEquals("font/woff2", font.headers().firstValue("Content-Type").orElse(""));
        assertEquals(200, server.get("/resources/site/fonts/OFL-noto-sans-canadian-aboriginal.txt").statusCode());
    }

    @SuppressWarnings("unchecked")
    static List<String> syllabicsFontStatus(ChromeDriver browser) {
        return (List<String>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => done([...document.fonts]
                    .filter(f => f.family.replace(/"/g, '') === 'Hearth Syllabics').map(f => f.status)));""");
    }

    @Test
    void rightToLeftContentIsMarkedRtlOnItsPageAndInLists() {
        browser.get(server.url("/en/stories/" + arabic));
        WebElement article = browser.findElement(By.tagName("article"));
        assertEquals("ar", article.getAttribute("lang"));
        assertEquals("rtl", article.getAttribute("dir"));
        assertEquals("rtl", browser.executeScript("return getComputedStyle(document.querySelector('article h1')).direction;"));
        assertEquals("ltr", browser.executeScript("return getComputedStyle(document.querySelector('.help')).direction;"),
                "the English page around it stays left to right");

        for (String path : List.of("/en/audiences/newcomers", "/fr/audiences/newcomers", "/en/topics/getting-help")) {
            browser.get(server.url(path));
            WebElement card = browser.findElement(By.xpath("//li[contains(@class,'card')][.//a[normalize-space(.)='" + ARABIC_TITLE + "']]"));
            assertEquals("ar", card.getAttribute("lang"), path);
            assertEquals("rtl", card.getAttribute("dir"), path);
            assertEquals("ltr", card.findElement(By.cssSelector(".meta")).getAttribute("dir"), path + ": the project's name is site text");
        }
        browser.get(server.url("/en/audiences/indigenous"));
        WebElement card = browser.findElement(By.xpath("//li[contains(@class,'card')][.//a[normalize-space(.)='" + SYLLABICS_TITLE + "']]"));
        assertEquals("iu", card.getAttribute("lang"));
        assertEquals("ltr", card.getAttribute("dir"));
    }

    /** A guidance story (no storyteller, no consent needed) in {@code lang}, published; returns its slug. */
    static String publishedGuidance(String lang, String title, String audience) {
        String json = "{\"organization\":\"northern-lantern\",\"project\":\"parkdale-youth-voices\",\"campaign\":null,"
                + "\"lang\":\"" + lang + "\",\"title\":" + Json.quote(title) + ",\"summary\":" + Json.quote(title + ".")
                + ",\"body\":" + Json.quote(title + "\n\n" + title) + ",\"audiences\":[\"" + audience + "\"],"
                + "\"topics\":[\"getting-help\"],\"contentNotes\":[\"coercion\"],\"kind\":\"guidance\","
                + "\"attribution\":{\"type\":\"anonymous\"},\"consent\":null}";
        JsonObject story = studio.created("/api/v1/studio/stories", json);
        String id = story.getString("id");
        assertEquals(200, studio.transition(id, "submit").statusCode());
        assertEquals(200, studio.transition(id, "approve").statusCode());
        assertEquals(200, studio.transition(id, "publish").statusCode());
        return story.getString("slug");
    }

    /** A lived-experience story, published with its storyteller's consent, then withdrawn: its URL answers 410. */
    static String withdrawnStory() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String consent = studio.created("/api/v1/studio/consents",
                StudioClient.consentJson(List.of("youth"), List.of("en", "fr"), today, today.plusYears(1))).getString("id");
        JsonObject story = studio.created("/api/v1/studio/stories", StudioClient.storyJson("lived-experience",
                "Withdrawn for the accessibility test", "Her words.", consent, List.of("youth"), ""));
        String id = story.getString("id");
        assertEquals(200, studio.transition(id, "submit").statusCode());
        assertEquals(201, studio.storytellerApproves(id).statusCode());
        assertEquals(200, studio.transition(id, "approve").statusCode());
        assertEquals(200, studio.transition(id, "publish").statusCode());
        assertEquals(200, server.asAdmin("POST", "/api/v1/studio/consents/" + consent + "/withdrawal",
                "{\"scope\":\"full\"}").statusCode());
        String slug = story.getString("slug");
        assertEquals(410, server.get("/en/stories/" + slug).statusCode());
        return slug;
    }

    /** The private page a storyteller opens to approve a draft. */
    static String reviewLink() {
        JsonObject story = studio.created("/api/v1/studio/stories",
                StudioClient.storyJson("guidance", "A draft to review", "Plain text to review.", null, List.of("youth"), ""));
        return Json.object(server.asAdmin("POST", "/api/v1/studio/stories/" + story.getString("id") + "/review-links", null)
                .body()).getString("url");
    }
}
