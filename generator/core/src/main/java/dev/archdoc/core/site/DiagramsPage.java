package dev.archdoc.core.site;

import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.diagram.RenderedDiagram;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.diagram.generated.GeneratedDiagrams;
import dev.archdoc.core.pipeline.SystemModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every diagram of a system on one page: the hand-drawn ones, each at the id {@link DiagramAnchors}
 * gives it (where links to its file lead), then the generated ones, drawn once for this page and
 * the code and decision pages that show them too ({@link Rendering#sharedDiagram}).
 */
final class DiagramsPage {

  private DiagramsPage() {}

  static SitePage page(Rendering r, SystemModel system) {
    String path = r.map.diagrams(system.config());
    List<Map<String, Object>> diagrams = new ArrayList<>();
    List<Finding> found = new ArrayList<>();
    DiagramAnchors anchors = r.diagramAnchors(system);
    for (DiagramSource source : system.docs().diagrams()) {
      String file = SiteMap.slashes(source.file());
      String name = source.file().getFileName().toString();
      String title = name.substring(0, name.lastIndexOf('.')).replace('-', ' ');
      diagrams.add(diagram(anchors.of(source), title, file + (source.firstLine() > 1 ? ", line " + source.firstLine() : ""),
          svg(r.diagram(system, source, path), found)));
    }
    if (!system.config().layers().isEmpty()) {
      diagrams.add(diagram("layers", "Layers", "generated from the code and archdoc.yml's layers",
          svg(r.sharedDiagram(system, from -> GeneratedDiagrams.layers(system.config(), system.code()), path), found)));
    }
    diagrams.add(diagram("packages", "Packages", "generated from the code",
        svg(r.sharedDiagram(system, from -> GeneratedDiagrams.packages(system.code()), path), found)));
    if (!system.docs().decisions().adrs().isEmpty()) {
      diagrams.add(diagram("decisions", "Decisions", "generated from the ADRs",
          svg(r.sharedDiagram(system, from -> GeneratedDiagrams.decisions(system.docs().decisions().graph(), id -> {
            var adr = r.adr(system, id);
            return adr == null ? null : SiteMap.relative(from, r.map.doc(system.config(), adr.file()));
          }), path), found)));
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("systemTitle", system.config().title());
    c.put("folder", SiteMap.slashes(system.config().docs()) + "/");
    c.put("diagrams", diagrams);
    return SitePage.of(path, "Diagrams", system.name(), r.theme.render("diagrams", c)).withFindings(found);
  }

  /** The drawing's SVG; what drawing it found goes to {@code found}, the page's own list. */
  private static String svg(RenderedDiagram drawn, List<Finding> found) {
    found.addAll(drawn.findings());
    return drawn.svg();
  }

  private static Map<String, Object> diagram(String id, String title, String origin, String svg) {
    return Map.of("id", id, "title", title, "origin", origin, "svg", svg);
  }
}
