package dev.archdoc.core.finding;

/**
 * A piece of structured data a finding carries beside its message (see {@link FindingKind} for
 * which kind carries which). Exported as they are in SARIF's {@code properties}.
 */
public enum Fact {
  /** javac's diagnostic code, e.g. {@code compiler.err.cant.resolve.location}. */
  JAVAC_CODE("javac.code"),
  /** javac's diagnostic kind, e.g. {@code ERROR}. */
  JAVAC_KIND("javac.kind"),
  /** The line javac reported, 1-based. */
  JAVAC_LINE("javac.line"),
  /** The column javac reported, 1-based. */
  JAVAC_COLUMN("javac.column"),
  /** The character offset in the file where javac's faulty text starts. */
  JAVAC_START("javac.start"),
  /** The character offset where it ends. */
  JAVAC_END("javac.end"),
  /** A name in the code that could not be resolved, e.g. {@code org.slf4j}. */
  SYMBOL("symbol"),
  /** A code element's id, e.g. {@code com.example.raft.core.RaftCore#step}. */
  ELEMENT("element"),
  /** A reference as the docs wrote it. */
  TARGET("target"),
  /** Where a reference was written: a {@code dev.archdoc.core.link.Origin} name. */
  ORIGIN("origin"),
  /** The element a "did you mean" proposes. */
  SUGGESTION("suggestion"),
  /** The system of {@code archdoc.yml} the finding belongs to. */
  SYSTEM("system");

  private final String key;

  Fact(String key) {
    this.key = key;
  }

  /** The key in exported data, e.g. {@code javac.code}. */
  public String key() {
    return key;
  }
}
