package dev.archdoc.core.render;

import dev.archdoc.core.diagram.DiagramRenderer;
import dev.archdoc.core.docs.page.FileUrls;
import dev.archdoc.core.docs.page.LinkTargets;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.docs.page.Snippets;
import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.diagram.RenderedDiagram;
import dev.archdoc.core.docs.ref.CodeUrls;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.safety.SafeHtml;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
  /** The SVG of each diagram placeholder in this render's HTML, by its key. */
  final Map<String, String> figures = new LinkedHashMap<>();
  /** Unguessable, so content cannot write a placeholder that is filled. */
  private final String nonce = HexFormat.of().formatHex(nextBytes());

  private static final SecureRandom RANDOM = new SecureRandom();

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

  /**
   * A diagram as a figure: a placeholder the page's cleaning fills with the inline SVG (see
   * {@link SafeHtml#figure}); its findings join the page's.
   */
  String diagramFigure(DiagramSource source, String caption) {
    RenderedDiagram rendered = diagrams.render(source, codeUrls);
    findings.addAll(rendered.findings());
    String key = nonce + "-" + figures.size();
    figures.put(key, rendered.svg());
    return SafeHtml.figure(key, caption);
  }

  private static byte[] nextBytes() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
