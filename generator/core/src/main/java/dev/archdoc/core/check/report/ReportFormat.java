package dev.archdoc.core.check.report;

import dev.archdoc.core.io.AtomicFiles;
import dev.archdoc.core.check.CheckResult;
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
   * Writes the report to a file: to a temporary file beside it first, then moved into place, so a
   * reader never sees half a report and a failed write leaves the old one.
   */
  public void write(CheckResult result, Path file) throws IOException {
    AtomicFiles.writeString(file, render(result));
  }

}
