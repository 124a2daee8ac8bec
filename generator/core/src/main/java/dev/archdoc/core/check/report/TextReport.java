package dev.archdoc.core.check.report;

import dev.archdoc.core.check.CheckResult;
import dev.archdoc.core.finding.Finding;

/** Compiler style, one finding a line ({@code path:line: error: message [rule]}), then a summary. */
final class TextReport {

  private TextReport() {}

  static String render(CheckResult result) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : result.findings()) {
      out.append(finding).append('\n');
    }
    return out.append("archdoc check: ").append(result.summary()).append('\n').toString();
  }
}
