package vn.tiepdon.sync.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.sync.server.TestBatches.batch;
import static vn.tiepdon.sync.server.TestBatches.day;
import static vn.tiepdon.sync.server.TestBatches.total;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tiepdon.sync.server.TestServers;
import vn.tiepdon.sync.server.people.Role;

/**
 * The dashboard in a real headless browser (Debian's chromium and chromedriver, which .ci/run installs): a person
 * signs in, sees a kiosk's figures drawn, exports CSV; a viewer cannot enrol a kiosk; a form without its CSRF token
 * is refused.
 */
class DashboardInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String VIEWER = "nguoixem";
    private static final String ADMIN = "quantri";
    private static final String PASSWORD = "mat-khau-thu-nghiem";
    // The dashboard shows the last 30 days by default; the figures are put on yesterday, as the server's zone counts.
    private static final LocalDate DAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);

    private static ChromeDriver browser;
    private static Path profile;

    @TempDir
    Path dir;

    private TestServers.Running server;

    @BeforeAll
    static void openBrowser() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("chromium and chromedriver are missing on CI: .ci/run must install them");
            }
            Assumptions.abort("no chromium: apt-get install -y chromium chromium-driver to run the browser tests");
        }
        profile = Files.createTempDirectory("tiepdon-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // As root in a container, without a GPU, and without the background traffic a closed network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1400,1000", "--lang=vi-VN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void startServer() {
        server = TestServers.start(TestServers.Backend.SQLITE, dir);
        String k01 = server.enrol("79001", "K01");
        String k02 = server.enrol("79001", "K02");
        server.enrol("79002", "K03");   // enrolled, never sent: shown as silent too long
        server.addUser(VIEWER, Role.VIEWER, PASSWORD);
        server.addUser(ADMIN, Role.ADMIN, PASSWORD);
        // K01: 30 by citizen ID, 10 by insurance card; K02: 5 by citizen ID, 5 without a document. 50 in all, 35 by
        // citizen ID (70 %). Payments at K01: 3 by QR (300,000 đ), 1 in cash (100,000 đ): 75 % by count and amount.
        assertThat(server.postBatch(k01, batch("K01", "79001", 10, day(DAY.toString(),
                total(8, "REGISTRATION", "CCCD_VNEID", 0, 30, 0, 0), total(9, "REGISTRATION", "BHYT", 0, 10, 0, 0),
                total(9, "PAYMENT_PAID", "QR", 0, 3, 300_000, 0),
                total(10, "PAYMENT_PAID", "CASH", 0, 1, 100_000, 0)))).statusCode()).isEqualTo(200);
        assertThat(server.postBatch(k02, batch("K02", "79001", 4, day(DAY.toString(),
                total(8, "REGISTRATION", "CCCD_VNEID", 0, 5, 0, 0),
                total(11, "REGISTRATION", "NONE", 0, 5, 0, 0)))).statusCode()).isEqualTo(200);
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private String url(String path) {
        return server.uri() + path;
    }

    private void signIn(String name) {
        browser.get(url("/login?lang=vi"));
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signIn")).click();
        waitForFigures();
    }

    private void waitForFigures() {
        // The sign-in's redirect can replace the page between finding its body and reading it: look again then.
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(b -> b.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
        assertThat(browser.findElement(By.tagName("body")).getAttribute("data-loaded")).isNotEqualTo("error");
    }

    private String card(String key) {
        return browser.findElement(By.cssSelector(".card[data-key='" + key + "'] .value")).getText();
    }

    private static void saveScreenshot(String name) {
        try {
            Files.write(Path.of("target", name), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String method, String path, String formBody) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const init = {method: arguments[0], credentials: 'same-origin', redirect: 'manual'};
                if (arguments[2] !== null) {
                  init.body = arguments[2];
                  init.headers = {'Content-Type': 'application/x-www-form-urlencoded'};
                }
                fetch(arguments[1], init).then(r => r.text().then(t => done({status: r.status, body: t})))
                  .catch(e => done({status: -1, body: String(e)}));""", method, path, formBody);
    }

    @Test
    void aViewerSignsInAndSeesTheKiosksFiguresDrawn() {
        signIn(VIEWER);

        assertThat(card("registrations")).isEqualTo("50");
        assertThat(card("cccd_vneid_share")).isEqualTo("70%");
        assertThat(card("cashless_share_count")).isEqualTo("75%");
        assertThat(card("cashless_share_amount")).isEqualTo("75%");
        WebElement registrations = browser.findElement(By.cssSelector(".chart[data-series='cccd_vneid,bhyt,no_document']"));
        assertThat(registrations.findElements(By.tagName("canvas"))).isNotEmpty();
        // The figures drawn are those of the table beside the chart: yesterday's row.
        WebElement row = registrations.findElements(By.cssSelector("details tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("td")).getAttribute("data-raw").equals(DAY.toString()))
                .findFirst().orElseThrow();
        assertThat(row.findElements(By.tagName("td")).stream().map(td -> td.getAttribute("data-raw")).toList())
                .containsExactly(DAY.toString(), "35", "10", "5");
        // For people to look at (target/dashboard.png): the page as the viewer sees it.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 3600));
        saveScreenshot("dashboard.png");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        // K03 never sent: highlighted.
        assertThat(browser.findElement(By.cssSelector("#kiosks tr[data-kiosk='K03']")).getAttribute("class"))
                .isEqualTo("stale");
        assertThat(browser.findElement(By.cssSelector("#kiosks tr[data-kiosk='K01']")).getAttribute("class"))
                .isNullOrEmpty();
    }

    @Test
    void theCsvExportHoldsTheSameFigures() {
        signIn(VIEWER);
        String href = browser.findElement(By.id("csv")).getAttribute("href");

        Map<String, Object> csv = fetch("GET", href, null);

        assertThat(csv.get("status")).isEqualTo(200L);
        List<String> lines = ((String) csv.get("body")).lines().toList();
        assertThat(lines.get(0)).startsWith("day,registrations,cccd_vneid,bhyt,no_document,cccd_vneid_share");
        assertThat(lines).anyMatch(line -> line.startsWith(DAY + ",50,35,10,5,0.7,"));
    }

    @Test
    void aViewerCannotEnrolAKiosk() {
        signIn(VIEWER);
        String csrf = (String) ((JavascriptExecutor) browser)
                .executeScript("return document.querySelector('input[name=csrf]').value");

        browser.get(url("/dashboard/kiosks"));
        assertThat(browser.getPageSource()).contains("Chỉ người quản trị được quản lý kiosk.");
        Map<String, Object> answer = fetch("POST", "/dashboard/kiosks", "csrf=" + csrf + "&facility=79001&kiosk=K09");

        assertThat(answer.get("status")).isEqualTo(403L);
        assertThat(server.get("/api/v1/kiosks", ADMIN, PASSWORD).body()).doesNotContain("K09");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        signIn(ADMIN);

        Map<String, Object> answer = fetch("POST", "/dashboard/kiosks", "facility=79001&kiosk=K09");
        Map<String, Object> revoke = fetch("POST", "/dashboard/kiosks/K01/revoke", "csrf=forged");

        assertThat(answer.get("status")).isEqualTo(403L);
        assertThat(revoke.get("status")).isEqualTo(403L);
        String kiosks = server.get("/api/v1/kiosks", ADMIN, PASSWORD).body();
        assertThat(kiosks).doesNotContain("K09");
        assertThat(kiosks).contains("\"K01\"");
        assertThat(kiosks).doesNotContain("\"revoked\":true");
    }

    @Test
    void anAdministratorEnrolsAKioskAndSeesItsTokenOnce() {
        signIn(ADMIN);
        browser.findElement(By.id("manageKiosks")).click();
        browser.findElement(By.name("facility")).sendKeys("79002");
        browser.findElement(By.name("kiosk")).sendKeys("K04");
        browser.findElement(By.id("enrolButton")).click();

        String token = browser.findElement(By.id("token")).getText();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(browser.findElement(By.cssSelector("#kioskTable tr[data-kiosk='K04']")).getText()).contains("79002");
        browser.get(url("/dashboard/kiosks"));
        assertThat(browser.getPageSource()).doesNotContain(token).contains("K04");
    }

    @Test
    void theLanguageTurnsToEnglishAndBack() {
        signIn(VIEWER);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Chỉ số tiếp đón người bệnh");

        browser.findElement(By.id("language")).click();
        waitForFigures();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Patient reception indicators");
        assertThat(card("registrations")).isEqualTo("50");
    }

    @Test
    void withoutSigningInTheDashboardSendsToTheSignInPage() {
        browser.get(url("/dashboard"));

        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(fetch("GET", "/dashboard/data/kiosks", null).get("status")).isEqualTo(401L);
    }
}
