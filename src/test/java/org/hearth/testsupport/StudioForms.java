package org.hearth.testsupport;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How the browser tests use a studio page, as a person would: fields found by their visible
 * labels, buttons by their words, and waits that outlast a page being replaced mid-look (a
 * submit's response arriving) and say what the page said when the expected text never came.
 */
public final class StudioForms {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private StudioForms() {
    }

    /** The field whose {@code <label>} reads {@code label}. */
    public static WebElement labelled(WebDriver driver, String label) {
        return retrying(() -> {
            WebElement forLabel = driver.findElement(By.xpath("//label[normalize-space()=\"" + label + "\"]"));
            return driver.findElement(By.id(forLabel.getAttribute("for")));
        });
    }

    public static void type(WebDriver driver, String label, String text) {
        retrying(() -> {
            WebElement field = labelled(driver, label);
            field.clear();
            field.sendKeys(text);
            return field;
        });
    }

    /** Presses the submit button that reads {@code value}. */
    public static void click(WebDriver driver, String value) {
        retrying(() -> {
            driver.findElement(By.cssSelector("input[type=submit][value=\"" + value + "\"]")).click();
            return null;
        });
    }

    public static void until(WebDriver driver, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .ignoring(NodeGone.class).until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (WebDriverException e) {
                        throw replaced(e);
                    }
                });
    }

    /** Waits for {@code text} in the page; when it never comes, fails with what the page said instead. */
    public static void waitFor(WebDriver driver, String text) {
        try {
            until(driver, d -> d.getPageSource().contains(text));
        } catch (TimeoutException e) {
            throw new AssertionError("'" + text + "' never appeared at " + driver.getCurrentUrl() + "; the page said: "
                    + said(driver), e);
        }
    }

    public static void waitForHeading(WebDriver driver, String heading) {
        try {
            until(driver, d -> d.findElement(By.tagName("h1")).getText().equals(heading));
        } catch (TimeoutException e) {
            throw new AssertionError("no heading '" + heading + "' at " + driver.getCurrentUrl() + "; the page said: "
                    + said(driver), e);
        }
    }

    /** Signs in through the form and waits for the dashboard's heading. */
    public static void signIn(WebDriver driver, HearthServer server, String email, String password, String heading) {
        driver.manage().deleteAllCookies();
        driver.get(server.url("/studio/"));
        type(driver, "Email", email);
        type(driver, "Password", password);
        click(driver, "Sign in");
        waitForHeading(driver, heading);
    }

    /** The page's first non-empty alert, else the start of its main content. */
    public static String said(WebDriver driver) {
        try {
            String text = driver.findElements(By.cssSelector("[role=alert]")).stream().map(WebElement::getText)
                    .filter(t -> !t.isBlank()).findFirst()
                    .orElseGet(() -> driver.findElements(By.tagName("main")).stream().map(WebElement::getText).findFirst().orElse(""));
            return text.substring(0, Math.min(600, text.length()));
        } catch (WebDriverException e) {
            return "(the page changed while reading it)";
        }
    }

    private static <T> T retrying(Supplier<T> look) {
        WebDriverException last = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            try {
                return look.get();
            } catch (StaleElementReferenceException e) {
                last = e;
            } catch (WebDriverException e) {
                last = replaced(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw last;
    }

    /** Chromium's way of saying the element belonged to the page that was just replaced. */
    private static WebDriverException replaced(WebDriverException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("does not belong to the document") || message.contains("no such element")) {
            return new NodeGone(e);
        }
        throw e;
    }

    /** A look that failed because the page was being replaced or was not there yet: worth another try. */
    static final class NodeGone extends WebDriverException {
        NodeGone(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
