package dev.archdoc.core.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DriftRuleTest {

  @Test
  @DisplayName("the rule ids are those of the product brief's drift rules table, then archdoc's own")
  void idsAreTheContract() {
    assertEquals(List.of("unresolved-code-ref", "unknown-decision", "retired-decision", "layer-violation",
        "diagram-drift", "stale-reference", "adr-integrity", "broken-link", "snippet-drift",
        "adr-status"), DriftRule.ids());
    assertEquals(DriftRule.ADR_INTEGRITY, DriftRule.byId("adr-integrity").orElseThrow());
    assertTrue(DriftRule.byId("adr_integrity").isEmpty());
  }
}
