package org.hearth.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (no driver downloads). Skips loudly
 * when they are not installed, unless {@code hearth.test.requireBrowser} is true (as in CI).
 */
public final class Browser {

    static final File CHROMIUM = new File(System.getProperty("hearth.test.chromium", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getProperty("hearth.test.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    public static ChromeDriver start() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            String message = "Browser suite NOT RUN: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (apt-get install chromium chromium-driver); CI requires it.";
            if (Boolean.getBoolean("hearth.test.requireBrowser")) {
                throw new AssertionError(message);
            }
            System.err.println("\n*** " + message + " ***\n");
            Assumptions.abort(message);
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("hearth-chromium").toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            // A load or a script (axe-core) must outlast a whole wait of the tests that follow it.
            driver.manage().timeouts().pageLoadTimeout(Patience.times(2));
            driver.manage().timeouts().scriptTimeout(Patience.times(2));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
