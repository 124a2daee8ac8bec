package dev.archdoc.core.docs.adr;

import dev.archdoc.core.finding.Finding;
import java.util.List;

/**
 * The decisions of one system as loaded: every ADR that could be read (ordered by id, then file),
 * the graph of their relations, and every finding made reading and checking them (ordered by
 * file and line).
 */
public record Decisions(List<Adr> adrs, DecisionGraph graph, List<Finding> findings) {

  public Decisions {
    adrs = List.copyOf(adrs);
    findings = List.copyOf(findings);
  }
}
