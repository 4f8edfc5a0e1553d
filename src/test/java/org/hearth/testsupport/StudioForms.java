package org.hearth.testsupport;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * How the browser tests use a studio page, as a person would: fields found by their visible
 * labels, buttons by their words. Every look and wait goes through {@link Pages}, so it outlasts a
 * page being replaced mid-look and says what the page said when the expected page never came.
 */
public final class StudioForms {

    private StudioForms() {
    }

    /** The field whose {@code <label>} reads {@code label}. */
    public static WebElement labelled(WebDriver driver, String label) {
        return Pages.look(driver, "a field labelled '" + label + "'", d -> field(d, label));
    }

    /** Replaces what the field labelled {@code label} holds with {@code text}. */
    public static void type(WebDriver driver, String label, String text) {
        Pages.look(driver, "the field labelled '" + label + "' to type in", d -> {
            WebElement field = field(d, label);
            field.clear();
            field.sendKeys(text);
            return field;
        });
    }

    /** Presses the submit button that reads {@code value}, and waits for the page that answers it. */
    public static void click(WebDriver driver, String value) {
        Pages.follow(driver, By.cssSelector("input[type=submit][value=\"" + value + "\"]"));
    }

    /** Presses the submit button that reads {@code value} inside what {@code within} (CSS) finds, such as one table row. */
    public static void click(WebDriver driver, String within, String value) {
        Pages.follow(driver, By.cssSelector(within + " input[type=submit][value=\"" + value + "\"]"));
    }

    /** Waits for {@code text} on the page (after a {@link #click}, on the page that answered it). */
    public static void waitFor(WebDriver driver, String text) {
        Pages.text(driver, text);
    }

    public static void waitForHeading(WebDriver driver, String heading) {
        Pages.heading(driver, heading);
    }

    /** Signs in through the form and waits for the heading of the page it leads to. */
    public static void signIn(WebDriver driver, HearthServer server, String email, String password, String heading) {
        driver.manage().deleteAllCookies();
        driver.get(server.url("/studio/"));
        type(driver, "Email", email);
        type(driver, "Password", password);
        click(driver, "Sign in");
        waitForHeading(driver, heading);
    }

    /** One look for the field, without waiting: the callers above wait. */
    private static WebElement field(WebDriver driver, String label) {
        WebElement forLabel = driver.findElement(By.xpath("//label[normalize-space()=\"" + label + "\"]"));
        return driver.findElement(By.id(forLabel.getAttribute("for")));
    }

    /** What the page said: its first alert, else the start of its main content. */
    public static String said(WebDriver driver) {
        return Pages.said(driver);
    }
}
