package dev.archdoc.core.check;

import dev.archdoc.core.config.ArchdocConfig;
import dev.archdoc.core.config.RuleLevel;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import dev.archdoc.core.pipeline.Loaded;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs every drift rule over a linked project: the door of the check stage.
 *
 * <p>One run reports everything: the findings of reading and linking (which already decide
 * {@code unresolved-code-ref}, {@code unknown-decision}, {@code adr-integrity}), then each rule
 * below, system by system; then the levels of {@code rules:} in {@code archdoc.yml}.
 */
@dev.archdoc.annotations.Decision("ADR-11")
public final class DriftCheck {

  private DriftCheck() {}

  /**
   * Checks a loaded project; when {@code archdoc.yml} could not be used, the result carries the
   * configuration problems and exit code 2.
   */
  public static CheckResult run(Loaded loaded) {
    return loaded.project().map(DriftCheck::run)
        .orElseGet(() -> CheckResult.brokenConfig(loaded.configProblems()));
  }

  /** Checks a project against its {@code archdoc.lock} (read from the project root). */
  public static CheckResult run(ProjectModel project) {
    return run(project, ReferenceLock.read(project.root()));
  }

  /** Checks a project against the given lock (pure, apart from reading snippet and link targets). */
  public static CheckResult run(ProjectModel project, ReferenceLock.Read lock) {
    ProjectFiles files = new ProjectFiles(project.root());
    List<Finding> findings = new ArrayList<>();
    for (SystemModel system : project.systems()) {
      List<Finding> read = RenameHints.add(system, lock.lock(),
          EmptySystems.withoutNoSourcesError(system, DiagramDrift.reclassify(system)));
      findings.addAll(UnresolvedNames.fold(system, project.config().file().orElse(Path.of("archdoc.yml")), read));
    }
    findings.addAll(lock.findings());
    findings.addAll(StaleReferences.check(project, lock.lock()));
    findings.addAll(BrokenLinks.check(project, files));
    findings.addAll(LayerViolations.check(project, files));
    for (SystemModel system : project.systems()) {
      findings.addAll(EmptySystems.check(system));
      findings.addAll(RetiredDecisions.check(system));
      findings.addAll(DiagramDrift.check(system));
      findings.addAll(SnippetDrift.check(system, files));
    }
    return new CheckResult(applyLevels(project.config(), findings), false);
  }

  /**
   * Each finding at the level {@code rules:} sets for its rule, without those switched off.
   * Findings of other ids ({@code config}, {@code code-model}, {@code doc-syntax}) keep theirs.
   */
  static List<Finding> applyLevels(ArchdocConfig config, List<Finding> findings) {
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : findings) {
      Optional<RuleLevel> level = DriftRule.byId(finding.rule()).flatMap(config::levelOf);
      if (level.isEmpty()) {
        kept.add(finding);
      } else if (finding.severity() == Severity.INFO) {
        // a hint stays a hint at any level; only 'off' silences it
        if (level.get() != RuleLevel.OFF) {
          kept.add(finding);
        }
      } else {
        level.get().severity().ifPresent(severity -> kept.add(finding.withSeverity(severity)));
      }
    }
    return kept;
  }
}
