package dev.archdoc.core.config;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.nio.file.Path;

/**
 * Something wrong in archdoc.yml. A configuration problem is always an error: a typo must not
 * silently switch a check off, so the tool refuses to run on a configuration it does not
 * understand (the CLI's exit code 2).
 *
 * @param file the configuration file, relative to the project root
 * @param line 1-based line, or 0 when it concerns the file as a whole
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong and how to fix it
 */
public record ConfigProblem(Path file, int line, int column, String message) {

  /**
   * The rule id configuration problems carry as findings. It is not a drift rule: it cannot be
   * switched off in {@code rules:}, because it guards the file that does the switching.
   */
  public static final String RULE = dev.archdoc.core.finding.DriftRule.CONFIG.id();

  public Finding toFinding() {
    return new Finding(RULE, Severity.ERROR, file, line, message);
  }

  @Override
  public String toString() {
    return toFinding().toString();
  }
}
