package dev.archdoc.core.docs.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.core.diagram.DiagramRenderer;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.render.InlineMarkdown;
import dev.archdoc.core.render.PageRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown as GitHub and Jekyll show it: one fixture folder per reading rule under src/test/resources/pages/. */
@DisplayName("Markdown as teams write it for GitHub and Jekyll")
class MarkdownAsTeamsWriteItTest {

  @TempDir Path project;
  @TempDir Path cache;

  private static final Path FILE = Path.of("docs/page.md");

  private static String fixture(String folder) throws IOException {
    try (InputStream in = Objects.requireNonNull(
        MarkdownAsTeamsWriteItTest.class.getResourceAsStream("/pages/" + folder + "/page.md"), folder)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Document render(PageRead read) {
    PageRenderer renderer = new PageRenderer(new ProjectFiles(project), new DiagramRenderer(new ProjectFiles(project), cache));
    return Jsoup.parseBodyFragment(renderer.render(read.page(), target -> null).html());
  }

  @Test
  @DisplayName("GitHub alerts (> [!NOTE]) are callouts with their marker taken out")
  void alerts() throws IOException {
    Document html = render(PageReader.read(FILE, fixture("alerts")));
    assertEquals(List.of("callout callout-note", "callout callout-warning", ""),
        html.select("blockquote").eachAttr("class").isEmpty() ? List.of() : html.select("blockquote").stream()
            .map(quote -> quote.className()).toList());
    assertEquals("Useful information.", html.select("blockquote.callout-note").text());
    assertFalse(html.text().contains("[!"), html.html());
  }

  @Test
  @DisplayName("kramdown attribute lines ({: .note }) put callout classes on their block and never show")
  void kramdownAttributes() throws IOException {
    Document html = render(PageReader.read(FILE, fixture("kramdown-attributes")));
    assertEquals("callout callout-note", html.select("p:contains(A note before)").attr("class"));
    assertEquals("callout callout-important", html.select("p:contains(its attribute after)").attr("class"));
    assertEquals("callout callout-note callout-titled", html.select("blockquote").attr("class"));
    assertEquals("", html.select("p:contains(Nothing to keep)").attr("class"));
    assertTrue(html.select("[style], #an-id").isEmpty(), html.html());
    assertFalse(html.text().contains("{:"), html.html());
  }

  @Test
  @DisplayName("Liquid tags are left out, not run, with one info finding; raw keeps its text; lines keep their numbers")
  void liquidTags() throws IOException {
    PageRead read = PageReader.read(FILE, fixture("liquid-tags"));
    assertEquals(List.of("docs/page.md:3: info: Jekyll's Liquid tags ({% include %}, {% figure %}, {% endfigure %}) are"
        + " left out of the site, not run; what they would add is missing [doc-syntax]"),
        read.findings().stream().map(Finding::toString).toList());
    Document html = render(read);
    assertFalse(html.text().contains("{%  include") || html.text().contains("include toc") || html.text().contains("Hidden"),
        html.html());
    assertTrue(html.text().contains("Keep {{ this }} and {% that %} as written."), html.html());
    assertEquals("picture.png", html.select("img").attr("src"));
    assertEquals(fixture("liquid-tags").lines().count(), read.page().source().lines().count());
  }

  @Test
  @DisplayName("an ADR title's inline code and emphasis are HTML; anything else in it is text")
  void inlineTitle() {
    assertEquals("Use <code>BibEntry.getId</code> for <em>indexing</em>", InlineMarkdown.html("Use `BibEntry.getId` for *indexing*"));
    assertEquals("Use BibEntry.getId for indexing", InlineMarkdown.text("Use `BibEntry.getId` for *indexing*"));
    assertEquals("Use &lt;b&gt; and link", InlineMarkdown.html("Use <b> and [link](javascript:alert(1))"));
    assertEquals("Use `#` as indicator", InlineMarkdown.text("Use \\`#\\` as indicator"));
    assertEquals("Plain &amp; simple", InlineMarkdown.html("Plain & simple"));
  }

  @Test
  @DisplayName("heading ids are GitHub's, so #anchors written for github.com resolve")
  void githubHeadingIds() throws IOException {
    PageRead read = PageReader.read(FILE, fixture("github-heading-ids"));
    assertEquals(List.of("heading-ids", "use-public-final-instead-of-getters", "snake_case-and-kebab-case-really-fine",
        "größe--maße", "pros-and-cons", "pros-and-cons-1"),
        read.page().headings().stream().map(Heading::id).toList());
    Document html = render(read);
    assertEquals(read.page().headings().stream().map(Heading::id).toList(),
        html.select("h1, h2").eachAttr("id"));
  }

  @Test
  @DisplayName("footnotes are numbered references to notes at the end, each leading back to its reference")
  void footnotes() throws IOException {
    Document html = render(PageReader.read(FILE, fixture("footnotes")));
    assertEquals(2, html.select("sup a[href^=#fn]").size(), html.html());
    for (String href : html.select("sup a[href^=#fn]").eachAttr("href")) {
      assertEquals(1, html.select("[id=" + href.substring(1) + "]").size(), href);
    }
    assertTrue(html.select("li").text().contains("Where it comes from."), html.html());
    assertFalse(html.text().contains("[^"), html.html());
  }

  @Test
  @DisplayName("a ```mermaid block is its source as escaped text in <pre class=mermaid>, for the theme's Mermaid to draw")
  void mermaid() throws IOException {
    PageRead read = PageReader.read(FILE, fixture("mermaid"));
    String raw = new PageRenderer(new ProjectFiles(project), new DiagramRenderer(new ProjectFiles(project), cache))
        .render(read.page(), target -> null).html();
    assertEquals(2, raw.split(java.util.regex.Pattern.quote(PageRenderer.MERMAID_OPEN), -1).length - 1, raw);
    Document html = Jsoup.parseBodyFragment(raw);
    assertEquals(List.of("graph LR\n  A[Reader <b>bold</b>] --> B{\"x < y & z\"}\n",
        "graph TD\n  A</pre><script>alert(1)</script> --> B\n"), html.select("pre.mermaid").eachText().isEmpty()
        ? List.of() : html.select("pre.mermaid").stream().map(pre -> pre.wholeText()).toList());
    assertTrue(html.select("script, pre.mermaid *").isEmpty(), raw);
    assertEquals("class NotADiagram {}", html.select("pre:not(.mermaid) code").text());
  }
}
