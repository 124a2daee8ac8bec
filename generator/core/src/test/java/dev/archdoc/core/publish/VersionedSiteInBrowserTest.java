package dev.archdoc.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import dev.archdoc.core.orchestration.SiteBuild;
import dev.archdoc.core.site.linkcheck.LinkChecker;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Three versions of a small project, published for real (SiteBuild, into a folder and into a git
 * branch), read in headless Chromium from a local server under a sub-path, as on GitHub Pages.
 */
@DisplayName("A versioned site in a real browser")
class VersionedSiteInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String SUB_PATH = "/repo/";

  @TempDir static Path temp;
  private static Path site;
  private static Path project;
  private static HttpServer server;
  private static String base;
  private static ChromeDriver browser; // one browser for the class: starting one costs more than the tests

  @BeforeAll
  static void publishThreeVersions() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      if ("true".equals(System.getenv("CI"))) {
        fail("chromium and chromium-driver must be installed in CI (.ci/run installs them)");
      }
      Assumptions.abort("chromium or chromedriver is not installed");
    }
    project = temp.resolve("project");
    try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
      git.getRepository().getConfig().setString("user", null, "name", "Tester");
      git.getRepository().getConfig().setString("user", null, "email", "tester@example.com");
      PublishTest.write(project.resolve("src/main/java/a/A.java"), "package a;\n/** The A. */\npublic class A {}\n");
      PublishTest.write(project.resolve("arch-docs/index.md"), "# Home\n\nThe system.\n");
      PublishTest.write(project.resolve("arch-docs/decisions/0001-use-a.md"),
          "---\nstatus: accepted\ngoverns: [a.A]\n---\n# Use A\n\nBecause.\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("start").call();
      site = temp.resolve("pages");
      for (String version : List.of("1.0", "1.1", "2.0")) {
        if (version.equals("1.1")) {
          PublishTest.write(project.resolve("arch-docs/decisions/0002-cache-reads.md"),
              "---\nstatus: proposed\n---\n# Cache reads\n\nMaybe.\n");
        }
        if (version.equals("2.0")) {
          PublishTest.write(project.resolve("arch-docs/new.md"), "# New in 2.0\n\nOnly here.\n");
          PublishTest.write(project.resolve("arch-docs/decisions/0001-use-a.md"),
              "---\nstatus: superseded\nsuperseded-by: 3\ngoverns: [a.A]\n---\n# Use A\n\nBecause.\n");
          PublishTest.write(project.resolve("arch-docs/decisions/0002-cache-reads.md"),
              "---\nstatus: accepted\n---\n# Cache reads\n\nYes.\n");
          PublishTest.write(project.resolve("arch-docs/decisions/0003-use-a-twice.md"),
              "---\nstatus: accepted\nsupersedes: [1]\n---\n# Use A twice\n\nBetter.\n");
        }
        git.add().addFilepattern(".").call(); // each version is released from a commit
        git.commit().setMessage("version " + version).setAllowEmpty(true).call();
        List<String> aliases = version.equals("2.0") ? List.of("latest") : List.of();
        Path built = temp.resolve("built-" + version);
        // built once, published twice
        Publish.recordDecisions(SiteBuild.run(new SiteBuild.Request(project, built, version, List.of())), built);
        Publish.addBuilt(built, new Publish.Request(project, version, aliases, null, new Publish.Folder(site), List.of()),
            Publish.StepListener.NONE);
        Publish.addBuilt(built, new Publish.Request(project, version, aliases, null,
            new Publish.Branch("gh-pages", false), List.of()), Publish.StepListener.NONE);
      }
      assertThat(PublishToBranchTest.files(git.getRepository(), "refs/heads/gh-pages"))
          .as("the branch holds the same site as the folder").isEqualTo(PublishTest.snapshot(site));
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      Path file = path.startsWith(SUB_PATH) ? site.resolve(path.substring(SUB_PATH.length())).normalize() : null;
      if (file != null && Files.isDirectory(file)) {
        file = file.resolve("index.html"); // as GitHub Pages does
      }
      if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      byte[] body = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      exchange.getResponseHeaders().set("Content-Type", Map.of("html", "text/html; charset=utf-8", "css", "text/css",
          "js", "text/javascript", "json", "application/json").getOrDefault(name.substring(name.lastIndexOf('.') + 1),
          "application/octet-stream"));
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(200, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH;
    openBrowser();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  static void openBrowser() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("archdoc-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
  }

  private Select switcher() {
    WebElement select = new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(d -> d.findElements(By.cssSelector("select.version-switcher")).stream().findFirst().orElse(null));
    return new Select(select);
  }

  private void waitForUrl(String suffix) {
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith(suffix));
  }

  @Test
  @DisplayName("every link of the whole versioned folder resolves")
  void everyLinkResolves() {
    assertThat(LinkChecker.check(site, Path.of("pages"))).isEmpty();
  }

  @Test
  @DisplayName("opens the default version from the root, and an alias page at the same page of its version")
  void rootAndAliasRedirect() {
    browser.get(base);
    waitForUrl("/repo/2.0/index.html");
    browser.get(base + "latest/decisions/index.html");
    waitForUrl("/repo/2.0/decisions/index.html");
  }

  @Test
  @DisplayName("lists all three versions with their aliases; moving keeps the page, or falls back to the version's home")
  void switcherKeepsThePage() {
    browser.get(base + "1.0/decisions/index.html");
    Select select = switcher();
    assertThat(select.getOptions()).extracting(WebElement::getText).containsExactly("2.0 (latest)", "1.1", "1.0");
    assertThat(select.getFirstSelectedOption().getText()).isEqualTo("1.0");
    select.selectByValue("2.0");
    waitForUrl("/repo/2.0/decisions/index.html");
    browser.get(base + "2.0/new.html");
    switcher().selectByValue("1.1");
    waitForUrl("/repo/1.1/index.html");
  }

  @Test
  @DisplayName("shows the old-version banner on older versions only, leading to the same page in the default")
  void bannerOnOldVersionsOnly() {
    browser.get(base + "1.1/decisions/index.html");
    switcher();
    WebElement banner = browser.findElement(By.cssSelector(".version-banner"));
    assertThat(banner.getText()).contains("You are reading version 1.1; the latest is 2.0");
    banner.findElement(By.tagName("a")).click();
    waitForUrl("/repo/2.0/decisions/index.html");
    switcher();
    assertThat(browser.findElements(By.cssSelector(".version-banner"))).isEmpty();
  }

  @Test
  @DisplayName("shows the switcher from file:// too, where versions come from versions.js")
  void fromDisk() {
    browser.get(site.resolve("1.0/index.html").toUri().toString());
    assertThat(switcher().getOptions()).hasSize(3);
    assertThat(browser.findElements(By.cssSelector(".version-banner"))).hasSize(1);
  }

  @Test
  @DisplayName("searches only the version being read")
  void searchStaysInItsVersion() {
    browser.get(base + "1.1/index.html");
    search("Only here");
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(d -> d.findElement(By.id("search-results")).getText().contains("No match"));
    browser.get(base + "2.0/index.html");
    search("Only here");
    WebElement hit = new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(d -> d.findElements(By.cssSelector("#search-results a")).stream().findFirst().orElse(null));
    assertThat(hit.getAttribute("href")).endsWith("/repo/2.0/new.html");
  }

  /** Types once the index has loaded: archdoc.js drops keystrokes typed while its index is loading. */
  private void search(String text) {
    WebElement input = browser.findElement(By.id("search"));
    input.click();
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!window.ARCHDOC_SEARCH")));
    input.sendKeys(text);
  }

  @Test
  @DisplayName("leads from a version's pages to the decisions across versions, which lists what changed in plain HTML")
  void decisionsAcrossVersions() {
    browser.get(base + "1.1/index.html");
    WebElement link = new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(d -> d.findElements(By.cssSelector(".sidebar a.version-decisions")).stream().findFirst().orElse(null));
    link.click();
    waitForUrl("/repo/decisions.html#v-1.1");
    assertThat(texts("[id='v-2.0'] li.change")).containsExactly(
        "added ADR-3 Use A twice \u2014 added as accepted, superseding ADR-1",
        "accepted ADR-2 Cache reads \u2014 accepted (was proposed)",
        "superseded ADR-1 Use A \u2014 superseded by ADR-3 (was accepted)");
    assertThat(texts("[id='v-1.1'] li.change")).containsExactly("added ADR-2 Cache reads \u2014 added as proposed");
    assertThat(texts("[id='v-2.0'] table.in-force td:first-child")).containsExactly("ADR-2", "ADR-3");
    browser.findElement(By.cssSelector("[id='v-2.0'] li.change-superseded a")).click();
    waitForUrl("/repo/2.0/decisions/0001-use-a.html");
  }

  @Test
  @DisplayName("compares any two versions in the page's form exactly as the generator's own rules do, over http and from file://")
  void compareAnyTwoVersions() throws IOException {
    for (String url : List.of(base + "decisions.html", site.resolve("decisions.html").toUri().toString())) {
      browser.get(url);
      Select from = new Select(new WebDriverWait(browser, Duration.ofSeconds(5))
          .until(d -> d.findElement(By.id("compare-from")).isDisplayed() ? d.findElement(By.id("compare-from")) : null));
      assertThat(from.getFirstSelectedOption().getText()).isEqualTo("1.1");
      from.selectByValue("1.0");
      new Select(browser.findElement(By.id("compare-to"))).selectByValue("2.0");
      StringBuilder expected = new StringBuilder();
      DecisionSnapshot earlier = DecisionSnapshot.read(site.resolve("1.0")).orElseThrow();
      DecisionSnapshot later = DecisionSnapshot.read(site.resolve("2.0")).orElseThrow();
      for (DecisionChanges.SystemChanges system : DecisionChanges.between(earlier, later)) {
        expected.append(DecisionsPage.changeList(system, "1.0", "2.0", site.resolve("no-theme")));
      }
      org.jsoup.nodes.Document java = org.jsoup.Jsoup.parseBodyFragment(expected.toString());
      assertThat(texts("#compare-result li.change")).isEqualTo(java.select("li.change").eachText())
          .contains("added ADR-2 Cache reads \u2014 added as accepted");
      assertThat(texts("#compare-result p")).isEqualTo(java.select("p").eachText());
      // the script writes no markup of its own: it fills the template's parts, the partial's markup
      String drawn = (String) ((JavascriptExecutor) browser)
          .executeScript("return document.getElementById('compare-result').innerHTML");
      assertThat(org.jsoup.Jsoup.parseBodyFragment(drawn).select("ul.changes > li, p").stream().map(org.jsoup.nodes.Element::outerHtml).toList())
          .isEqualTo(java.select("ul.changes > li, p").stream().map(org.jsoup.nodes.Element::outerHtml).toList());
      assertThat(browser.findElements(By.cssSelector("#compare-result li.change a")))
          .extracting(a -> a.getAttribute("href")).allMatch(href -> href.contains("/2.0/decisions/"));
    }
  }

  private List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }
}
