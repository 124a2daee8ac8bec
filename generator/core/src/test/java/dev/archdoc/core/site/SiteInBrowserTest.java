package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * This repository's site in a real browser: Debian's headless Chromium through its chromedriver
 * (never a downloaded one). Without the browser the tests are skipped on a developer's machine
 * and fail in CI, where {@code .ci/run} installs it.
 */
@DisplayName("The site in a real browser")
class SiteInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String SUB_PATH = "/repo/";

  private static Path site;
  private static HttpServer server;
  private static String base;
  private static final List<String> requestsOutsideTheSite = new CopyOnWriteArrayList<>();
  private ChromeDriver browser;

  @BeforeAll
  static void serveTheSite() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      if ("true".equals(System.getenv("CI"))) {
        fail("chromium and chromium-driver must be installed in CI (.ci/run installs them)");
      }
      Assumptions.abort("chromium or chromedriver is not installed");
    }
    site = RepoSite.site();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      Path file = path.startsWith(SUB_PATH) ? site.resolve(path.substring(SUB_PATH.length())).normalize() : null;
      if (file == null || !file.startsWith(site)) {
        requestsOutsideTheSite.add(path);
      }
      if (file == null || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      byte[] body = Files.readAllBytes(file);
      exchange.getResponseHeaders().set("Content-Type", contentType(file));
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH;
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @BeforeEach
  void openBrowser() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("archdoc-chromium"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // the driver is named, so Selenium Manager never looks for (or downloads) one; quit() stops it
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  @DisplayName("opens the home page from disk (file://) with its styles, and without console errors")
  void homeFromDisk() {
    browser.get(site.resolve("index.html").toUri().toString());
    assertThat(browser.getTitle()).contains("archdoc");
    assertThat(browser.findElements(By.cssSelector("nav.sidebar a"))).hasSizeGreaterThan(5);
    String font = browser.findElement(By.tagName("body")).getCssValue("font-family");
    assertThat(font).contains("system-ui"); // the stylesheet loaded
    assertNoConsoleErrors();
  }

  @Test
  @DisplayName("works under a sub-path over HTTP, and every request the pages make stays inside the site")
  void subPathAndNoOutsideRequests() {
    for (String page : List.of("index.html", "raft-kv/decisions/graph.html", "raft-kv/code/index.html",
        "raft-kv/tours/follow-a-client-write-step-1.html")) {
      browser.get(base + page);
      focusSearch(); // loads the search index too
      Object resources = ((JavascriptExecutor) browser).executeScript(
          "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);");
      assertThat((List<?>) resources).as(page).isNotEmpty().allSatisfy(url -> assertThat(url.toString()).startsWith(base));
      assertNoConsoleErrors();
    }
    assertThat(requestsOutsideTheSite).isEmpty();
  }

  @Test
  @DisplayName("leads from a decision to a type it governs and on to that type's literate view")
  void decisionToTypeToLiterateView() {
    browser.get(base + "raft-kv/decisions/0009-fast-log-conflict-repair.html");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("conflict");
    click(browser.findElement(By.cssSelector(".governs a[href*='Replication.html']")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Replication");
    assertThat(browser.findElement(By.cssSelector("#decisions-heading + ul")).getText()).contains("ADR-9");
    click(browser.findElement(By.linkText("Read it in the source (literate view)")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Replication.java");
    assertThat(browser.findElement(By.cssSelector(".generated-note")).getText()).contains("do not edit");
    assertNoConsoleErrors();
  }

  @Test
  @DisplayName("finds a word that only one decision's body says, and lands on that decision")
  void searchLandsOnTheOnlyDecisionThatSaysIt() throws IOException {
    String index = Files.readString(site.resolve("_archdoc/search-index.js"), StandardCharsets.UTF_8);
    assertThat(index.split("advisory", -1)).as("the word occurs in exactly one entry").hasSize(2);

    browser.get(site.resolve("raft-kv/code/index.html").toUri().toString()); // any page, from disk
    browser.findElement(By.tagName("body")).sendKeys("/");
    WebElement search = browser.switchTo().activeElement();
    assertThat(search.getAttribute("id")).isEqualTo("search");
    search.sendKeys("advisory");
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> !b.findElements(By.cssSelector("#search-results a")).isEmpty());
    assertThat(browser.findElements(By.cssSelector("#search-results a"))).hasSize(1);
    search.sendKeys(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> b.getCurrentUrl().endsWith("0009-fast-log-conflict-repair.html"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Fast log conflict repair");
    assertNoConsoleErrors();
  }

  @Test
  @DisplayName("finds a method by its name, and lands on its entry on its type's page")
  void searchFindsAMember() {
    browser.get(site.resolve("raft-kv/decisions/index.html").toUri().toString());
    WebElement search = browser.findElement(By.id("search"));
    search.click();
    search.sendKeys("restart");
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> !b.findElements(By.cssSelector("#search-results a")).isEmpty());
    WebElement member = browser.findElements(By.cssSelector("#search-results a")).stream()
        .filter(a -> a.getText().contains("RaftCore.restart")).findFirst().orElseThrow();
    assertThat(member.findElement(By.cssSelector(".kind")).getAttribute("textContent")).isEqualTo("member");
    click(member);
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> b.getCurrentUrl().contains("RaftCore.html#m-restart"));
    String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
    assertThat(browser.findElement(By.id(anchor)).getText()).contains("restart");
    assertNoConsoleErrors();
  }

  @Test
  @DisplayName("ranks decisions and pages people wrote before the code pages that say the same word")
  void searchRanksDecisionsFirst() {
    browser.get(site.resolve("index.html").toUri().toString());
    WebElement search = browser.findElement(By.id("search"));
    search.click();
    search.sendKeys("election");
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> !b.findElements(By.cssSelector("#search-results a")).isEmpty());
    List<String> kinds = browser.findElements(By.cssSelector("#search-results a .kind")).stream().map(k -> k.getAttribute("textContent")).toList();
    assertThat(kinds).contains("decision").containsAnyOf("type", "member", "source");
    int lastWritten = Math.max(kinds.lastIndexOf("decision"), kinds.lastIndexOf("page"));
    int firstCode = kinds.size();
    for (String kind : List.of("type", "member", "source", "package")) {
      if (kinds.contains(kind)) {
        firstCode = Math.min(firstCode, kinds.indexOf(kind));
      }
    }
    assertThat(kinds.get(0)).isEqualTo("decision");
    assertThat(lastWritten).as("every decision and page before the first code result: %s", kinds).isLessThan(firstCode);
    assertNoConsoleErrors();
  }

  @Test
  @DisplayName("switches to dark mode with the toggle and remembers it on the next page")
  void darkModeIsRemembered() {
    browser.get(base + "index.html");
    String light = browser.findElement(By.tagName("body")).getCssValue("background-color");
    browser.findElement(By.cssSelector(".theme-toggle")).click();
    assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("dark");
    String dark = browser.findElement(By.tagName("body")).getCssValue("background-color");
    assertThat(dark).isNotEqualTo(light);
    browser.get(base + "raft-kv/decisions/index.html");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("dark");
    assertThat(browser.findElement(By.tagName("body")).getCssValue("background-color")).isEqualTo(dark);
    assertNoConsoleErrors();
  }

  @Test
  @DisplayName("on a phone hides the sidebar behind a menu button, and filters decisions by status")
  void phoneWidthAndFilters() {
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base + "raft-kv/decisions/index.html");
    WebElement sidebar = browser.findElement(By.id("sidebar"));
    assertThat(sidebar.isDisplayed()).isFalse();
    browser.findElement(By.cssSelector(".menu-toggle")).click();
    new WebDriverWait(browser, Duration.ofSeconds(2)).until(b -> sidebar.isDisplayed());
    browser.findElement(By.cssSelector(".menu-toggle")).click();
    browser.findElement(By.cssSelector(".filter[data-filter='superseded']")).click();
    List<WebElement> shown = browser.findElements(By.cssSelector("table.decisions tbody tr")).stream()
        .filter(WebElement::isDisplayed).toList();
    assertThat(shown).isNotEmpty().allSatisfy(row -> assertThat(row.getAttribute("data-status")).isEqualTo("superseded"));
    browser.findElement(By.cssSelector(".filter[data-filter='all']")).click();
    click(browser.findElement(By.cssSelector(".filter[data-tag='election']")));
    List<WebElement> tagged = browser.findElements(By.cssSelector("table.decisions tbody tr")).stream()
        .filter(WebElement::isDisplayed).toList();
    assertThat(tagged).isNotEmpty().allSatisfy(row -> assertThat(row.getAttribute("data-tags")).contains(" election "));
    assertNoConsoleErrors();
  }

  @Test
  @DisplayName("walks a tour with the arrow keys, from one step to the next and back")
  void tourStepsWithArrowKeys() {
    browser.get(base + "raft-kv/tours/follow-a-client-write-step-1.html");
    assertThat(browser.findElement(By.cssSelector(".snippet pre")).getText()).contains("void run(BufferedReader in)");
    browser.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> b.getCurrentUrl().endsWith("step-2.html"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("The client validates and numbers the write");
    browser.findElement(By.tagName("body")).sendKeys(Keys.ARROW_LEFT);
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> b.getCurrentUrl().endsWith("step-1.html"));
    assertNoConsoleErrors();
  }

  /** Clicks as a reader would: with the element scrolled clear of the sticky top bar. */
  private void click(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private void focusSearch() {
    browser.findElement(By.id("search")).click();
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b).executeScript("return !!window.ARCHDOC_SEARCH;")));
  }

  private void assertNoConsoleErrors() {
    List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .toList();
    assertThat(errors).extracting(LogEntry::getMessage).isEmpty();
  }

  private static String contentType(Path file) {
    String name = file.getFileName().toString();
    Map<String, String> types = Map.of("html", "text/html; charset=utf-8", "css", "text/css", "js", "text/javascript",
        "svg", "image/svg+xml", "png", "image/png");
    return types.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
  }
}
