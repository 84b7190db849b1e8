package dev.plumbline.diagrams.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The preview page in a real headless Chromium (Debian's, with its chromium-driver): the pictures show, an edit
 * swaps the picture in the same page without a reload, a DSL error shows beside the last good picture, and the
 * page's Content-Security-Policy blocks nothing the page itself needs. One test: a browser start is the cost.
 */
class PreviewInBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("plumbline.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("plumbline.chromedriver", "/usr/bin/chromedriver"));
    private static final String WORKSPACE = """
            workspace {
                model {
                    user = person "User" "Uses the app"
                    app = softwareSystem "App" "Does the work"
                    user -> app "Uses"
                }
                views {
                    systemContext app "context" {
                        include *
                        autolayout lr
                    }
                }
            }
            """;

    private static final String FIRST_PICTURE = "return document.querySelector('figure img').src";

    @TempDir
    static Path project;
    private static Path workspace;
    private static PreviewSession session;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            fail("The preview's browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
                    + "): apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        workspace = Files.writeString(project.resolve("app.dsl"), WORKSPACE);
        session = PreviewSession.start(ServeOptions.of(List.of(workspace), List.of()), line -> { });
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
                options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        session.close();
    }

    /** Polls the page, as a user looks at it, until the condition holds; fails after 90 s. */
    private static void until(Predicate<WebDriver> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.test(browser)) {
            if (System.nanoTime() > deadline) {
                fail("the page did not get there within 90 s: " + browser.findElement(By.tagName("body")).getText());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void an_edit_swaps_the_picture_in_the_open_page_and_an_error_shows_beside_the_last_good_one() throws IOException {
        JavascriptExecutor js = browser;
        browser.get(session.uri().toString());
        // both pictures of the view loaded and drawn
        until(b -> ((Number) js.executeScript("return [...document.querySelectorAll('figure img')]"
                + ".filter(i => i.complete && i.naturalWidth > 0).length")).intValue() == 2);
        String before = (String) js.executeScript(FIRST_PICTURE);
        js.executeScript("window.plumblineSamePage = true");

        Files.writeString(workspace, WORKSPACE.replace("\"Uses\"", "\"Uses daily\""));
        until(b -> !before.equals(js.executeScript(FIRST_PICTURE)));
        assertThat(js.executeScript("return window.plumblineSamePage === true")).as("no reload").isEqualTo(true);

        Files.writeString(workspace, WORKSPACE.replace("user -> app", "user -> nowhere"));
        until(b -> b.findElement(By.id("problems")).isDisplayed()
                && b.findElement(By.id("problem-list")).getText().contains(": error: "));
        assertThat(browser.findElement(By.id("problem-list")).getText())
                .startsWith(Inputs.shown(workspace) + ":5: error: ");
        assertThat(browser.findElements(By.cssSelector("figure img"))).hasSize(2)
                .allMatch(img -> ((Number) js.executeScript("return arguments[0].naturalWidth", img)).intValue() > 0);

        List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
        assertThat(severe).as("console errors: CSP violations, failed loads").isEmpty();
    }
}
