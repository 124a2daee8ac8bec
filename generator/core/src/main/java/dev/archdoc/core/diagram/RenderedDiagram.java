package dev.archdoc.core.diagram;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.safety.SafeSvg;
import java.util.List;
import java.util.Objects;

/**
 * A diagram drawn as an inline {@code <svg>} element, with what went wrong on the way.
 *
 * <p>When the diagram fails to render, {@code svg} is PlantUML's drawing of the error (so the page
 * shows it rather than a blank) and {@code findings} holds a {@code broken-link} error at the
 * file line of the fault.
 *
 * @param svg an {@code <svg>} element ready to inline in HTML
 * @param findings refused includes and render failures, each at a file line
 */
public record RenderedDiagram(String svg, List<Finding> findings) {

  public RenderedDiagram {
    // PlantUML passes some of its source through to the SVG; cleaned here, whichever way it came
    svg = SafeSvg.clean(Objects.requireNonNull(svg, "svg"));
    findings = List.copyOf(findings);
  }

  /** Whether it drew without any finding. */
  public boolean clean() {
    return findings.isEmpty();
  }
}
