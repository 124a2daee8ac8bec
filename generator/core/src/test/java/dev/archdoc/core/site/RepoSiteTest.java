package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.site.linkcheck.LinkChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("This repository's site")
class RepoSiteTest {

  @Test
  @DisplayName("has no broken link: every href, src and #anchor of every page leads somewhere")
  void hasNoBrokenLinks() {
    Path site = RepoSite.site();
    List<Finding> broken = LinkChecker.check(site, Path.of("site"));
    assertThat(broken).isEmpty();
    assertThat(RepoSite.result().findings()).filteredOn(f -> f.rule().equals(DriftRule.BROKEN_LINK.id())).isEmpty();
  }

  @Test
  @DisplayName("is byte-for-byte the same when built again from the same input")
  void isDeterministic() throws IOException {
    Path first = RepoSite.site();
    Path second = RepoSite.build(Path.of("target/site-tests/repo-site-again")).out();
    List<Path> files = RepoSite.files(first);
    assertThat(RepoSite.files(second)).isEqualTo(files);
    for (Path file : files) {
      assertThat(Files.readAllBytes(second.resolve(file)))
          .as(file.toString())
          .isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
  }

  @Test
  @DisplayName("has a page for every page kind: homes, decisions, system, literate views, tours, diagrams, drift, search")
  void hasEveryKindOfPage() {
    Path site = RepoSite.site();
    for (String page : List.of(
        "index.html", "drift.html", "_archdoc/search-index.js", "_archdoc/archdoc.css", "_archdoc/archdoc.js",
        "raft-kv/index.html", "archdoc/index.html",
        "raft-kv/decisions/index.html", "raft-kv/decisions/timeline.html", "raft-kv/decisions/graph.html",
        "raft-kv/decisions/0009-fast-log-conflict-repair.html",
        "raft-kv/decisions/0005-pre-vote-and-check-quorum.html",
        "raft-kv/code/index.html", "raft-kv/code/com.example.raft.core/index.html",
        "raft-kv/code/com.example.raft.core/RaftCore.html",
        "raft-kv/source/index.html", "raft-kv/source/com/example/raft/core/RaftCore.java.html",
        "raft-kv/tours/index.html", "raft-kv/tours/follow-a-client-write.html",
        "raft-kv/tours/follow-a-client-write-step-1.html", "raft-kv/tours/how-an-election-happens.html",
        "raft-kv/diagrams.html",
        "decisions/0002-generator-is-a-pipeline-of-pure-stages.html")) {
      assertThat(site.resolve(page)).as(page).isRegularFile();
    }
  }

  @Test
  @DisplayName("gives a page to the types seen from outside their package and to those the docs or the code's notes name; lists the rest on their package page")
  void showsTheApiAndWhatItsAuthorsWroteAbout() throws IOException {
    Path site = RepoSite.site();
    // package-private, no notes, no decision, no doc names it: listed on its package page only
    assertThat(site.resolve("raft-kv/code/com.example.raft.boundary/RequestValidation.html")).doesNotExist();
    assertThat(site.resolve("raft-kv/source/com/example/raft/boundary/RequestValidation.java.html")).doesNotExist();
    Document boundary = parse("raft-kv/code/com.example.raft.boundary/index.html");
    assertThat(boundary.getElementById("t-RequestValidation")).isNotNull();
    assertThat(boundary.getElementById("t-RequestValidation").text()).contains("package-private class");
    // package-private, but a tour step names it: a page and a literate view
    assertThat(site.resolve("raft-kv/code/com.example.raft.worker/Applier.html")).isRegularFile();
    assertThat(site.resolve("raft-kv/source/com/example/raft/worker/Applier.java.html")).isRegularFile();
    // package-private with //! notes and decisions
    assertThat(site.resolve("raft-kv/code/com.example.raft.core/ElectionTimer.html")).isRegularFile();
    // a public type lists its public members, and a private one only when its notes say something
    Document core = parse("raft-kv/code/com.example.raft.core/RaftCore.html");
    assertThat(core.select("[id^=m-restart-]")).isNotEmpty();
    assertThat(core.select("[id^=m-applyCommitted-]")).isNotEmpty(); // private, with //! notes
    assertThat(core.select("[id^=m-react-]")).isEmpty(); // private, nothing written about it
    // the search index finds a page's members, with their anchors
    String index = Files.readString(site.resolve("_archdoc/search-index.js"));
    assertThat(index).contains("[\"restart\",\"m-restart-");
    assertThat(index).contains("[\"RequestValidation\",\"t-RequestValidation\"]");
  }

  @Test
  @DisplayName("shows a superseded decision with a banner that links to its successor")
  void bannerOnSupersededDecision() throws IOException {
    Document adr = parse("raft-kv/decisions/0003-serve-reads-through-the-log.html");
    assertThat(adr.select(".banner-retired a").attr("href")).isEqualTo("0007-linearizable-reads-by-readindex.html");
    assertThat(adr.select(".meta .badge").text()).isEqualTo("Superseded");
  }

  @Test
  @DisplayName("lists on each decision the code it governs, and on each type the decisions that govern it")
  void decisionsAndCodeLinkBothWays() throws IOException {
    Document adr = parse("raft-kv/decisions/0009-fast-log-conflict-repair.html");
    assertThat(adr.select(".governs a").eachAttr("href"))
        .contains("../code/com.example.raft.core/Replication.html#m-onAppendEntries-com.example.raft.data.RaftState-com.example.raft.data.Message.AppendEntries-com.example.raft.core.Effects-");
    Document type = parse("raft-kv/code/com.example.raft.core/Replication.html");
    assertThat(type.getElementById("m-onAppendEntries-com.example.raft.data.RaftState-com.example.raft.data.Message.AppendEntries-com.example.raft.core.Effects-").select(".cites a").text())
        .contains("ADR-9");
  }

  @Test
  @DisplayName("marks literate views as generated, with the file's //! prose in place of its comment lines")
  void literateViewIsMarkedGenerated() throws IOException {
    Document view = parse("raft-kv/source/com/example/raft/core/Replication.java.html");
    assertThat(view.select(".generated-note").text()).contains("do not edit");
    assertThat(view.select(".lit-prose").text()).contains("Figure 8");
    assertThat(view.select("pre.code").text()).doesNotContain("//!");
  }

  @Test
  @DisplayName("escapes what the docs say in templates: titles are text, not markup")
  void templatesEscapeText() throws IOException {
    Document adr = parse("raft-kv/decisions/0012-layers-after-designing-elixir-systems-with-otp.html");
    assertThat(adr.select("h1").first().text()).contains("\"Designing Elixir Systems with OTP\"");
  }

  @Test
  @DisplayName("keeps one h1 on a type page: headings in the code's //! prose sit below the page's own")
  void proseHeadingsSitBelowThePageTitle() throws IOException {
    Document type = parse("raft-kv/code/com.example.raft.core/RaftCore.html");
    assertThat(type.select("h1")).hasSize(1);
    assertThat(type.select("h3").eachText()).contains("The Raft core: one pure function");
  }

  @Test
  @DisplayName("renders every code: link in docs as a link: none is left as Markdown text outside code blocks")
  void noCodeLinkLeftAsMarkdownText() throws IOException {
    List<String> leftAsText = new java.util.ArrayList<>();
    try (var pages = Files.walk(RepoSite.site())) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        Document document = Jsoup.parse(page.toFile(), "UTF-8");
        document.select("pre, code").remove();
        if (document.body().text().contains("](code:")) {
          leftAsText.add(RepoSite.site().relativize(page).toString());
        }
      }
    }
    assertThat(leftAsText).isEmpty();
  }

  @Test
  @DisplayName("turns a Javadoc <p> into a paragraph whose {@link}s are links")
  void javadocParagraphsKeepTheirLinks() throws IOException {
    Document type = parse("raft-kv/code/com.example.raft.core/RaftCore.html");
    assertThat(type.select(".prose p a code").eachText()).contains("start", "restart", "step");
  }

  private static Document parse(String page) throws IOException {
    return Jsoup.parse(RepoSite.site().resolve(page).toFile(), "UTF-8");
  }
}
