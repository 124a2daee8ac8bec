package dev.archdoc.core.finding;

/** How much a finding matters: errors fail {@code archdoc check}, warnings are reported only. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The word used in compiler-style output: {@code error}, {@code warning}, {@code info}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
