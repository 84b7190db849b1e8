package dev.plumbline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The built site in a real headless Chromium (Debian's, driven by its own chromium-driver): every page loads with
 * no console error and nothing from the network, every link and asset resolves, every diagram is a visible SVG that
 * names its elements, search finds an element, and the view pages read without JavaScript. Screenshots of every
 * page land in target/screenshots for review.
 */
class SiteInBrowserTest {

    private static final Path SITE = Path.of(System.getProperty("plumbline.site", "target/site")).toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of(System.getProperty("plumbline.screenshots", "target/screenshots"));
    private static final Path CHROMIUM = Path.of(System.getProperty("plumbline.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("plumbline.chromedriver", "/usr/bin/chromedriver"));

    private static ChromeDriver browser;
    private static final Map<Path, String> TEXT = new ConcurrentHashMap<>();

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            fail("The site's browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
                    + "): apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        browser = start(true);
    }

    static ChromeDriver start(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1400,1000");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void every_page_loads_without_console_errors_broken_links_or_network_fetches() throws IOException {
        List<Path> pages = pages();
        assertThat(pages).as("pages of the site").hasSizeGreaterThan(60);
        assertThat(SITE.resolve("architecture/index.html")).exists();
        List<String> problems = new ArrayList<>();
        Files.createDirectories(SCREENSHOTS);
        for (Path page : pages) {
            browser.get(page.toUri().toString());
            String name = SITE.relativize(page).toString();
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    problems.add(name + ": console: " + entry.getMessage());
                }
            }
            @SuppressWarnings("unchecked")
            List<String> resources = (List<String>) js("return performance.getEntriesByType('resource')"
                    + ".map(function (r) { return r.name; });");
            resources.stream().filter(r -> !r.startsWith("file:")).forEach(r -> problems.add(name + ": fetched " + r));
            @SuppressWarnings("unchecked")
            List<String> targets = (List<String>) js("return Array.from(document.querySelectorAll("
                    + "'a[href], img[src], link[href], script[src]')).map(function (e) { return e.href || e.src; });");
            for (String target : targets) {
                checkTarget(name, page, target).ifPresent(problems::add);
            }
            Path shot = SCREENSHOTS.resolve(name.replace('/', '_') + ".png");
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        }
        assertThat(problems).as("problems found in the browser").isEmpty();
    }

    @Test
    void every_diagram_is_a_visible_svg_naming_its_elements() throws IOException {
        List<Path> views;
        try (Stream<Path> walk = Files.walk(SITE.resolve("architecture/views"))) {
            views = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(views).as("view pages").hasSizeGreaterThan(50);
        List<String> problems = new ArrayList<>();
        int diagrams = 0;
        for (Path page : views) {
            browser.get(page.toUri().toString());
            String name = SITE.relativize(page).toString();
            List<String> elements = browser.findElements(By.cssSelector("ul.elements > li > a")).stream()
                    .map(WebElement::getText).toList();
            for (WebElement tab : browser.findElements(By.cssSelector(".tabs > label"))) {
                tab.click();
                String id = "fig-" + tab.getAttribute("for").substring(4);
                WebElement figure = browser.findElement(By.id(id));
                List<WebElement> svgs = figure.findElements(By.cssSelector(".zoom > svg"));
                if (svgs.isEmpty()) {
                    problems.add(name + " " + id + ": no SVG");
                    continue;
                }
                diagrams++;
                WebElement svg = svgs.getFirst();
                if (!svg.isDisplayed() || svg.getSize().getWidth() < 20 || svg.getSize().getHeight() < 20) {
                    problems.add(name + " " + id + ": SVG not visible (" + svg.getSize() + ")");
                }
                String text = squeeze((String) js("return arguments[0].textContent;", svg));
                for (String element : elements) {
                    if (!text.contains(squeeze(element))) {
                        problems.add(name + " " + id + ": SVG does not name element \"" + element + "\"");
                    }
                }
                assertThat(svg.getAttribute("aria-label")).as(name + " text alternative").contains(
                        browser.findElement(By.tagName("h1")).getText());
            }
        }
        assertThat(diagrams).as("diagrams seen").isGreaterThan(100);
        assertThat(problems).as("diagram problems").isEmpty();
    }

    @Test
    void search_finds_an_element_by_name_and_leads_to_its_entry() {
        browser.get(SITE.resolve("architecture/index.html").toUri().toString());
        WebElement input = browser.findElement(By.cssSelector("form.search input[type=search]"));
        input.sendKeys("Message Queue");
        List<WebElement> results = browser.findElements(By.cssSelector(".search-results li a"));
        assertThat(results).extracting(WebElement::getText).contains("Message Queue");
        results.stream().filter(r -> r.getText().equals("Message Queue")).findFirst().orElseThrow().click();
        assertThat(browser.getCurrentUrl()).contains("/elements/").contains("#el-");
        String anchor = URI.create(browser.getCurrentUrl()).getFragment();
        assertThat(browser.findElement(By.id(anchor)).findElement(By.tagName("h2")).getText()).contains("Message Queue");

        browser.get(SITE.resolve("architecture/search.html").toUri() + "?q=Drift+check");
        assertThat(browser.findElements(By.cssSelector("#search-page-results li a"))).isNotEmpty();
    }

    @Test
    void view_pages_show_their_diagrams_and_switch_syntax_without_javascript() throws IOException {
        ChromeDriver plain = start(false);
        try {
            Path page;
            try (Stream<Path> walk = Files.walk(SITE.resolve("architecture/views/plumbline"))) {
                page = walk.filter(p -> p.toString().endsWith("plumbline-containers.html")).findFirst().orElseThrow();
            }
            plain.get(page.toUri().toString());
            assertThat(plain.findElement(By.cssSelector("#fig-puml .zoom > svg")).isDisplayed()).isTrue();
            assertThat(plain.findElement(By.cssSelector(".zoom-controls")).isDisplayed()).as("zoom needs JS").isFalse();
            plain.findElement(By.cssSelector("label[for=tab-mmd]")).click();
            assertThat(plain.findElement(By.cssSelector("#fig-mmd .zoom > svg")).isDisplayed()).isTrue();
            assertThat(plain.findElement(By.cssSelector("#fig-puml")).isDisplayed()).isFalse();
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve("without-javascript.png"), plain.getScreenshotAs(OutputType.BYTES));
        } finally {
            plain.quit();
        }
    }

    /** A link or asset that does not resolve inside the site, or an asset from the network. */
    private java.util.Optional<String> checkTarget(String page, Path from, String target) throws IOException {
        if (target == null || target.isEmpty() || target.startsWith("mailto:")) {
            return java.util.Optional.empty();
        }
        URI uri = URI.create(target.replace(" ", "%20"));
        if (!"file".equals(uri.getScheme())) {
            return java.util.Optional.empty(); // a link out of the site; assets from the network are caught above
        }
        Path file = Path.of(uri.getPath());
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.of(page + ": broken link " + SITE.relativize(file));
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && file.toString().endsWith(".html")) {
            String html = TEXT.computeIfAbsent(file, f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "";
                }
            });
            if (!html.contains("id=\"" + fragment + "\"") && !html.contains("name=\"" + fragment + "\"")) {
                return java.util.Optional.of(page + ": broken anchor " + SITE.relativize(file) + "#" + fragment);
            }
        }
        return java.util.Optional.empty();
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(SITE)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static String squeeze(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }
}
