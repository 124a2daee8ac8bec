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
      "duplicate ids, supersessions pointing nowhere or in a cycle, an unreadable ADR, a front-matter key given"
          + " twice (errors); an unknown status, a date that is none or reads two ways (`01/02/2024`), a title"
          + " still a template placeholder, a one-sided supersession (warnings); a title number the file name"
          + " overrides (info)"),
  BROKEN_LINK("broken-link", true, "error",
      "a link between docs, or any `href`/`src`/anchor of the built site, points nowhere; a diagram fails to render"),
  SNIPPET_DRIFT("snippet-drift", true, "error", "an included code region or tag no longer exists"),
  DOC_SYNTAX("doc-syntax", true, "error, warning or info",
      "a page cannot be read as written (not UTF-8, bad front matter, an AsciiDoc error or warning); Jekyll's"
          + " Liquid tags left out of a page (info)"),
  DIAGRAM_ERROR("diagram-error", true, "error; info for a generated diagram",
      "PlantUML crashed, overflowed its stack (a `!function` that calls itself) or ran out of time on a diagram"),
  EMPTY_SYSTEM("empty-system", true, "info", "a system has no Java types, or no ADRs, pages or diagrams"),
  CODE_MODEL("code-model", false, "error or warning",
      "the sources cannot be read: a compile error, a missing source root (errors); names the class path"
          + " lacks, folded into one per system (warning)"),
  CONFIG("config", false, "error", "`archdoc.yml` cannot be used; no rule runs (exit 2)"),
  BUILD("build", false, "error", "`archdoc serve` could not build the site or check its links"),
  INPUT_LIMIT("input-limit", false, "error",
      "a file is over 4 MiB, its YAML uses too many aliases or levels, or it nests too deeply to parse; it is"
          + " left out and the rest is read (SECURITY.md)"),
  OUTSIDE_PROJECT("outside-project", false, "error",
      "a symbolic link, include or theme partial leads outside the project or into `.git/`; it is not read"
          + " (SECURITY.md)"),
  UNSAFE_CONTENT("unsafe-content", true, "warning",
      "HTML in a page, ADR, Javadoc or `//!` prose that could run script was removed from the site (`build`,"
          + " `serve`; SECURITY.md lists what is kept)"),
  EXTERNAL_IMAGE("external-image", true, "warning",
      "a page, ADR or doc comment shows an image from another host (a CI badge, a screenshot): the site works"
          + " offline, that image does not"),
  PAGE_COLLISION("page-collision", true, "warning",
      "a page people wrote wants the address of a page archdoc generates (`code/index.md`, `diagrams.md`;"
          + " a decisions folder's own `index.md` is its introduction instead); it is not published: rename it."
          + " Two written files of one name (`madr.md`, `madr.adoc`) are both published, the second at"
          + " `madr.adoc.html`"),
  /**
   * An ADR states no status. MADR makes the status optional, so this is a hint by default
   * ({@link Severity#INFO}); {@code rules: {adr-status: warning}} raises it.
   */
  ADR_STATUS("adr-status", true, "info; `rules:` may raise it",
      "an ADR states no status (MADR makes it optional, so it is shown as \"no status\")", true);

  private final String id;
  private final boolean adjustable;
  private final String severity;
  private final String finds;
  private final boolean hintByDefault;

  DriftRule(String id, boolean adjustable, String severity, String finds) {
    this(id, adjustable, severity, finds, false);
  }

  DriftRule(String id, boolean adjustable, String severity, String finds, boolean hintByDefault) {
    this.id = id;
    this.adjustable = adjustable;
    this.severity = severity;
    this.finds = finds;
    this.hintByDefault = hintByDefault;
  }

  /**
   * Whether the rule reports hints ({@link Severity#INFO}) that {@code rules:} raises when it names
   * a level for the rule; the hints of other rules stay hints at any level.
   */
  public boolean hintByDefault() {
    return hintByDefault;
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
