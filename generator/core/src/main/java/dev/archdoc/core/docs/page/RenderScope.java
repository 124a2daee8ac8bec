package dev.archdoc.core.docs.page;

import dev.archdoc.core.diagram.DiagramRenderer;
import dev.archdoc.core.diagram.DiagramSource;
import dev.archdoc.core.diagram.RenderedDiagram;
import dev.archdoc.core.docs.ref.CodeUrls;
import dev.archdoc.core.finding.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * What one page render needs and collects: the page, where code links and links to other files
 * go, the shared diagram renderer and snippet reader, and the findings made on the way. Created
 * per render, so renders share no mutable state.
 */
final class RenderScope {

  final Page page;
  final CodeUrls codeUrls;
  final FileUrls fileUrls;
  final DiagramRenderer diagrams;
  final Snippets snippets;
  final List<Finding> findings = new ArrayList<>();

  RenderScope(Page page, CodeUrls codeUrls, FileUrls fileUrls, DiagramRenderer diagrams, Snippets snippets) {
    this.page = page;
    this.codeUrls = codeUrls;
    this.fileUrls = fileUrls;
    this.diagrams = diagrams;
    this.snippets = snippets;
  }

  /** A link target as the site shows it (see {@link LinkTargets#onSite}). */
  String onSite(String target) {
    return LinkTargets.onSite(page.file(), target, fileUrls);
  }

  /** A diagram as a figure with inline SVG; its findings join the page's. */
  String diagramFigure(DiagramSource source, String caption) {
    RenderedDiagram rendered = diagrams.render(source, codeUrls);
    findings.addAll(rendered.findings());
    String figcaption = caption == null || caption.isBlank()
        ? ""
        : "<figcaption>" + caption + "</figcaption>";
    return "<figure class=\"diagram\">" + rendered.svg() + figcaption + "</figure>";
  }
}
