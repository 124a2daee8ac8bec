package dev.archdoc.core.check;

import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.FindingKind;
import dev.archdoc.core.finding.Severity;
import dev.archdoc.core.pipeline.SystemModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Says so when a system has no code or no docs. Emptiness alone never fails a check: a project
 * that starts with docs only, or code only, is legitimate; whatever the docs do claim about code
 * is still checked, so docs naming code that is not there fail as unresolved references (ADR-11).
 */
@dev.archdoc.annotations.Decision("ADR-11")
final class EmptySystems {

  static final String RULE = DriftRule.EMPTY_SYSTEM.id();

  private EmptySystems() {}

  /**
   * The findings of reading a system, with the doclet's "no Java source files found" error made a
   * hint when the system indeed has no source files: by the rule above, no code is not drift.
   */
  static List<Finding> withoutNoSourcesError(SystemModel system, List<Finding> findings) {
    if (!system.code().files().isEmpty()) {
      return findings;
    }
    return findings.stream()
        .map(f -> f.kind() == FindingKind.NO_SOURCE_FILES ? f.withSeverity(Severity.INFO)
            : f)
        .toList();
  }

  static List<Finding> check(SystemModel system) {
    List<Finding> findings = new ArrayList<>();
    boolean noCode = system.code().types().isEmpty();
    boolean noDocs = system.docs().decisions().adrs().isEmpty() && system.docs().pages().isEmpty()
        && system.docs().diagrams().isEmpty();
    if (noCode) {
      findings.add(new Finding(RULE, Severity.INFO, system.config().docs(), 0, "system '" + system.name()
          + "' has no Java types in " + roots(system) + "; rules about code have nothing to check"));
    }
    if (noDocs) {
      findings.add(new Finding(RULE, Severity.INFO, system.config().docs(), 0, "system '" + system.name()
          + "' has no ADRs, pages or diagrams in " + slashed(system.config().docs())
          + "; rules about docs have nothing to check"));
    }
    return findings;
  }

  private static String roots(SystemModel system) {
    return system.config().sources().isEmpty() ? "its (empty) source list"
        : String.join(", ", system.config().sources().stream().map(EmptySystems::slashed).toList());
  }

  private static String slashed(Path path) {
    String text = path.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }
}
