package dev.archdoc.core.render;

import dev.archdoc.core.diagram.DiagramRenderer;
import dev.archdoc.core.docs.page.FileUrls;
import dev.archdoc.core.docs.page.LinkTargets;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.docs.page.PageReader;
import dev.archdoc.core.docs.page.Snippets;
import dev.archdoc.core.docs.ref.CodeUrls;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.annotations.Decision;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.safety.InputLimits;
import dev.archdoc.core.safety.SafeHtml;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Renders pages to HTML body fragments, Markdown with flexmark and AsciiDoc with AsciidoctorJ,
 * both through the one {@link DiagramRenderer} and the one {@link Snippets} reader.
 *
 * <p>Links: {@code code:} references become whatever the caller's {@link CodeUrls} says (plain
 * text when it says null); a link to a {@code .md}/{@code .adoc} file becomes a link to the built
 * page, {@link #htmlPathOf the same relative path with .html} ({@code xref:} does this natively in
 * AsciiDoc; a {@code link:} to a {@code .md} file from AsciiDoc is left as written); a link to any
 * other file of the project (a {@code .puml} diagram file) becomes whatever the caller's {@link
 * FileUrls} says, in both formats, and stays as written when it says null. Headings carry the ids
 * {@link PageReader} reports.
 *
 * <p>Thread-safe; Markdown and AsciiDoc renders both run in parallel. Bad input
 * never throws: it comes back as findings. Close it to shut AsciidoctorJ down.
 */
public final class PageRenderer implements AutoCloseable {

  /**
   * How a Mermaid block starts in a rendered page: its source as escaped text, which the theme's
   * own Mermaid replaces with a drawing in the reader's browser. The layout loads Mermaid only on a
   * page that holds one (ADR 30).
   */
  public static final String MERMAID_OPEN = "<pre class=\"mermaid\">";

  private final DiagramRenderer diagrams;
  private final Snippets snippets;
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final AsciiDocEngine asciiDoc;

  public PageRenderer(ProjectFiles files, DiagramRenderer diagrams) {
    this.diagrams = Objects.requireNonNull(diagrams, "diagrams");
    this.snippets = new Snippets(files);
    this.asciiDoc = new AsciiDocEngine(files.root());
  }

  /**
   * Starts AsciidoctorJ (about 4 s) on a background thread now, so it is ready when the first
   * AsciiDoc page is rendered; call it as soon as the project is known to have AsciiDoc. Without
   * this call it starts on the first AsciiDoc render.
   *
   * @return completes with the start-up time once the engine is ready
   */
  public CompletableFuture<Duration> warmUpAsciiDoc() {
    return asciiDoc.warmUpAsync();
  }

  /** Renders with every link to a non-page file kept as written: for previews and tests. */
  public RenderedPage render(Page page, CodeUrls codeUrls) {
    return render(page, codeUrls, FileUrls.AS_WRITTEN);
  }

  /**
   * @param page a page from {@link PageReader}
   * @param codeUrls where code references point from this page
   * @param fileUrls where links to project files that are not pages point from this page
   */
  @Decision(value = "ADR-16", note = "every page's HTML is cleaned here, once, diagrams put back after")
  public RenderedPage render(Page page, CodeUrls codeUrls, FileUrls fileUrls) {
    RenderScope scope = new RenderScope(page, codeUrls, fileUrls, diagrams, snippets);
    RenderedPage rendered;
    try {
      rendered = switch (page.format()) {
        case MARKDOWN -> markdown.render(scope);
        case ASCIIDOC -> asciiDoc.render(scope);
      };
    } catch (StackOverflowError e) {
      List<Finding> findings = new ArrayList<>(scope.findings);
      findings.add(InputLimits.tooDeep(page.file(), 0));
      return new RenderedPage("", findings);
    } catch (RuntimeException e) {
      // a library failing on some input is still a problem in that page, not a crash of the build
      List<Finding> findings = new ArrayList<>(scope.findings);
      findings.add(Finding.error(PageReader.SYNTAX_RULE, page.file(), 0,
          "page could not be rendered: " + e.getClass().getSimpleName()));
      return new RenderedPage("", findings);
    }
    SafeHtml.Cleaned cleaned = SafeHtml.clean(rendered.html(), scope.figures);
    if (cleaned.removed().isEmpty()) {
      return new RenderedPage(cleaned.html(), rendered.findings());
    }
    List<Finding> findings = new ArrayList<>(rendered.findings());
    findings.add(Finding.warning(DriftRule.UNSAFE_CONTENT.id(), page.file(), lineOf(page, cleaned.removed()),
        "removed from the site, as it could run script or is not allowed in content: "
            + String.join(", ", cleaned.removed().stream().limit(8).toList())
            + "; see SECURITY.md for the HTML that is kept"));
    return new RenderedPage(cleaned.html(), findings);
  }

  /** The first line of the page's source that mentions what was removed, or the page's first line. */
  private static int lineOf(Page page, List<String> removed) {
    List<String> lines = page.source().lines().toList();
    for (String what : removed) {
      String needle = what.replaceAll("[<>]", "").replaceAll("=.*", "").toLowerCase(java.util.Locale.ROOT);
      if (needle.isEmpty()) {
        continue;
      }
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).toLowerCase(java.util.Locale.ROOT).contains(needle)) {
          return page.firstLine() + i;
        }
      }
    }
    return page.firstLine();
  }

  /**
   * The site path of a doc's built page: the same relative path with {@code .html} instead of
   * {@code .md}/{@code .markdown}/{@code .adoc}/{@code .asciidoc}. The site writer uses it to name
   * pages, the renderers to rewrite links, so the two agree.
   */
  public static Path htmlPathOf(Path docPath) {
    String name = docPath.getFileName().toString();
    Path parent = docPath.getParent();
    String html = LinkTargets.htmlName(name);
    return parent == null ? Path.of(html) : parent.resolve(html);
  }

  @Override
  public void close() {
    asciiDoc.close();
  }
}
