package dev.archdoc.core.config;

import dev.archdoc.core.finding.Severity;
import java.util.Optional;

/** What {@code rules:} in archdoc.yml may set a drift rule to. */
public enum RuleLevel {
  ERROR,
  WARNING,
  OFF;

  /** The severity findings of the rule get, or empty when the rule is switched off. */
  public Optional<Severity> severity() {
    return switch (this) {
      case ERROR -> Optional.of(Severity.ERROR);
      case WARNING -> Optional.of(Severity.WARNING);
      case OFF -> Optional.empty();
    };
  }
}
