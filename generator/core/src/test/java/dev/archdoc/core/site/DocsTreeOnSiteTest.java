package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.orchestration.SiteBuild;
import dev.archdoc.core.finding.Finding;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's whole docs folder as teams keep it: one fixture project per reading rule under
 * src/test/resources/docs-tree/.
 */
@DisplayName("A docs tree as teams keep it: navigation, the decisions folder's introduction, page collisions")
class DocsTreeOnSiteTest {

  @TempDir Path project;

  private SiteBuilder.Result build(String fixture) throws IOException, URISyntaxException {
    Path from = Path.of(Objects.requireNonNull(getClass().getResource("/docs-tree/" + fixture), fixture).toURI());
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path to = project.resolve(from.relativize(file).toString());
        Files.createDirectories(to.getParent());
        Files.copy(file, to);
      }
    }
    try (SiteBuild.Context context = SiteBuild.Context.cold(project, project.resolve("out/cache"))) {
      SiteBuild.Outcome outcome = SiteBuild.run(
          new SiteBuild.Request(project, project.resolve("out/site"), null, List.of()), context);
      assertThat(outcome.configProblems()).isEmpty();
      return outcome.site().orElseThrow();
    }
  }

  /** The written pages of a page's sidebar: depth, title and whether it is open (-) or closed (+). */
  private static List<String> tree(Path page) throws IOException {
    Document html = Jsoup.parse(page.toFile(), "UTF-8");
    return html.select("#sidebar li[class*=nav-d]").stream().map(li -> {
      String depth = li.className().replaceAll(".*nav-d(\\d).*", "$1");
      String mark = li.hasClass("nav-open") ? " -" : li.hasClass("nav-branch") ? " +" : "";
      return depth + " " + li.text() + mark;
    }).toList();
  }

  @Test
  @DisplayName("just-the-docs front matter: nav_order first, then titles; parent and grand_parent nest; nav_exclude hides")
  void justTheDocs() throws Exception {
    SiteBuilder.Result result = build("just-the-docs");
    assertThat(result.findings()).isEmpty();
    Path site = result.out();
    assertThat(tree(site.resolve("a.html")))
        .containsExactly("0 Alpha", "0 Beta +", "0 Guide +", "0 Aardvark", "0 X +");
    assertThat(tree(site.resolve("guide/deep/install.html"))).containsExactly(
        "0 Alpha", "0 Beta +", "0 Guide -", "1 Two", "1 One", "1 Setup -", "2 Install", "1 Deep +", "0 Aardvark",
        "0 X +");
    assertThat(tree(site.resolve("other/setup.html")))
        .containsExactly("0 Alpha", "0 Beta -", "1 Setup", "0 Guide +", "0 Aardvark", "0 X +");
    // a parent no page has: the folder decides (guide/deep/ has no index, so a "Deep" node under Guide)
    assertThat(tree(site.resolve("guide/deep/setup.html"))).contains("1 Deep -", "2 Deep setup");
    // two pages naming each other as parent: neither is lost
    assertThat(tree(site.resolve("y.html"))).endsWith("0 X -", "1 Y");
    assertThat(site.resolve("hidden.html")).exists();
    assertThat(Jsoup.parse(site.resolve("a.html").toFile(), "UTF-8").select("#sidebar li.nav-d0 a[aria-current]").text())
        .isEqualTo("Alpha");
  }

  @Test
  @DisplayName("without front matter, folders nest: a folder with no index page is a node that leads to its first page")
  void folders() throws Exception {
    SiteBuilder.Result result = build("folders");
    assertThat(result.findings()).isEmpty();
    Path site = result.out();
    assertThat(tree(site.resolve("top.html"))).containsExactly("0 Getting started +", "0 Top");
    assertThat(Jsoup.parse(site.resolve("top.html").toFile(), "UTF-8").select("#sidebar li.nav-branch a").attr("href"))
        .isEqualTo("getting-started/first.html");
    assertThat(tree(site.resolve("getting-started/second.html")))
        .containsExactly("0 Getting started -", "1 A first", "1 B second", "0 Top");
  }

  @Test
  @DisplayName("a decisions folder's own index.md opens the decisions index: its prose there, no collision, not an ADR")
  void decisionsIntro() throws Exception {
    SiteBuilder.Result result = build("decisions-intro");
    assertThat(result.findings()).isEmpty();
    Document index = Jsoup.parse(result.out().resolve("decisions/index.html").toFile(), "UTF-8");
    assertThat(index.select("main h1").text()).startsWith("Decision Records");
    assertThat(index.select("main h1")).hasSize(1);
    assertThat(index.select(".decisions-intro").text()).contains("Our decisions, as MADR records");
    assertThat(index.select(".decisions-intro a[href=0001-use-madr.html]")).hasSize(1);
    assertThat(index.select("table.decisions tbody tr")).hasSize(1);
    assertThat(tree(result.out().resolve("decisions/0001-use-madr.html"))).containsExactly("0 Decision Records");
  }

  @Test
  @DisplayName("a page that wants a generated page's address is a page-collision finding at the page, not a broken link")
  void collision() throws Exception {
    SiteBuilder.Result result = build("page-collision");
    assertThat(result.findings()).extracting(Finding::toString).containsExactly(
        "docs/diagrams.md: warning: \"Our diagrams\" is not published: archdoc generates diagrams.html itself;"
            + " rename the file [page-collision]");
    assertThat(Files.readString(result.out().resolve("diagrams.html"))).doesNotContain("A page that wants");
  }
}
