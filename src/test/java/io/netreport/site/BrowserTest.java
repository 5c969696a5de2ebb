package io.netreport.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netreport.TestSites;
import io.netreport.cli.ReportBuilder;
import io.netreport.train.ProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens every page of the default report, in English and in Persian, in a real Chromium over
 * {@code file://}: no console errors, every chart loaded with a size, every internal link
 * reachable, no sideways scrolling on a 375 px phone, right to left in Persian; and saves
 * screenshots under {@code target/screenshots}. Needs Debian's {@code chromium} and
 * {@code chromium-driver} (paths overridable with -Dnetreport.chromium and
 * -Dnetreport.chromedriver); without them the tests are skipped with that message, unless the
 * environment sets NETREPORT_REQUIRE_BROWSER (as CI does), which makes it a failure.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("netreport.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("netreport.chromedriver", "/usr/bin/chromedriver"));
    static final Path OUT = Path.of("target", "browser");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static ChromeDriver driver;
    static Path english;
    static Path persian;

    @BeforeAll
    static void buildBothSitesAndStartTheBrowser() throws IOException {
        boolean browser = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "no " + CHROMIUM + " or " + CHROMEDRIVER + " (install Debian's chromium and chromium-driver, as .ci/run does)";
        if (System.getenv("NETREPORT_REQUIRE_BROWSER") != null) {
            assertTrue(browser, "NETREPORT_REQUIRE_BROWSER is set but there is " + missing);
        }
        if (!browser) {
            System.err.println("BrowserTest: browser tests skipped: " + missing);
        }
        Assumptions.assumeTrue(browser, "browser tests skipped: " + missing);
        english = OUT.resolve("site");
        persian = OUT.resolve("site-fa");
        build(Path.of("data/report.yaml"), english);
        build(Path.of("data/report-fa.yaml"), persian);
        Files.createDirectories(SCREENSHOTS);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--force-prefers-reduced-motion", "--window-size=1280,900", "--lang=en");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void everyEnglishPageLoadsCleanlyAtDesktopAndPhoneWidths() throws Exception {
        for (Path page : pages(english)) {
            checkPage(page, 1280);
            checkPage(page, 375);
        }
        screenshots(english, "en");
    }

    @Test
    void thePersianSiteIsRightToLeftAndLoadsCleanlyToo() throws Exception {
        for (Path page : pages(persian)) {
            checkPage(page, 1280);
            open(page, 1280);
            assertEquals("rtl", js("return document.documentElement.dir"), page.toString());
            assertEquals("fa", js("return document.documentElement.lang"), page.toString());
            assertEquals("rtl", js("return getComputedStyle(document.body).direction"), page.toString());
            // the report's title sits at the right end of the navigation bar, its links to the left of it
            double brandRight = ((Number) js("return document.querySelector('.brand').getBoundingClientRect().right")).doubleValue();
            double linksRight = ((Number) js("return document.querySelector('.site-header ul').getBoundingClientRect().right")).doubleValue();
            assertTrue(brandRight > linksRight, page + ": brand at " + brandRight + ", links end at " + linksRight);
            checkPage(page, 375);
        }
        open(persian.resolve("index.html"), 1280);
        String firstCell = (String) js("return document.querySelector('table.summary td .num').textContent");
        assertTrue(firstCell.chars().allMatch(c -> c < '0' || c > '9'), "Persian digits, found " + firstCell);
        screenshots(persian, "fa");
    }

    /** Loads a page at a width and checks console, images, links and horizontal overflow. */
    private static void checkPage(Path page, int width) throws Exception {
        open(page, width);
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, page + " at " + width + " px: console errors");
        Object broken = js("return Array.from(document.images).filter(i => !(i.naturalWidth > 0"
                + " && i.getBoundingClientRect().width > 0 && i.getBoundingClientRect().height > 0)).map(i => i.src)");
        assertEquals(List.of(), broken, page + " at " + width + " px: images not loaded or without size");
        long scrollWidth = (Long) js("return document.documentElement.scrollWidth");
        long clientWidth = (Long) js("return document.documentElement.clientWidth");
        assertTrue(scrollWidth <= clientWidth, page + " at " + width + " px scrolls sideways: " + scrollWidth + " > " + clientWidth);
        if (width == 1280) {
            checkLinks(page);
            @SuppressWarnings("unchecked")
            List<Long> levels = (List<Long>) js("return Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))"
                    + ".map(h => Number(h.tagName.substring(1)))");
            assertEquals(1L, levels.get(0), page + ": the first heading is the h1");
            for (int i = 1; i < levels.size(); i++) {
                assertTrue(levels.get(i) <= levels.get(i - 1) + 1, page + ": headings skip a level: " + levels);
            }
        }
    }

    /** Every link that stays in the site points at an existing file, and at an existing id if it names one. */
    @SuppressWarnings("unchecked")
    private static void checkLinks(Path page) throws Exception {
        List<String> hrefs = (List<String>) js("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)");
        for (String href : hrefs) {
            URI uri = URI.create(href);
            assertEquals("file", uri.getScheme(), page + " links outside the site: " + href);
            Path target = Path.of(new URI("file", null, uri.getPath(), null).getPath());
            assertTrue(Files.isRegularFile(target), page + " links to a missing file: " + href);
            String fragment = uri.getFragment();
            if (fragment != null && !fragment.isEmpty()) {
                assertTrue(Jsoup.parse(target.toFile(), "UTF-8").getElementById(fragment) != null,
                        page + " links to a missing anchor: " + href);
            }
        }
    }

    private static void open(Path page, int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        driver.get(page.toAbsolutePath().toUri().toString());
        // charts load lazily; load them all, then wait until every image has finished
        js("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!(Boolean) js("return Array.from(document.images).every(i => i.complete)")) {
            assertTrue(System.nanoTime() < deadline, page + ": images still loading after 20 s");
            Thread.onSpinWait();
        }
    }

    /** Full-page screenshots of the summary and one model page, at 1280 and 375 px. */
    private static void screenshots(Path site, String language) throws IOException {
        for (String page : List.of("index.html", "run-5-layer-he.html")) {
            for (int width : new int[] {1280, 375}) {
                open(site.resolve(page), width);
                String name = language + "-" + page.replace(".html", "") + "-" + width;
                save(name + "-first-screen.png", driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png")));
                long height = (Long) js("return document.documentElement.scrollHeight");
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", (int) Math.min(height, 16_000), "deviceScaleFactor", 1, "mobile", width < 600));
                save(name + ".png", driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png")));
            }
        }
    }

    private static void save(String name, Map<String, Object> screenshot) throws IOException {
        Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) screenshot.get("data")));
    }

    private static Object js(String script) {
        return driver.executeScript(script);
    }

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site)) {
            List<Path> pages = new ArrayList<>(files.filter(p -> p.toString().endsWith(".html")).sorted().toList());
            assertEquals(16, pages.size(), "index, 12 model pages, comparisons, method and 404");
            return pages;
        }
    }

    private static void build(Path config, Path out) throws IOException {
        ReportBuilder builder = new ReportBuilder(new PrintStream(OutputStream.nullOutputStream()), total -> ProgressListener.NONE);
        builder.build(new ReportBuilder.Options(config, out, TestSites.TEMPLATES, 2, OUT.resolve("cache"), true));
    }
}
