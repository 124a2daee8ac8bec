package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.archdoc.core.orchestration.SiteBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Mermaid blocks drawn by the theme's own copy of Mermaid (ADR 30), in Debian's headless Chromium
 * from {@code file://}, with every network request sent to a proxy that does not exist: a drawing
 * proves nothing was needed from outside. Skipped without the browser, except in CI.
 */
@DisplayName("Mermaid blocks in a real browser, offline")
class MermaidInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path project;
  private Path site;
  private ChromeDriver browser;

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @BeforeEach
  void buildTheSite() throws IOException {
    writeTheDocs();
    build();
  }

  private void writeTheDocs() throws IOException {
    write("archdoc.yml", "docs: docs\n");
    write("src/main/java/a/A.java", "package a;\n/** A. */\npublic class A {}\n");
    write("docs/index.md", "# Docs\n\n[Diagram](diagram.md), [attack](attack.md), [plain](plain.md)\n");
    write("docs/diagram.md", "# Diagram\n\n```mermaid\nsequenceDiagram\n  Client->>Leader: put(k, v)\n"
        + "  Leader-->>Client: ok\n```\n\n```mermaid\ngraph LR\n  A[Reader] --> B{Chooses}\n```\n");
    write("docs/attack.md", """
        # Attack

        ```mermaid
        %%{init: {"securityLevel": "loose"}}%%
        graph LR
          A["<img src=x onerror=document.title='pwned-label'>"] --> B["<script>document.title='pwned-script'</script>"]
          C[Callback] --> D[Link]
          click C call alert("pwned-callback")
          click D href "javascript:document.title='pwned-href'"
        ```
        """);
    write("docs/plain.md", "# Plain\n\nNo diagram here.\n");
  }

  private void build() throws IOException {
    try (SiteBuild.Context context = SiteBuild.Context.cold(project, project.resolve("out/cache"))) {
      SiteBuild.Outcome outcome = SiteBuild.run(
          new SiteBuild.Request(project, project.resolve("out/site"), null, List.of()), context);
      assertThat(outcome.configProblems()).isEmpty();
      SiteBuilder.Result result = outcome.site().orElseThrow();
      assertThat(result.findings()).isEmpty();
      site = result.out();
    }
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  @DisplayName("Mermaid is published once for the site, and loaded only by the pages that have a block")
  void onlyWhereUsed() throws IOException {
    List<Path> copies;
    try (Stream<Path> files = Files.walk(site)) {
      copies = files.filter(f -> f.getFileName().toString().equals("mermaid.min.js")).toList();
    }
    assertThat(copies).containsExactly(site.resolve("_archdoc/mermaid/mermaid.min.js"));
    assertThat(site.resolve("_archdoc/mermaid/LICENSE")).exists();
    assertThat(Files.readString(site.resolve("diagram.html"))).contains("_archdoc/mermaid/mermaid.min.js");
    assertThat(Files.readString(site.resolve("plain.html"))).doesNotContain("mermaid");
    assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("mermaid");
  }

  @Test
  @DisplayName("a site without a Mermaid block does not carry the library")
  void notShippedWithoutBlocks() throws IOException {
    Files.delete(project.resolve("docs/diagram.md"));
    Files.delete(project.resolve("docs/attack.md"));
    write("docs/index.md", "# Docs\n\n[plain](plain.md)\n");
    build();
    assertThat(site.resolve("plain.html")).exists();
    assertThat(site.resolve("_archdoc/mermaid")).doesNotExist();
    assertThat(site.resolve("_archdoc/mermaid-init.js")).doesNotExist();
  }

  @Test
  @DisplayName("draws each block as an SVG from file:// with no network")
  void drawsOffline() {
    openBrowser();
    browser.get(site.resolve("diagram.html").toUri().toString());
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(b -> b.findElements(By.cssSelector("pre.mermaid svg")).size() == 2);
    assertThat(browser.findElement(By.cssSelector("pre.mermaid svg")).getText()).contains("Leader");
    Object outside = ((JavascriptExecutor) browser).executeScript(
        "return performance.getEntriesByType('resource').map(r => r.name).filter(n => !n.startsWith('file:'));");
    assertThat((List<?>) outside).isEmpty();
  }

  @Test
  @DisplayName("a block's HTML labels, click callbacks and javascript: links run nothing (securityLevel strict)")
  void attackRunsNothing() {
    openBrowser();
    browser.get(site.resolve("attack.html").toUri().toString());
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(b -> !b.findElements(By.cssSelector("pre.mermaid svg")).isEmpty());
    JavascriptExecutor js = browser;
    assertThat(browser.findElements(By.cssSelector("pre.mermaid svg script, pre.mermaid svg img, pre.mermaid svg [onerror],"
        + " pre.mermaid svg [onclick], pre.mermaid svg a[href^='javascript'], pre.mermaid svg foreignObject"))).isEmpty();
    for (WebElement node : browser.findElements(By.cssSelector("pre.mermaid svg g.node"))) {
      js.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", node);
    }
    // an alert() from the callback would block this script call with an UnhandledAlertException
    assertThat(js.executeScript("return document.title;")).asString().doesNotContain("pwned").contains("Attack");
    assertThat(browser.findElement(By.cssSelector("pre.mermaid svg")).getText()).contains("Callback");
  }

  private void openBrowser() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      if ("true".equals(System.getenv("CI"))) {
        fail("chromium and chromium-driver must be installed in CI (.ci/run installs them)");
      }
      Assumptions.abort("chromium or chromedriver is not installed");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    try {
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--window-size=1280,900", "--allow-file-access-from-files",
          // no network: every http(s) request goes to a proxy nobody listens on
          "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
          "--user-data-dir=" + Files.createTempDirectory("archdoc-chromium"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
  }
}
