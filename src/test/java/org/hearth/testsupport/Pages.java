package org.hearth.testsupport;

import java.util.function.Function;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NotFoundException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * The one way the browser tests wait for a page. Every wait outlasts a page being replaced while
 * it looks (an element gone stale, a node detached from the document, an element not there yet
 * all mean "look again"), lasts at most {@link Patience#PATIENCE}, and when it gives up says
 * where the browser was and what the page said.
 *
 * <p>An action that replaces the page (a submit, a link) goes through {@link #replacing}, which
 * waits until the old document is gone and the new one has loaded; only then does the caller's
 * condition look, so it can never be satisfied by the words the old page still showed.
 */
public final class Pages {

    private Pages() {
    }

    /** Waits until {@code condition} holds in the browser; {@code what} names it in a failure. */
    public static void until(WebDriver driver, String what, Predicate<WebDriver> condition) {
        look(driver, what, d -> condition.test(d) ? Boolean.TRUE : null);
    }

    /**
     * Looks with {@code look} until it returns something other than {@code null} or {@code false},
     * and returns that: an element, a value read from the page.
     */
    public static <T> T look(WebDriver driver, String what, Function<WebDriver, T> look) {
        return Patience.until(what, Patience.PATIENCE, () -> look.apply(driver),
                seen -> seen != null && !Boolean.FALSE.equals(seen), Pages::replaced,
                () -> " (at " + safely(driver::getCurrentUrl) + "; the page said: " + said(driver) + ")");
    }

    /**
     * Does {@code action}, which replaces the page (presses a submit button, follows a link), and
     * waits until the browser shows the new document, fully loaded. A page that never changes
     * fails here, instead of letting the next look read the old one.
     */
    public static void replacing(WebDriver driver, Runnable action) {
        WebElement old = look(driver, "the current page to finish loading", d -> loaded(d) ? d.findElement(By.tagName("html")) : null);
        String from = safely(driver::getCurrentUrl);
        action.run();
        until(driver, "a new page to replace " + from, d -> gone(old) && loaded(d));
    }

    /** Follows the link or presses the button {@code by} finds, waiting for the page it leads to. */
    public static void follow(WebDriver driver, By by) {
        replacing(driver, () -> look(driver, "something to click: " + by, d -> {
            d.findElement(by).click();
            return Boolean.TRUE;
        }));
    }

    /** Waits for the page's {@code h1} to read {@code heading}. */
    public static void heading(WebDriver driver, String heading) {
        until(driver, "the heading '" + heading + "'", d -> d.findElement(By.tagName("h1")).getText().equals(heading));
    }

    /** Waits for {@code text} in the page's visible words. */
    public static void text(WebDriver driver, String text) {
        until(driver, "'" + text + "' on the page", d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** The page's first non-empty alert, else the start of its main content: what a failure reports. */
    public static String said(WebDriver driver) {
        try {
            String text = driver.findElements(By.cssSelector("[role=alert]")).stream().map(WebElement::getText)
                    .filter(t -> !t.isBlank()).findFirst()
                    .orElseGet(() -> driver.findElements(By.tagName("main")).stream().map(WebElement::getText)
                            .findFirst().orElseGet(() -> driver.findElement(By.tagName("body")).getText()));
            return text.substring(0, Math.min(600, text.length()));
        } catch (WebDriverException e) {
            return "(the page changed while reading it)";
        }
    }

    private static boolean loaded(WebDriver driver) {
        return "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState"));
    }

    /** Whether {@code element} belongs to a document the browser no longer shows. */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            if (replaced(e)) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Whether {@code e} only means that the page was being replaced, or not there yet, while we
     * looked: worth another look. Selenium has types for most of it (a stale element; an element
     * not found). For one it has none: when the look lands while Chromium swaps the document,
     * chromedriver reports the DevTools error as a plain "unknown error" WebDriverException, and
     * its message is all that tells it apart; likewise a script started in a document that was
     * just unloaded. Those messages are recognised here and nowhere else.
     */
    static boolean replaced(RuntimeException e) {
        if (e instanceof StaleElementReferenceException || e instanceof NotFoundException) {
            return true;
        }
        if (!(e instanceof WebDriverException)) {
            return false;
        }
        String message = String.valueOf(e.getMessage());
        return message.contains("does not belong to the document")          // DevTools -32000, the issue 18 failure
                || message.contains("document unloaded while waiting for result")
                || message.contains("target frame detached")
                || message.contains("Execution context was destroyed")
                || message.contains("Cannot find context with specified id")
                || message.contains("Inspected target navigated or closed");
    }

    private static String safely(java.util.function.Supplier<String> read) {
        try {
            return read.get();
        } catch (WebDriverException e) {
            return "(unknown)";
        }
    }
}
