package dev.archdoc.core.finding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The drift rules of PRODUCT.md, by the ids users write in {@code archdoc.yml} ({@code rules:})
 * and read in every finding. The ids are a contract: scripts filter on them.
 */
public enum DriftRule {
  UNRESOLVED_CODE_REF("unresolved-code-ref"),
  UNKNOWN_DECISION("unknown-decision"),
  RETIRED_DECISION("retired-decision"),
  LAYER_VIOLATION("layer-violation"),
  DIAGRAM_DRIFT("diagram-drift"),
  STALE_REFERENCE("stale-reference"),
  ADR_INTEGRITY("adr-integrity"),
  BROKEN_LINK("broken-link"),
  SNIPPET_DRIFT("snippet-drift"),
  /**
   * An ADR states no status. MADR makes the status optional, so this is a hint by default
   * ({@link Severity#INFO}); {@code rules: {adr-status: warning}} raises it.
   */
  ADR_STATUS("adr-status", true);

  private final String id;
  private final boolean hintByDefault;

  DriftRule(String id) {
    this(id, false);
  }

  DriftRule(String id, boolean hintByDefault) {
    this.id = id;
    this.hintByDefault = hintByDefault;
  }

  /**
   * Whether the rule reports hints ({@link Severity#INFO}) unless {@code rules:} names a level
   * for it; for the other rules a hint stays a hint at any level.
   */
  public boolean hintByDefault() {
    return hintByDefault;
  }

  /** The id as written in findings and in {@code archdoc.yml}, e.g. {@code adr-integrity}. */
  public String id() {
    return id;
  }

  public static Optional<DriftRule> byId(String id) {
    return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(DriftRule::id).toList();
  }
}
