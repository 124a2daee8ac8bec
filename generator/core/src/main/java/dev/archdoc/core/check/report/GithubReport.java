package dev.archdoc.core.check.report;

import dev.archdoc.core.check.CheckResult;
import dev.archdoc.core.finding.Finding;

/**
 * GitHub Actions workflow commands: {@code ::error file=F,line=L,title=T::message}. Warnings are
 * {@code ::warning}, hints {@code ::notice}. Values are escaped the way the Actions runner reads
 * them back ({@code %}, CR, LF everywhere; {@code :} and {@code ,} in properties too).
 */
final class GithubReport {

  private GithubReport() {}

  static String render(CheckResult result) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : result.findings()) {
      String command = switch (finding.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "notice";
      };
      out.append("::").append(command).append(" file=").append(property(slashed(finding)));
      if (finding.line() > 0) {
        out.append(",line=").append(finding.line());
      }
      out.append(",title=").append(property("archdoc " + finding.rule()))
          .append("::").append(data(finding.message())).append('\n');
    }
    return out.append("archdoc check: ").append(result.summary()).append('\n').toString();
  }

  private static String slashed(Finding finding) {
    return finding.file().toString().replace('\\', '/');
  }

  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
