package dev.chargeback.report;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * report.html opened in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, driven by
 * Selenium): it loads with no console message of level SEVERE, shows the figures recomputed here from
 * allocations.csv, its three pictures are there and sized, the hostile names show as text, and a screenshot is kept
 * in target/report-screenshot.png. Without chromium the test is skipped with a message, except under CI=true,
 * where it fails (as the PostgreSQL tests do): .ci/run installs it.
 */
class ReportInBrowserTest {
    private static ReportFixture fixture;
    private static ChromeDriver browser;

    @BeforeAll
    static void openReport() throws IOException {
        Path chromium = executable("CHARGEBACK_TEST_CHROMIUM", "chromium", "chromium-browser", "google-chrome");
        Path driver = executable("CHARGEBACK_TEST_CHROMEDRIVER", "chromedriver");
        fixture = ReportFixture.posted();
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--allow-file-access-from-files");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // the driver is named, so Selenium Manager never looks for (or downloads) one
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 2400));
        browser.get(fixture.folder().resolve("report.html").toUri().toString());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void pageLoadsWithoutConsoleErrorsAndKeepsAScreenshot() throws IOException {
        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertEquals(List.of(), severe.stream().map(LogEntry::getMessage).toList());
        assertEquals("Chargeback report 2026-10", browser.getTitle());
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path kept = Path.of("target", "report-screenshot.png");
        Files.createDirectories(kept.getParent());
        Files.copy(shot.toPath(), kept, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(kept) > 10_000, "screenshot " + kept.toAbsolutePath());
    }

    @Test
    void marketingsItTotalIsTheSumOfItsItRowsInAllocationsCsv() {
        String expected = grouped(fixture.itChargeOf("MARKETING"));
        WebElement row = browser.findElement(By.xpath(
                "//section[@id='charged-by-supplier']//tr[td[1][normalize-space()='MARKETING']]"));
        List<String> header = browser.findElements(By.cssSelector("#charged-by-supplier th")).stream()
                .map(WebElement::getText).toList();
        int it = header.indexOf("Information Technology (IT)");
        assertEquals(expected, row.findElements(By.tagName("td")).get(it).getText());
        WebElement comparison = browser.findElement(By.xpath("//section[@id='department-comparison']//tr[td[1]="
                + "'SUPPLIER' and td[2]='MARKETING' and td[5]='IT']"));
        assertEquals(expected, comparison.findElements(By.tagName("td")).get(9).getText());
    }

    @Test
    void everyPictureIsThereAndSized() {
        for (String id : List.of("flow-chart", "bar-chart", "trend-chart")) {
            WebElement svg = browser.findElement(By.id(id));
            assertTrue(svg.getSize().getWidth() >= 600 && svg.getSize().getHeight() >= 200,
                    id + " is " + svg.getSize());
        }
        long pairs = fixture.csv("allocations.csv").stream()
                .filter(r -> r.get("kind").equals("ALLOCATION") && new BigDecimal(r.get("amount")).signum() > 0)
                .map(r -> r.get("sender") + " " + r.get("receiver")).distinct().count();
        assertEquals(pairs, browser.findElements(By.cssSelector("#flow-chart path")).size(),
                "one band per supplier and receiver");
        List<String> periods = browser.findElements(By.cssSelector("#trend-chart text")).stream()
                .map(WebElement::getText).filter(t -> t.matches("\\d{4}-\\d{2}")).toList();
        assertEquals(ReportFixture.PERIODS, periods);
    }

    @Test
    void hostileNamesShowAsTheTextTheyAre() {
        String legal = browser.findElement(By.xpath(
                "//section[@id='charged-by-supplier']//tr[td[1]='LEGAL']/td[2]")).getText();
        assertEquals(ReportFixture.FORMULA_NAME, legal);
        String exec = browser.findElement(By.xpath(
                "//section[@id='charged-by-supplier']//tr[td[1]='EXEC']/td[2]")).getText();
        assertEquals(ReportFixture.MARKUP_NAME, exec);
        assertEquals(List.of(), browser.findElements(By.cssSelector("td b")), "no markup from a name");
        assertEquals(List.of(), browser.findElements(By.tagName("script")), "the page needs no script");
    }

    /** The figure as the page prints it: 23,630.26. */
    private static String grouped(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    /** The first of the names found on PATH (or the variable's path); otherwise skip, or fail under CI=true. */
    private static Path executable(String variable, String... names) {
        String given = System.getenv(variable);
        Optional<Path> found = given != null && !given.isBlank() ? Optional.of(Path.of(given))
                .filter(Files::isExecutable) : Stream.of(names).flatMap(ReportInBrowserTest::onPath).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        String message = "report.html is checked in headless Chromium, and " + String.join(" / ", names)
                + " is not on PATH (or set " + variable + "): install Debian's chromium and chromium-driver"
                + " (`apt-get install -y chromium chromium-driver`; .ci/run does)";
        System.err.println("report: " + message);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("Chromium test cannot run on CI (CI=true): " + message);
        }
        Assumptions.abort("Chromium test skipped: " + message);
        return null;
    }

    private static Stream<Path> onPath(String name) {
        String path = System.getenv("PATH");
        return path == null ? Stream.empty() : Stream.of(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable);
    }
}
