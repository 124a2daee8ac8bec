package dev.archdoc.core.check.report;

import dev.archdoc.core.io.AtomicFiles;
import dev.archdoc.core.check.CheckResult;
import dev.archdoc.core.config.ProjectLocator;
import dev.archdoc.core.finding.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The report formats of {@code archdoc check --format}. */
public enum ReportFormat {
  /** {@code path:line: error: message [rule]}, one a line, as compilers print. */
  TEXT(TextReport::render),
  /** GitHub Actions workflow commands, so findings show as annotations on a pull request's diff. */
  GITHUB(GithubReport::render),
  /** JUnit XML, which most CI servers show as test results: one test suite per rule. */
  JUNIT(JunitReport::render),
  /** SARIF 2.1.0, for code-scanning dashboards. */
  SARIF(SarifReport::render);

  private final Function<CheckResult, String> renderer;

  ReportFormat(Function<CheckResult, String> renderer) {
    this.renderer = renderer;
  }

  /** The name on the command line: {@code text}, {@code github}, {@code junit}, {@code sarif}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ReportFormat> byId(String id) {
    return Arrays.stream(values()).filter(f -> f.id().equals(id.toLowerCase(Locale.ROOT))).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(ReportFormat::id).toList();
  }

  public String render(CheckResult result) {
    return renderer.apply(result);
  }

  /**
   * The report of the project at {@code projectRoot}, its paths relative to the top of the git work
   * tree the project is in (the project root outside git): code hosts place annotations and SARIF
   * results by repository path, so in a monorepo paths relative to {@code archdoc.yml} would miss
   * the diff.
   */
  public String render(CheckResult result, Path projectRoot) {
    return render(relativeToRepository(result, projectRoot));
  }

  /** As {@link #write(CheckResult, Path)}, with paths as {@link #render(CheckResult, Path)} gives them. */
  public void write(CheckResult result, Path projectRoot, Path file) throws IOException {
    AtomicFiles.writeString(file, render(result, projectRoot));
  }

  /** The findings with their paths, relative to {@code projectRoot}, made relative to its repository's top. */
  static CheckResult relativeToRepository(CheckResult result, Path projectRoot) {
    Path root = projectRoot.toAbsolutePath().normalize();
    Path repository = ProjectLocator.gitRoot(root).orElse(root);
    if (repository.equals(root)) {
      return result;
    }
    List<Finding> rebased = result.findings().stream()
        .map(f -> f.file().isAbsolute() ? f
            : new Finding(f.rule(), f.severity(), repository.relativize(root.resolve(f.file()).normalize()), f.line(),
                f.message(), f.kind(), f.facts()))
        .toList();
    return new CheckResult(rebased, result.configBroken());
  }

  /**
   * Writes the report to a file: to a temporary file beside it first, then moved into place, so a
   * reader never sees half a report and a failed write leaves the old one.
   */
  public void write(CheckResult result, Path file) throws IOException {
    AtomicFiles.writeString(file, render(result));
  }

}
