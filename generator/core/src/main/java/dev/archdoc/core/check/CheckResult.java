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
    return exitCode(FailOn.ERROR);
  }

  /**
   * The findings that make a run fail (exit 1), after Antora's {@code --log-failure-level}: errors
   * (the default), warnings and errors, or none. A configuration that cannot be used is exit 2 at
   * any level.
   */
  public enum FailOn {
    ERROR,
    WARNING,
    NONE;

    /** {@code error}, {@code warning} or {@code none}, as written on the command line. */
    public static java.util.Optional<FailOn> byName(String name) {
      return java.util.Arrays.stream(values())
          .filter(level -> level.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }
  }

  /** As {@link #exitCode()}, failing on the findings {@code failOn} names. */
  public int exitCode(FailOn failOn) {
    if (configBroken) {
      return BAD_INPUT;
    }
    boolean fails = switch (failOn) {
      case ERROR -> hasErrors();
      case WARNING -> hasErrors() || count(Severity.WARNING) > 0;
      case NONE -> false;
    };
    return fails ? DRIFT : CLEAN;
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
    if (!configBroken) {
      return text;
    }
    boolean config = findings.stream().allMatch(f -> f.rule().equals(dev.archdoc.core.config.ConfigProblem.RULE));
    return text + (config ? " (archdoc.yml cannot be used; no rule ran)" : " (archdoc cannot read this project; no rule ran)");
  }
}
