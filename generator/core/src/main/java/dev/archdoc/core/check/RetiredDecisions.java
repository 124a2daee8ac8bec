package dev.archdoc.core.check;

import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.adr.AdrId;
import dev.archdoc.core.docs.adr.DecisionGraph;
import dev.archdoc.core.docs.adr.StatusKind;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.link.Citation;
import dev.archdoc.core.pipeline.SystemModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Rule {@code retired-decision}: code cites, with {@code @Decision}, an ADR that no longer holds
 * (superseded, deprecated or rejected). The message names the ADR that replaced it, when one did,
 * so the fix is one edit.
 */
final class RetiredDecisions {

  private static final String RULE = DriftRule.RETIRED_DECISION.id();

  private RetiredDecisions() {}

  static List<Finding> check(SystemModel system) {
    DecisionGraph graph = system.docs().decisions().graph();
    List<Finding> findings = new ArrayList<>();
    for (Citation citation : system.links().citations()) {
      Optional<Adr> cited = citation.adr().flatMap(graph::adr);
      if (cited.isEmpty()) {
        continue; // unknown-decision, reported by the linker
      }
      AdrId id = cited.get().id();
      StatusKind status = cited.get().status().kind();
      if (!graph.isSuperseded(id) && !status.isRetired()) {
        continue;
      }
      findings.add(Finding.error(RULE, citation.file(), citation.line(), message(graph, citation, cited.get())));
    }
    return findings;
  }

  private static String message(DecisionGraph graph, Citation citation, Adr cited) {
    String head = "@Decision(\"" + citation.written() + "\") on '" + citation.element() + "' cites "
        + cited.displayId() + " (" + cited.title() + "), which is ";
    Optional<Adr> replacement = graph.currentReplacement(cited.id());
    if (graph.isSuperseded(cited.id())) {
      return head + replacement
          .map(next -> "superseded by " + next.displayId() + " (" + next.title() + "); cite " + next.displayId()
              + " if the code follows it, or change the code")
          .orElse("superseded; cite the decision that replaced it, or change the code");
    }
    return head + cited.status().kind().name().toLowerCase(Locale.ROOT)
        + "; remove the citation, or change the code to follow a decision that holds";
  }
}
