package dev.archdoc.core.render;

import dev.archdoc.core.finding.Finding;
import java.util.List;

/**
 * A page as an HTML body fragment (no {@code <html>} or {@code <head>}: the site's templates wrap
 * it), with what went wrong while rendering: diagrams that fail, snippets that drifted, AsciiDoc
 * warnings.
 */
public record RenderedPage(String html, List<Finding> findings) {

  public RenderedPage {
    findings = List.copyOf(findings);
  }
}
