package dev.archdoc.core.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The injected live-reload script in a real browser (Debian's headless Chromium, as in
 * {@code SiteInBrowserTest}): a saved ADR shows without touching the browser, and a broken build
 * shows its problem over the page.
 */
@DisplayName("archdoc serve in a real browser")
class LiveReloadInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path project;
  private LiveServer server;
  private ChromeDriver browser;
  private final List<String> log = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      if ("true".equals(System.getenv("CI"))) {
        fail("chromium and chromium-driver must be installed in CI (.ci/run installs them)");
      }
      Assumptions.abort("chromium or chromedriver is not installed");
    }
    write(project.resolve("src/main/java/a/A.java"), "package a;\npublic class A {}\n");
    write(project.resolve("arch-docs/decisions/0001-use-a.md"), "---\nstatus: accepted\n---\n# Use A\n\nFirst text.\n");
    server = LiveServer.start(new LiveServer.Options(project, 0, Duration.ofMillis(20)), log::add);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("archdoc-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @DisplayName("reloads the open page after a save, and shows a broken build's file and line over it")
  void reloadsAndShowsProblems() throws IOException {
    browser.get(server.url().resolve("decisions/0001-use-a.html").toString());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    // a reload can replace the body between finding it and reading it: look again, as a reader would
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    wait.until(b -> b.findElement(By.tagName("body")).getText().contains("First text."));
    // the page is connected once the script got its first state; then a save must reach it
    wait.until(b -> "connected".equals(b.findElement(By.tagName("html")).getAttribute("data-archdoc-serve")));

    write(project.resolve("arch-docs/decisions/0001-use-a.md"), "---\nstatus: accepted\n---\n# Use A\n\nSecond text.\n");
    wait.until(b -> b.findElement(By.tagName("body")).getText().contains("Second text."));

    write(project.resolve("archdoc.yml"), "title: A\ntitel: typo\n");
    wait.until(b -> !b.findElements(By.id("archdoc-serve-problems")).isEmpty());
    String overlay = browser.findElement(By.id("archdoc-serve-problems")).getText();
    assertThat(overlay).contains("archdoc.yml:2").contains("titel").contains("last good site");
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Second text.");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
