package dev.archdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The attack suite of SECURITY.md: each folder under {@code src/test/resources/attacks} is a hostile
 * project, described by its {@code attack.properties}. The project is copied to a temporary folder
 * with a canary file beside it (outside the project) and a canary in its {@code .git/config};
 * symbolic links and generated files are made as the properties say. Then {@code archdoc check}
 * runs in all four formats and {@code archdoc build} writes the site, and the test asserts that no
 * canary appears in any output (printed, reported, or any file of the site, the search index
 * included), that no planted script survives in the written HTML, that headless Chromium runs
 * none of it, and that the exit codes and findings are the expected ones.
 *
 * <p>Properties: {@code links} ({@code path -> @canary|@outside|@gitconfig; ...}), {@code generate}
 * ({@code path:kind; ...}), {@code check.exit}, {@code check.finding[.n]} (text the check's text
 * output contains), {@code check.no-line-starts}, {@code build.finding[.n]},
 * {@code build.page} (a page that must still be written), {@code browser=true}.
 */
@DisplayName("Hostile pull requests: no byte from outside the project, no live script, clean failures")
class AttackSuiteTest {

  /** What the file outside the project holds; it must appear in no output. */
  static final String CANARY = "ARCHDOC-CANARY-5f1e0c";
  /** What the project's own .git/config holds; it must appear in no output either. */
  static final String GIT_CANARY = "ARCHDOC-GIT-CANARY-91d2";

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static ChromeDriver browser;

  static Stream<String> attacks() throws IOException, URISyntaxException {
    Path folder = Path.of(AttackSuiteTest.class.getResource("/attacks").toURI());
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void attack(String name, @TempDir Path temp) throws Exception {
    Path fixture = Path.of(AttackSuiteTest.class.getResource("/attacks/" + name).toURI());
    Properties spec = new Properties();
    try (Reader in = Files.newBufferedReader(fixture.resolve("attack.properties"), StandardCharsets.UTF_8)) {
      spec.load(in);
    }
    Path project = temp.resolve("project");
    Path canary = plant(temp, project, fixture, spec);

    Map<String, String> outputs = new LinkedHashMap<>();
    Map<String, Integer> exits = new LinkedHashMap<>();
    Path reports = temp.resolve("reports");
    Files.createDirectories(reports);
    for (String format : List.of("text", "github", "junit", "sarif")) {
      // text to the console, the others to a file as CI keeps them
      Path file = reports.resolve("check." + format);
      CliRun run = format.equals("text")
          ? CliRun.run("check", "--project", project.toString(), "--format", format)
          : CliRun.run("check", "--project", project.toString(), "--format", format, "--output", file.toString());
      outputs.put("check --format " + format + " (stdout)", run.out());
      outputs.put("check --format " + format + " (stderr)", run.err());
      exits.put(format, run.exitCode());
      if (Files.exists(file)) {
        outputs.put("check --format " + format + " --output", Files.readString(file));
      }
    }
    assertEquals(1, exits.values().stream().distinct().count(), "every format exits alike: " + exits);
    String text = outputs.get("check --format text (stdout)") + outputs.get("check --format text (stderr)");
    if (spec.containsKey("check.exit")) {
      assertEquals(Integer.parseInt(spec.getProperty("check.exit")), exits.get("text"), text);
    }
    for (String expected : values(spec, "check.finding")) {
      assertTrue(text.contains(expected), "the check says «" + expected + "»:\n" + text);
    }
    if (spec.containsKey("check.no-line-starts")) {
      String forged = spec.getProperty("check.no-line-starts");
      for (String output : outputs.values()) {
        assertFalse(output.lines().anyMatch(line -> line.startsWith(forged)), "a file name forged a line:\n" + output);
      }
    }

    Path site = temp.resolve("site");
    CliRun build = CliRun.run("build", "--project", project.toString(), "--out", site.toString());
    outputs.put("build (stdout)", build.out());
    outputs.put("build (stderr)", build.err());
    String buildText = build.out() + build.err();
    // build and check report one set of findings (ADR-24), so they exit alike
    assertEquals(exits.get("text"), build.exitCode(), "build exits as check does:\n" + buildText);
    for (String expected : values(spec, "build.finding")) {
      assertTrue(buildText.contains(expected), "the build says «" + expected + "»:\n" + buildText);
    }
    for (String output : outputs.values()) {
      assertFalse(output.contains("Exception") && output.contains("\tat "), "no stack trace:\n" + output);
    }
    if (spec.containsKey("build.page")) {
      assertTrue(Files.isRegularFile(site.resolve(spec.getProperty("build.page"))), "the rest is still published");
    }

    List<Path> siteFiles = new ArrayList<>();
    if (Files.isDirectory(site)) {
      try (Stream<Path> walk = Files.walk(site)) {
        walk.filter(Files::isRegularFile).forEach(siteFiles::add);
      }
      assertFalse(siteFiles.isEmpty());
    }
    for (Path file : siteFiles) {
      // byte for byte, whatever the file's type: a copied image, the search index, a page
      outputs.put("site " + site.relativize(file), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
    }
    for (Map.Entry<String, String> output : outputs.entrySet()) {
      assertFalse(output.getValue().contains(CANARY), "the canary outside the project reached " + output.getKey());
      assertFalse(output.getValue().contains(GIT_CANARY), ".git/config reached " + output.getKey());
      if (output.getKey().startsWith("site ")) {
        assertFalse(output.getValue().contains(temp.toString()), "the machine's folders reached " + output.getKey());
      }
    }
    for (Path file : siteFiles) {
      if (file.toString().endsWith(".html")) {
        assertNoLiveScript(Jsoup.parse(file.toFile(), "UTF-8"), site.relativize(file).toString());
      }
    }
    if ("true".equals(spec.getProperty("browser"))) {
      assertNothingRunsInChromium(siteFiles);
    }
    assertTrue(Files.readString(canary).contains(CANARY), "the canary itself is left alone");
  }

  /** Copies the fixture, puts the canaries in place, makes the links and generated files. */
  private static Path plant(Path temp, Path project, Path fixture, Properties spec) throws IOException {
    Path canary = temp.resolve("canary.txt");
    String secret = "# " + CANARY + "\n\n" + CANARY + " is a secret of the machine\n";
    Files.writeString(canary, secret);
    Files.writeString(temp.resolve("canary.mustache"), secret);
    Path outside = temp.resolve("outside");
    Files.createDirectories(outside);
    Files.writeString(outside.resolve("canary.md"), secret);
    try (Stream<Path> walk = Files.walk(fixture)) {
      for (Path from : walk.toList()) {
        Path relative = fixture.relativize(from);
        if (relative.toString().equals("attack.properties")) {
          continue;
        }
        Path to = project.resolve(relative.toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          String content = Files.readString(from).replace("@CANARY_ABSOLUTE@", temp.resolve("canary").toString());
          Files.writeString(to, content);
        }
      }
    }
    Files.createDirectories(project.resolve(".git"));
    Files.writeString(project.resolve(".git/config"), "[core]\n\t" + GIT_CANARY + " = true\n");
    if (!Files.exists(project.resolve("src/main/java"))) {
      write(project.resolve("src/main/java/safe/Safe.java"), "package safe;\n\n/** A safe type. */\npublic class Safe {}\n");
    }
    for (String link : values(spec, "links").stream().flatMap(v -> Stream.of(v.split(";"))).toList()) {
      String[] parts = link.split("->");
      Path at = project.resolve(parts[0].strip());
      Path target = switch (parts[1].strip()) {
        case "@canary" -> canary;
        case "@outside" -> outside;
        case "@gitconfig" -> project.resolve(".git/config");
        default -> throw new IllegalArgumentException(link);
      };
      Files.createDirectories(at.getParent());
      Files.deleteIfExists(at);
      Files.createSymbolicLink(at, target);
    }
    for (String generated : values(spec, "generate").stream().flatMap(v -> Stream.of(v.split(";"))).toList()) {
      int colon = generated.lastIndexOf(':');
      write(project.resolve(generated.substring(0, colon).strip()), generate(generated.substring(colon + 1).strip()));
    }
    return canary;
  }

  /** Hostile documents too large or too deep to commit as fixtures. */
  private static String generate(String kind) {
    int depth = 50_000;
    return switch (kind) {
      case "deep-quotes" -> "# Deep quotes\n\n" + ">".repeat(depth) + " deep\n";
      case "deep-lists" -> {
        StringBuilder lists = new StringBuilder("# Deep lists\n\n");
        for (int i = 0; i < 1_400; i++) {
          lists.append("  ".repeat(i)).append("- item\n");
        }
        yield lists.toString();
      }
      case "deep-brackets" -> "# Deep brackets\n\n" + "[".repeat(depth) + "x" + "](y)".repeat(depth) + "\n";
      case "deep-adoc" -> {
        StringBuilder blocks = new StringBuilder("= Deep blocks\n\n");
        for (int i = 0; i < 3_000; i++) {
          blocks.append("=".repeat(4 + i % 40)).append("\n");
        }
        for (int i = 2_999; i >= 0; i--) {
          blocks.append("=".repeat(4 + i % 40)).append("\n");
        }
        yield blocks.append("\n").append("*".repeat(20_000)).append(" x\n").toString();
      }
      case "big" -> "# Big\n\n" + "x".repeat(5 * 1024 * 1024) + "\n";
      case "deep-java" -> "package safe;\n\n/** Deep. */\npublic class Deep {\n  int x = " + "(".repeat(5_000) + "1"
          + ")".repeat(5_000) + ";\n}\n";
      case "broken-link" -> "# A page\n\nA [broken](missing.md) link.\n";
      case "plain" -> "# A page with a hostile name\n\nText.\n";
      default -> throw new IllegalArgumentException(kind);
    };
  }

  /** No element, attribute or URL in the written HTML that could run script. */
  static void assertNoLiveScript(Document page, String name) {
    for (Element element : page.getAllElements()) {
      String tag = element.normalName();
      if (Set.of("iframe", "frame", "object", "embed", "base", "form", "applet").contains(tag)) {
        fail(name + ": <" + tag + "> survived: " + element.outerHtml());
      }
      if (tag.equals("meta") && element.hasAttr("http-equiv")) {
        fail(name + ": <meta http-equiv> survived");
      }
      if (tag.equals("script") && element.data().contains("pwned")) {
        fail(name + ": a planted script survived: " + element.outerHtml());
      }
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on")) {
          fail(name + ": an event handler survived: " + element.outerHtml());
        }
        if (Set.of("href", "src", "xlink:href", "action", "formaction", "data", "srcdoc", "background", "poster")
            .contains(key)) {
          String url = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
          boolean emptyIcon = tag.equals("link") && url.equals("data:,"); // the theme's own "no favicon"
          if (url.startsWith("javascript:") || url.startsWith("vbscript:") || (url.startsWith("data:") && !emptyIcon)
              || key.equals("srcdoc")) {
            fail(name + ": a script URL survived: " + element.outerHtml());
          }
        }
        if (key.equals("style") && attribute.getValue().toLowerCase(Locale.ROOT).contains("javascript")) {
          fail(name + ": a scripted style survived: " + element.outerHtml());
        }
      }
    }
  }

  /** Opens every page in headless Chromium: the payloads set window.pwned or the title. */
  private static void assertNothingRunsInChromium(List<Path> siteFiles) throws IOException {
    ChromeDriver chromium = browser();
    for (Path file : siteFiles) {
      if (!file.toString().endsWith(".html")) {
        continue;
      }
      chromium.get(file.toUri().toString());
      Object pwned = chromium.executeScript("return typeof window.pwned === 'undefined' ? null : String(window.pwned);");
      assertEquals(null, pwned, file + ": a planted script ran");
      assertFalse(chromium.getTitle().contains("PWNED"), file + ": a planted script changed the title");
    }
  }

  private static synchronized ChromeDriver browser() throws IOException {
    if (browser == null) {
      if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
        if ("true".equals(System.getenv("CI"))) {
          fail("chromium and chromium-driver must be installed in CI (.ci/run installs them)");
        }
        Assumptions.abort("chromium or chromedriver is not installed");
      }
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("archdoc-attack-chromium"));
      // the driver is named, so Selenium Manager never looks for (or downloads) one
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
      browser = new ChromeDriver(service, options);
      browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }
    return browser;
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  private static List<String> values(Properties spec, String key) {
    List<String> values = new ArrayList<>();
    if (spec.containsKey(key)) {
      values.add(spec.getProperty(key));
    }
    for (int i = 2; spec.containsKey(key + "." + i); i++) {
      values.add(spec.getProperty(key + "." + i));
    }
    return values;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
