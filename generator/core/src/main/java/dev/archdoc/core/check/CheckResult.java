package dev.archdoc.core.check;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.util.List;

/**
 * Everything one check found, in the order a reader fixes it, and what it means for the exit code.
 *
 * @param findings every finding, sorted by file, line, rule and message
 * @param configBroken whether {@code archdoc.yml} could not be used, so no rule ran
 */
public record CheckResult(List<Finding> findings, boolean configBroken) {

  /** Exit code when no error was found. */
  public static final int CLEAN = 0;
  /** Exit code when the docs drifted: at least one finding is an error. */
  public static final int DRIFT = 1;
  /** Exit code when the check could not run: bad usage, configuration or I/O. */
  public static final int BAD_INPUT = 2;

  public CheckResult {
    findings = findings.stream().sorted().distinct().toList();
  }

  /** The result of a run that stopped at the configuration. */
  public static CheckResult brokenConfig(List<Finding> configProblems) {
    return new CheckResult(configProblems, true);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** 0 clean (warnings allowed), 1 drift, 2 the configuration could not be used. */
  public int exitCode() {
    if (configBroken) {
      return BAD_INPUT;
    }
    return hasErrors() ? DRIFT : CLEAN;
  }

  /**
   * "2 errors, 1 warning" — for the last line a person reads; infos, which never fail, are counted
   * apart when there are some: "0 errors, 0 warnings, 3 info".
   */
  public String summary() {
    long errors = count(Severity.ERROR);
    long warnings = count(Severity.WARNING);
    long infos = count(Severity.INFO);
    String text = errors + (errors == 1 ? " error, " : " errors, ") + warnings
        + (warnings == 1 ? " warning" : " warnings") + (infos > 0 ? ", " + infos + " info" : "");
    return configBroken ? text + " (archdoc.yml cannot be used; no rule ran)" : text;
  }
}
