package dev.archdoc.core.docs.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.core.diagram.DiagramRenderer;
import dev.archdoc.core.docs.ref.CodeUrls;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import dev.archdoc.core.render.PageRenderer;
import dev.archdoc.core.render.RenderedPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything that needs AsciidoctorJ, in one class around one renderer: the engine takes seconds
 * to start, so it starts once, in the background, while the first test prepares its files.
 */
class AsciiDocPageTest {

  @TempDir static Path project;
  @TempDir static Path cache;
  private static DiagramRenderer diagrams;
  private static PageRenderer renderer;
  private static Duration startUp;

  private static final Path GUIDE = Path.of("arch-docs/guide.adoc");
  private static final CodeUrls KNOWN_TYPES = target ->
      target.startsWith("com.example.") ? "code/" + target.replace('#', '-') + ".html" : null;

  @BeforeAll
  static void startEngine() throws Exception {
    diagrams = new DiagramRenderer(new ProjectFiles(project), cache);
    renderer = new PageRenderer(new ProjectFiles(project), diagrams);
    var warmUp = renderer.warmUpAsciiDoc();
    write("sample/src/main/java/x/RaftCore.java", """
        class RaftCore {
          // tag::step[]
          Ready step(Message m) {
            return ready;
          }
          // end::step[]
        }
        """);
    startUp = warmUp.get(60, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stopEngine() {
    renderer.close();
  }

  private static void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static RenderedPage render(String text) {
    return renderer.render(PageReader.read(GUIDE, text).page(), KNOWN_TYPES);
  }

  @Test
  @DisplayName("the engine starts once in the background and reports how long it took")
  void warmUpIsOnceAndTimed() {
    assertTrue(startUp.toMillis() > 0);
    assertTrue(renderer.warmUpAsciiDoc().isDone(), "a second warm-up returns the same, finished handle");
  }

  @Test
  @DisplayName("code:a.B#m(a.C,long)[text] becomes a link to the element's page; an unknown one is plain text")
  void codeMacroLinks() {
    RenderedPage page = render("""
        = Guide

        The code:com.example.B#m(com.example.C,long)[step function] and code:org.gone.X[gone]
        and code:com.example.D["a, b"].
        """);
    Document html = Jsoup.parse(page.html());

    assertEquals("code/com.example.B-m(com.example.C,long).html", html.select("a:contains(step function)").attr("href"));
    assertEquals("a, b", html.select("a[href=code/com.example.D.html]").text());
    assertEquals("gone", html.select("span.unresolved-code-ref").text());
    assertTrue(html.select("a[href^=code:]").isEmpty());
    assertTrue(page.findings().isEmpty(), page.findings()::toString);
  }

  @Test
  @DisplayName("a [plantuml] block renders through the shared diagram renderer, its links rewritten")
  void plantumlBlock() {
    int before = diagrams.plantUmlRuns();
    RenderedPage page = render("""
        = Guide

        .The roles
        [plantuml]
        ----
        class RaftCore [[code:com.example.RaftCore]]
        ----
        """);
    Document html = Jsoup.parse(page.html());

    assertTrue(page.findings().isEmpty(), page.findings()::toString);
    assertEquals(1, html.select("figure.diagram > svg").size());
    assertEquals("The roles", html.select("figure.diagram figcaption").text());
    assertTrue(page.html().contains("href=\"code/com.example.RaftCore.html\""));
    assertEquals(before + 1, diagrams.plantUmlRuns(), "the shared renderer drew it");
  }

  @Test
  @DisplayName("a [mermaid] block is its source as escaped text in <pre class=mermaid>, as in Markdown")
  void mermaidBlock() {
    RenderedPage page = render("""
        = Guide

        [mermaid]
        ----
        graph LR
          A["<img src=x onerror=alert(1)>"] --> B
        ----
        """);
    Document html = Jsoup.parse(page.html());

    assertTrue(page.findings().isEmpty(), page.findings()::toString);
    assertEquals(1, html.select("pre.mermaid").size(), page.html());
    assertEquals("graph LR\n  A[\"<img src=x onerror=alert(1)>\"] --> B\n", html.select("pre.mermaid").first().wholeText());
    assertTrue(html.select("pre.mermaid *, img").isEmpty(), page.html());
  }

  @Test
  @DisplayName("a diagram error in an AsciiDoc page is found at the page line")
  void plantumlErrorLine() {
    RenderedPage page = render("= Guide\n\n== A\n\n[plantuml]\n----\nA -> B\nthis is not plantuml (((\n----\n");

    assertEquals(List.of("broken-link@8"), page.findings().stream().map(f -> f.rule() + "@" + f.line()).toList());
  }

  @Test
  @DisplayName("include::...[tag=step] shows the tagged region without its tag lines")
  void taggedInclude() {
    RenderedPage page = render("""
        = Guide

        [source,java]
        ----
        include::../sample/src/main/java/x/RaftCore.java[tag=step]
        ----

        [source,java]
        ----
        include::{projectdir}/sample/src/main/java/x/RaftCore.java[tag=step]
        ----
        """);
    List<String> listings = Jsoup.parse(page.html()).select("pre code").eachText();

    assertTrue(page.findings().isEmpty(), page.findings()::toString);
    assertEquals(2, listings.size());
    for (String listing : listings) {
      assertTrue(listing.startsWith("Ready step(Message m) {"), listing);
      assertTrue(!listing.contains("tag::") && !listing.contains("end::"), listing);
    }
  }

  @Test
  @DisplayName("a missing tag or file is a snippet-drift finding at the include's line; outside the root is refused")
  void brokenIncludes() {
    RenderedPage page = render("""
        = Guide

        include::../sample/src/main/java/x/RaftCore.java[tag=gone]

        include::../sample/Missing.java[]

        include::../../../etc/hostname[]
        """);

    assertEquals(List.of("snippet-drift@3", "snippet-drift@5", "snippet-drift@7"),
        page.findings().stream().map(f -> f.rule() + "@" + f.line()).toList());
    assertTrue(page.findings().get(2).message().contains("leaves the project root"));
  }

  @Test
  @DisplayName("an unknown attribute and an unterminated block are doc-syntax warnings at their lines")
  void asciidoctorWarnings() {
    RenderedPage page = render("= Guide\n\nSome {no-such-attribute} here.\n\n----\nnever closed\n");

    assertEquals(List.of("doc-syntax@3", "doc-syntax@5"),
        page.findings().stream().sorted().map(f -> f.rule() + "@" + f.line()).toList());
    assertTrue(page.findings().stream().allMatch(f -> f.severity() == Severity.WARNING));
  }

  @Test
  @DisplayName("pages rendered at the same time each get their own warnings, lines and code links")
  void concurrentRendersKeepTheirOwnPage() throws Exception {
    int pages = 24;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<RenderedPage>> rendered = new ArrayList<>();
      for (int i = 0; i < pages; i++) {
        Path file = Path.of("arch-docs/page-" + i + ".adoc");
        // page i names attribute i and type i on line 3 + i
        String text = "= Page " + i + "\n\n" + "\n".repeat(i)
            + "See {missing-" + i + "} and code:com.example.Type" + i + "[type " + i + "].\n";
        rendered.add(pool.submit(() -> renderer.render(PageReader.read(file, text).page(), KNOWN_TYPES)));
      }
      for (int i = 0; i < pages; i++) {
        RenderedPage page = rendered.get(i).get(60, TimeUnit.SECONDS);
        assertEquals(List.of("arch-docs/page-" + i + ".adoc:" + (3 + i)),
            page.findings().stream().map(f -> f.file().toString().replace('\\', '/') + ":" + f.line()).toList());
        assertTrue(page.html().contains("code/com.example.Type" + i + ".html"), page.html());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("an ADR body read from line 10 reports Asciidoctor's warnings at file lines")
  void bodyOffset() {
    Page body = PageReader.read(GUIDE, "== Context\n\nSee {missing}.\n\n----\nopen\n", 10).page();
    List<Finding> findings = renderer.render(body, CodeUrls.NONE).findings();

    assertEquals(List.of(12, 14), findings.stream().sorted().map(Finding::line).toList());
  }

  @Test
  @DisplayName("the section ids the reader reports are the ids Asciidoctor renders")
  void readerIdsMatchAsciidoctor() {
    String text = """
        = Guide

        == Elections & Terms

        == What's *new* in 1.2?

        == The _big_ idea -> next

        [[explicit]]
        == Named

        == Elections & Terms
        """;
    Page page = PageReader.read(GUIDE, text).page();
    Document html = Jsoup.parse(renderer.render(page, CodeUrls.NONE).html());

    List<String> rendered = html.select("h2[id]").eachAttr("id");
    List<String> read = page.headings().stream().filter(h -> h.level() == 2).map(Heading::id).toList();
    assertEquals(rendered, read);
    assertEquals("Guide", html.select("h1").text(), "the title is part of the fragment, as in Markdown");
  }

  @Test
  @DisplayName("xref to another .adoc page points at its built .html page")
  void xrefToHtml() {
    Document html = Jsoup.parse(render("= G\n\nSee xref:decisions/0002-x.adoc#context[the decision].\n").html());

    assertEquals("decisions/0002-x.html#context", html.select("a:contains(the decision)").attr("href"));
  }

  @Test
  @DisplayName("link: and xref: to a file that is not a page point where the caller shows the file; other links are untouched")
  void fileLinksPointWhereTheCallerShowsTheFile() {
    FileUrls diagramFiles = file -> file.toString().endsWith(".puml") ? "../diagrams.html#" + file.getFileName() : null;
    Page page = PageReader.read(GUIDE, """
        = G

        The link:diagrams/roles.puml[roles], the xref:diagrams/write.puml[write],
        link:img/a&b.png[a picture], xref:decisions/0002-x.adoc#context[the decision] and https://example.com/x.puml[the site].
        """).page();

    Document html = Jsoup.parse(renderer.render(page, KNOWN_TYPES, diagramFiles).html());

    assertEquals("../diagrams.html#roles.puml", html.select("a:contains(roles)").attr("href"));
    assertEquals("../diagrams.html#write.puml", html.select("a:contains(write)").attr("href"));
    assertEquals("img/a&b.png", html.select("a:contains(a picture)").attr("href"));
    assertEquals("decisions/0002-x.html#context", html.select("a:contains(the decision)").attr("href"));
    assertEquals("https://example.com/x.puml", html.select("a:contains(the site)").attr("href"));
  }
}
