package dev.archdoc.core.docs.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.core.diagram.DiagramRenderer;
import dev.archdoc.core.docs.ref.CodeRef;
import dev.archdoc.core.docs.ref.CodeUrls;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.render.PageRenderer;
import dev.archdoc.core.render.RenderedPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownPageTest {

  @TempDir Path project;
  @TempDir Path cache;
  private PageRenderer renderer;

  private static final Path OVERVIEW = Path.of("arch-docs/overview.md");
  private static final CodeUrls KNOWN_TYPES = target ->
      target.startsWith("com.example.") ? "code/" + target.replace('#', '-') + ".html" : null;

  private static final String PAGE = """
      ---
      title: How raft-kv works
      tags: [overview]
      ---
      # Overview

      The [step function](code:com.example.raft.core.RaftCore#step(a.C,long)) is pure.
      A [gone class](code:org.gone.Thing) is not linked.

      See [the pipeline decision](decisions/0002-pipeline.md#consequences) and
      [the AsciiDoc page](guide/intro.adoc), [a section](#the-write-path) and [the site](https://example.com).

      ## The write path

      | step | where |
      |------|-------|
      | accept | [Api](code:com.example.raft.api.Api) |

      ~~old~~ and - [x] done
      """;

  @BeforeEach
  void setUp() {
    renderer = new PageRenderer(new ProjectFiles(project), new DiagramRenderer(new ProjectFiles(project), cache));
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  @DisplayName("the title comes from front matter, parsed as YAML, before the first heading")
  void frontMatterTitle() {
    Page page = PageReader.read(OVERVIEW, PAGE).page();

    assertEquals("How raft-kv works", page.title());
    assertEquals(List.of("overview"), page.metadata().get("tags"));
  }

  @Test
  @DisplayName("without front matter the first level-1 heading is the title, else the file name")
  void titleFallbacks() {
    assertEquals("Raft in one page", PageReader.read(OVERVIEW, "intro\n\n# Raft in one page\n").page().title());
    assertEquals("overview", PageReader.read(OVERVIEW, "just text\n").page().title());
  }

  @Test
  @DisplayName("code references are read with their line and link text")
  void codeRefsWithLines() {
    List<CodeRef> refs = PageReader.read(OVERVIEW, PAGE).page().codeRefs();

    assertEquals(List.of(
        new CodeRef("com.example.raft.core.RaftCore#step(a.C,long)", "step function", OVERVIEW, 7),
        new CodeRef("org.gone.Thing", "gone class", OVERVIEW, 8),
        new CodeRef("com.example.raft.api.Api", "Api", OVERVIEW, 17)), refs);
  }

  @Test
  @DisplayName("links to other docs and anchors are read with their line, resolved against the page")
  void docLinksWithLines() {
    Page page = PageReader.read(OVERVIEW, PAGE).page();

    assertEquals(List.of(
        new DocLink(OVERVIEW, 10, "decisions/0002-pipeline.md#consequences",
            Path.of("arch-docs/decisions/0002-pipeline.md"), "consequences"),
        new DocLink(OVERVIEW, 11, "guide/intro.adoc", Path.of("arch-docs/guide/intro.adoc"), null),
        new DocLink(OVERVIEW, 11, "#the-write-path", OVERVIEW, "the-write-path")), page.docLinks());
  }

  @Test
  @DisplayName("headings carry the ids the rendered page gives them")
  void headingIdsMatchTheRenderedPage() {
    Page page = PageReader.read(OVERVIEW, PAGE).page();
    Document html = Jsoup.parse(renderer.render(page, KNOWN_TYPES).html());

    assertEquals(List.of("overview", "the-write-path"), page.headings().stream().map(Heading::id).toList());
    for (Heading heading : page.headings()) {
      assertEquals(1, html.select("h" + heading.level() + "#" + heading.id()).size(), heading::toString);
    }
    assertTrue(page.anchors().contains("the-write-path"));
  }

  @Test
  @DisplayName("code links point where the caller says, and an unknown one is plain text")
  void codeLinksRewritten() {
    Document html = Jsoup.parse(renderer.render(PageReader.read(OVERVIEW, PAGE).page(), KNOWN_TYPES).html());

    assertEquals("code/com.example.raft.core.RaftCore-step(a.C,long).html",
        html.select("a:contains(step function)").attr("href"));
    assertEquals("code/com.example.raft.api.Api.html", html.select("td a").attr("href"));
    assertTrue(html.select("a:contains(gone class)").isEmpty());
    assertTrue(html.text().contains("A gone class is not linked."));
    assertTrue(html.select("a[href^=code:]").isEmpty(), "no code: URL may reach the site");
  }

  @Test
  @DisplayName("links to .md and .adoc docs point at the built .html pages, anchors kept")
  void docLinksRewrittenToHtml() {
    Document html = Jsoup.parse(renderer.render(PageReader.read(OVERVIEW, PAGE).page(), KNOWN_TYPES).html());

    assertEquals("decisions/0002-pipeline.html#consequences", html.select("a:contains(pipeline decision)").attr("href"));
    assertEquals("guide/intro.html", html.select("a:contains(AsciiDoc page)").attr("href"));
    assertEquals("#the-write-path", html.select("a:contains(a section)").attr("href"));
    assertEquals("https://example.com", html.select("a:contains(the site)").attr("href"));
    assertEquals(Path.of("arch-docs/decisions/0002-x.html"), PageRenderer.htmlPathOf(Path.of("arch-docs/decisions/0002-x.md")));
  }

  @Test
  @DisplayName("a link to a file that is not a page, resolved against the page, points where the caller shows the file")
  void fileLinksPointWhereTheCallerShowsTheFile() {
    FileUrls diagramFiles = file -> file.toString().endsWith(".puml") ? "../diagrams.html#" + file.getFileName() : null;
    Page page = PageReader.read(OVERVIEW, """
        # F

        The [roles](diagrams/roles.puml), [a write](../shared/write.puml#ignored),
        [an election][election], [a picture](img/roles.png), [a page](guide/intro.md) and [the site](https://example.com/x.puml).

        [election]: /arch-docs/diagrams/election.puml
        """).page();

    Document html = Jsoup.parse(renderer.render(page, KNOWN_TYPES, diagramFiles).html());

    assertEquals("../diagrams.html#roles.puml", html.select("a:contains(roles)").attr("href"));
    assertEquals("../diagrams.html#write.puml", html.select("a:contains(a write)").attr("href"));
    assertEquals("../diagrams.html#election.puml", html.select("a:contains(an election)").attr("href"));
    assertEquals("img/roles.png", html.select("a:contains(a picture)").attr("href"), "a file the caller does not place stays");
    assertEquals("guide/intro.html", html.select("a:contains(a page)").attr("href"));
    assertEquals("https://example.com/x.puml", html.select("a:contains(the site)").attr("href"));
  }

  @Test
  @DisplayName("without a place for files, a link to a diagram file stays as written")
  void fileLinksStayWithoutAPlace() {
    Page page = PageReader.read(OVERVIEW, "# F\n\nThe [roles](diagrams/roles.puml).\n").page();

    Document html = Jsoup.parse(renderer.render(page, KNOWN_TYPES).html());

    assertEquals("diagrams/roles.puml", html.select("a:contains(roles)").attr("href"));
  }

  @Test
  @DisplayName("reference-style links are read and rewritten like inline ones")
  void referenceLinks() {
    Page page = PageReader.read(OVERVIEW, """
        # R

        The [core][core], a [gone][gone] one and [the decision][adr].

        [core]: code:com.example.Core
        [gone]: code:org.gone.Thing
        [adr]: decisions/0003-x.md
        """).page();
    Document html = Jsoup.parse(renderer.render(page, KNOWN_TYPES).html());

    assertEquals(List.of("com.example.Core", "org.gone.Thing"), page.codeRefs().stream().map(CodeRef::target).toList());
    assertEquals(3, page.codeRefs().get(0).line());
    assertEquals("code/com.example.Core.html", html.select("a:contains(core)").attr("href"));
    assertEquals("decisions/0003-x.html", html.select("a:contains(the decision)").attr("href"));
    assertTrue(html.select("a:contains(gone)").isEmpty());
  }

  @Test
  @DisplayName("GitHub tables, strikethrough and front matter render as HTML, front matter hidden")
  void tablesRender() {
    Document html = Jsoup.parse(renderer.render(PageReader.read(OVERVIEW, PAGE).page(), KNOWN_TYPES).html());

    assertEquals(List.of("step", "where"), html.select("table thead th").eachText());
    assertEquals(List.of("accept", "Api"), html.select("table tbody td").eachText());
    assertEquals("old", html.select("del").text());
    assertFalse(html.text().contains("title: How raft-kv works"));
  }

  @Test
  @DisplayName("malformed front matter is a doc-syntax finding at its line, and the page is still read")
  void malformedFrontMatter() {
    PageRead read = PageReader.read(OVERVIEW, "---\ntitle: ok\ntags: [unclosed\n---\n# Still read\n");

    assertEquals(1, read.findings().size(), read.findings()::toString);
    Finding f = read.findings().get(0);
    assertEquals("doc-syntax", f.rule());
    assertTrue(f.line() >= 3 && f.line() <= 4, f::toString);
    assertEquals("Still read", read.page().title());
  }

  @Test
  @DisplayName("front matter with no closing line is a doc-syntax error at its first line")
  void unclosedFrontMatter() {
    PageRead read = PageReader.read(OVERVIEW, "---\ntitle: never closed\n\n# Still read\n", 12);

    assertEquals(1, read.findings().size(), read.findings()::toString);
    Finding f = read.findings().get(0);
    assertEquals("doc-syntax", f.rule());
    assertEquals(12, f.line());
    assertTrue(f.message().contains("no closing '---' line"), f::toString);
  }

  @Test
  @DisplayName("a front-matter key given twice is an error at the second, and the first value is read, as for ADRs")
  void frontMatterKeyTwice() {
    PageRead read = PageReader.read(OVERVIEW, "---\ntitle: First\ntags: [a]\ntitle: Second\n---\ntext\n");

    assertEquals(1, read.findings().size(), read.findings()::toString);
    assertEquals(4, read.findings().get(0).line());
    assertTrue(read.findings().get(0).message().contains("'title' is given twice (first on line 2)"),
        read.findings()::toString);
    assertEquals("First", read.page().title());
    assertEquals(List.of("a"), read.page().metadata().get("tags"));
  }

  @Test
  @DisplayName("an ADR body read from line 12 reports lines of the whole file")
  void bodyOffset() {
    Page page = PageReader.read(Path.of("arch-docs/decisions/0007-x.md"),
        "## Context\n\nSee [core](code:com.example.Core).\n", 12).page();

    assertEquals(14, page.codeRefs().get(0).line());
    assertEquals(12, page.headings().get(0).line());
  }

  @Test
  @DisplayName("a fenced plantuml block renders as inline SVG; its syntax error is found at the page line")
  void fencedDiagram() {
    String text = "# D\n\n".repeat(9) + "```plantuml\nAlice -> Bob : [[code:com.example.Api]] hi\nthis is not plantuml (((\n```\n";
    Page page = PageReader.read(OVERVIEW, text).page();

    RenderedPage rendered = renderer.render(page, KNOWN_TYPES);

    assertEquals(19, page.diagrams().get(0).firstLine() - 1, "the fence is on line 19");
    assertEquals(List.of(21), rendered.findings().stream().map(Finding::line).toList());
    assertEquals("broken-link", rendered.findings().get(0).rule());
    assertEquals(1, Jsoup.parse(rendered.html()).select("figure.diagram svg").size());
  }

  @Test
  @DisplayName("a good fenced diagram has its code links rewritten")
  void fencedDiagramLinks() {
    Page page = PageReader.read(OVERVIEW, "# D\n\n```plantuml\nclass Api [[code:com.example.Api]]\n```\n").page();

    RenderedPage rendered = renderer.render(page, KNOWN_TYPES);

    assertTrue(rendered.findings().isEmpty(), rendered.findings()::toString);
    assertTrue(rendered.html().contains("href=\"code/com.example.Api.html\""));
    assertEquals(4, page.diagrams().get(0).codeRefs().get(0).line());
  }

  @Test
  @DisplayName("a fenced include shows the tagged region without its tag lines")
  void markdownSnippet() throws IOException {
    write("src/main/java/x/RaftCore.java", """
        class RaftCore {
            // tag::step[]
            Ready step(Message m) {
                return ready;
            }
            // end::step[]
            // tag::other[]
            void other() {}
            // end::other[]
        }
        """);
    Page page = PageReader.read(OVERVIEW,
        "# S\n\n```java include=\"/src/main/java/x/RaftCore.java\" tag=\"step\"\n```\n").page();

    RenderedPage rendered = renderer.render(page, KNOWN_TYPES);

    assertTrue(rendered.findings().isEmpty(), rendered.findings()::toString);
    assertEquals("Ready step(Message m) {\n    return ready;\n}\n",
        Jsoup.parse(rendered.html()).select("pre.snippet code.language-java").first().wholeText());
    assertEquals(List.of(new SnippetInclude(OVERVIEW, 3, "/src/main/java/x/RaftCore.java",
        Path.of("src/main/java/x/RaftCore.java"), List.of("step"))), page.snippets());
  }

  @Test
  @DisplayName("a missing tag or file is a snippet-drift finding at the include's line, also from check")
  void missingSnippet() throws IOException {
    write("src/Core.java", "// tag::a[]\nint a;\n// end::a[]\n");
    Page page = PageReader.read(OVERVIEW, """
        # S

        ```java include="../src/Core.java" tag="gone"
        ```

        ```java include="../src/Missing.java"
        ```
        """).page();

    List<Finding> rendered = renderer.render(page, KNOWN_TYPES).findings();
    List<Finding> checked = new Snippets(new ProjectFiles(project)).check(page);

    assertEquals(List.of("snippet-drift@3", "snippet-drift@6"),
        rendered.stream().map(f -> f.rule() + "@" + f.line()).toList());
    assertEquals(rendered, checked);
    assertTrue(rendered.get(0).message().contains("tag 'gone' not found"));
  }

  @Test
  @DisplayName("a snippet or link that climbs out of the project root is refused when read")
  void escapesRefused() {
    PageRead read = PageReader.read(OVERVIEW,
        "# S\n\n[secret](../../etc/passwd)\n\n```java include=\"../../etc/passwd\"\n```\n");

    assertEquals(List.of("broken-link@3", "snippet-drift@5"),
        read.findings().stream().map(f -> f.rule() + "@" + f.line()).toList());
    assertTrue(read.page().snippets().isEmpty());
  }
}
