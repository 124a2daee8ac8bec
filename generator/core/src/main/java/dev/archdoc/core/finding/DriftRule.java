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
  /** A file too large or nested too deeply to read: left out, the rest of the project is read. */
  INPUT_LIMIT("input-limit"),
  /** A symbolic link or include that leads outside the project root or into {@code .git/}: not read. */
  OUTSIDE_PROJECT("outside-project"),
  /** Raw HTML, a passthrough or a link in content that could run script: removed from the site. */
  UNSAFE_CONTENT("unsafe-content");

  private final String id;

  DriftRule(String id) {
    this.id = id;
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
