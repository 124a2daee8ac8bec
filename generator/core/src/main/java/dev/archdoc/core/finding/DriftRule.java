package dev.archdoc.core.finding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every rule id a finding can carry: the one registry of them. The drift rules of PRODUCT.md come
 * first, then the ids of problems that are not drift (reading docs, reading code, the
 * configuration). Users write these ids in {@code archdoc.yml} ({@code rules:}) and read them in
 * every finding; they are a contract, scripts filter on them. (The enum is named for the drift
 * rules it began with.)
 *
 * <p><b>Adding a rule id is one line here</b>: a constant with its id, whether {@code rules:} may
 * lower it, its usual severity and what it finds. Then use {@code DriftRule.X.id()} where findings
 * are made (never a string literal: {@code RuleIdsTest} fails on one), and add the row {@code
 * RuleIdsTest} prints to the rules table of the README.
 *
 * <p>A <em>structural</em> rule ({@link #adjustable()} false) reports that archdoc could not read
 * what it must read to check anything (the configuration, the code); lowering it would hide that
 * the check did not run, so {@code rules:} may raise it to {@code error} but not lower it.
 */
@dev.archdoc.annotations.Decision("ADR-18")
public enum DriftRule {
  UNRESOLVED_CODE_REF("unresolved-code-ref", true, "error",
      "a doc, ADR `governs:` or diagram names a package, type or member that does not exist"),
  UNKNOWN_DECISION("unknown-decision", true, "error", "code cites an ADR id that does not exist"),
  RETIRED_DECISION("retired-decision", true, "error",
      "code cites an ADR that is superseded, deprecated or rejected"),
  LAYER_VIOLATION("layer-violation", true, "error; warning or info about its exceptions and baseline",
      "a type depends on a type in a layer it may not use, and no `layer-exceptions:` entry or"
          + " `archdoc.baseline` line allows it; an exception naming no ADR (error); an exception that allows"
          + " nothing, or a baseline line whose violation is gone (warnings)"),
  DIAGRAM_DRIFT("diagram-drift", true, "error",
      "a diagram names code that does not exist, or a checked diagram disagrees with the real dependencies"),
  STALE_REFERENCE("stale-reference", true, "error; info while there is no `archdoc.lock`",
      "a referenced element's signature changed since the last `archdoc accept`"),
  ADR_INTEGRITY("adr-integrity", true, "error, warning or info",
      "duplicate ids, supersessions pointing nowhere or in a cycle, an unreadable ADR (errors); a missing or"
          + " unknown status, a one-sided supersession (warnings); a title number the file name overrides (info)"),
  BROKEN_LINK("broken-link", true, "error",
      "a link between docs, or any `href`/`src`/anchor of the built site, points nowhere; a diagram fails to render"),
  SNIPPET_DRIFT("snippet-drift", true, "error", "an included code region or tag no longer exists"),
  DOC_SYNTAX("doc-syntax", true, "error or warning",
      "a page cannot be read as written (not UTF-8, bad front matter, an AsciiDoc error or warning)"),
  EMPTY_SYSTEM("empty-system", true, "info", "a system has no Java types, or no ADRs, pages or diagrams"),
  CODE_MODEL("code-model", false, "error or warning",
      "the sources cannot be read: a compile error, a missing source root (errors); names the class path"
          + " lacks, folded into one per system (warning)"),
  CONFIG("config", false, "error", "`archdoc.yml` cannot be used; no rule runs (exit 2)"),
  BUILD("build", false, "error", "`archdoc serve` could not build the site or check its links");

  private final String id;
  private final boolean adjustable;
  private final String severity;
  private final String finds;

  DriftRule(String id, boolean adjustable, String severity, String finds) {
    this.id = id;
    this.adjustable = adjustable;
    this.severity = severity;
    this.finds = finds;
  }

  /** The id as written in findings and in {@code archdoc.yml}, e.g. {@code adr-integrity}. */
  public String id() {
    return id;
  }

  /**
   * Whether {@code rules:} may lower this rule ({@code warning}, {@code off}); structural rules may
   * only be raised to {@code error}.
   */
  public boolean adjustable() {
    return adjustable;
  }

  /** The severity its findings have unless {@code rules:} changes it, in words (for the README). */
  public String severity() {
    return severity;
  }

  /** What it finds, in a sentence (for the README). */
  public String finds() {
    return finds;
  }

  public static Optional<DriftRule> byId(String id) {
    return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
  }

  /** Every id, drift rules first. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(DriftRule::id).toList();
  }
}
