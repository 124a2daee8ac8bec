package dev.archdoc.core.site.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The built site's link checker")
class LinkCheckerTest {

  @TempDir Path site;

  private void page(String path, String body) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "<!DOCTYPE html><html><head><title>t</title></head><body>\n" + body + "\n</body></html>");
  }

  @Test
  @DisplayName("accepts relative links to files and ids that exist, and links to other sites")
  void acceptsGoodLinks() throws IOException {
    page("index.html", "<a href=\"a/b.html#part\">b</a> <a href=\"#top\" id=\"top\">top</a>"
        + " <a href=\"https://raft.github.io/\">raft</a> <a href=\"mailto:x@example.com\">mail</a>"
        + " <img src=\"data:image/png;base64,AA==\" alt=\"\">");
    page("a/b.html", "<h2 id=\"part\">Part</h2><a href=\"../index.html\">up</a><a href=\"b%20c.html\">space</a>");
    page("a/b c.html", "<p>spaced name</p>");

    assertThat(LinkChecker.check(site, Path.of("site"))).isEmpty();
  }

  @Test
  @DisplayName("JabRef's doc comments: URL templates are other sites' links, an external badge image is an external-image warning, and a"
      + " link copied from a source file is reported once, at that file and line, however many pages show it")
  void linksWrittenInSourceFiles() throws IOException {
    String comment = "<a href=\"http://localhost:23119/libraries/{id}/map\">map</a>"
        + " <a href=\"graal#7682\" data-archdoc-source=\"jablib/src/main/java/org/jabref/architecture/A.java:5\">graal</a>";
    page("code/org.jabref.architecture/A.html", comment);
    page("source/org/jabref/architecture/A.java.html", "\n\n" + comment);
    page("faq.html", "<img src=\"https://github.com/JabRef/jabref/workflows/Tests/badge.svg\" alt=\"tests\">");

    List<Finding> findings = LinkChecker.check(site, Path.of("site"));

    assertThat(findings).map(Finding::toString).containsExactlyInAnyOrder(
        "jablib/src/main/java/org/jabref/architecture/A.java:5: error: <a href=\"graal#7682\"> points to no file of"
            + " the site [broken-link]",
        "site/faq.html:2: warning: <img src=\"https://github.com/JabRef/jabref/workflows/Tests/badge.svg\"> is shown"
            + " from another host, so not offline; copy it into the docs and link it relatively, or lower rule"
            + " external-image [external-image]");
  }

  @Test
  @DisplayName("reports a missing file, a missing anchor, a folder link, an absolute path and a network load, each at its line")
  void reportsEveryKindOfBrokenLink() throws IOException {
    page("index.html", String.join("\n",
        "<a href=\"missing.html\">1</a>",
        "<a href=\"other.html#nowhere\">2</a>",
        "<a href=\"sub/\">3</a>",
        "<a href=\"/other.html\">4</a>",
        "<script src=\"https://cdn.example.com/x.js\"></script>"));
    page("other.html", "<p id=\"somewhere\">x</p>");
    page("sub/index.html", "<p>x</p>");

    List<Finding> findings = LinkChecker.check(site, Path.of("site"));

    assertThat(findings).extracting(Finding::rule).containsOnly("broken-link");
    assertThat(findings).extracting(Finding::file).containsOnly(Path.of("site/index.html"));
    assertThat(findings).extracting(Finding::line).containsExactly(2, 3, 4, 5, 6);
    assertThat(findings).extracting(Finding::message).satisfiesExactly(
        m -> assertThat(m).contains("missing.html").contains("does not exist"),
        m -> assertThat(m).contains("#nowhere").contains("not an id"),
        m -> assertThat(m).contains("names a folder"),
        m -> assertThat(m).contains("absolute"),
        m -> assertThat(m).contains("outside the site"));
  }

  private static byte[] html(String body) {
    return ("<!DOCTYPE html><html><head><title>t</title></head><body>\n" + body + "\n</body></html>")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A check that builds on the last one finds exactly what a fresh checker finds on the same site. */
  private static void assertSameAsFresh(LinkChecker keeping, java.util.Map<String, byte[]> site, Path cache) {
    List<Finding> fresh = LinkChecker.keeping(cache.resolve("fresh-" + System.identityHashCode(site)))
        .checkPages(site, java.util.Set.of("drift.html"), Path.of("site"));
    assertThat(keeping.checkPages(site, java.util.Set.of("drift.html"), Path.of("site"))).isEqualTo(fresh);
  }

  @Test
  @DisplayName("checking a site again after a rebuild finds what a fresh check finds: changed pages, ids that went,"
      + " pages that went or came")
  void checkingAgainAfterARebuild(@TempDir Path cache) {
    java.util.Map<String, byte[]> site = new java.util.TreeMap<>();
    site.put("index.html", html("<a href=\"code/A.html#m-run\">run</a> <a href=\"code/B.html\">B</a> <a href=\"drift.html\">d</a>"));
    site.put("code/A.html", html("<h2 id=\"m-run\">run</h2><a href=\"B.html#m-stop\">stop</a>"));
    site.put("code/B.html", html("<h2 id=\"m-stop\">stop</h2><a href=\"../index.html#nowhere\">broken</a>"));
    LinkChecker keeping = LinkChecker.keeping(cache.resolve("kept"));
    List<Finding> first = keeping.checkPages(site, java.util.Set.of("drift.html"), Path.of("site"));
    assertThat(first).hasSize(1);

    site.put("code/B.html", html("<h2 id=\"m-halt\">halt</h2><a href=\"../index.html#nowhere\">broken</a>"));
    assertSameAsFresh(keeping, site, cache); // A, unchanged, now points to an id B no longer has
    site.put("code/A.html", html("<h2 id=\"m-run\">run</h2><a href=\"B.html#m-halt\">halt</a><a href=\"C.html\">C</a>"));
    assertSameAsFresh(keeping, site, cache);
    site.put("code/C.html", html("<p>C</p>"));
    assertSameAsFresh(keeping, site, cache); // a page came: A's link to it holds now
    site.remove("code/B.html");
    assertSameAsFresh(keeping, site, cache); // a page went: the links to it, on unchanged pages, break
    assertThat(keeping.checkPages(site, java.util.Set.of("drift.html"), Path.of("site")))
        .anyMatch(finding -> finding.file().equals(Path.of("site/index.html")) && finding.message().contains("code/B.html"));
    site.put("code/B.html", html("<h2 id=\"m-stop\">stop</h2>"));
    site.put("index.html", html("<a href=\"code/A.html#m-run\">run</a> <a href=\"code/B.html#m-stop\">B</a>"));
    assertSameAsFresh(keeping, site, cache);
    assertThat(keeping.checkPages(site, java.util.Set.of(), Path.of("site"))).as("the drift page no longer there")
        .isEqualTo(LinkChecker.keeping(cache.resolve("fresh-last")).checkPages(site, java.util.Set.of(), Path.of("site")));
  }

  @Test
  @DisplayName("that keeps what it parsed finds what a fresh one finds, after pages change, in a new process, and from damaged entries")
  void keepingCheckerAgreesWithAFreshOne(@TempDir Path cache) throws IOException {
    page("index.html", "<a href=\"other.html#somewhere\">1</a>");
    page("other.html", "<p id=\"somewhere\">x</p>");
    LinkChecker keeping = LinkChecker.keeping(cache);
    assertThat(keeping.checkSite(site, Path.of("site"))).isEmpty();

    page("other.html", "<p id=\"elsewhere\">x</p>");
    List<Finding> fresh = LinkChecker.check(site, Path.of("site"));
    assertThat(fresh).hasSize(1);
    assertThat(keeping.checkSite(site, Path.of("site"))).isEqualTo(fresh);
    assertThat(LinkChecker.keeping(cache).checkSite(site, Path.of("site"))).as("read from disk").isEqualTo(fresh);

    try (var entries = Files.walk(cache)) {
      for (Path entry : entries.filter(Files::isRegularFile).toList()) {
        Files.writeString(entry, "damaged");
      }
    }
    assertThat(LinkChecker.keeping(cache).checkSite(site, Path.of("site"))).as("damaged entries").isEqualTo(fresh);
  }
}
