package dev.archdoc.core.check.report;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.check.CheckResult;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * JUnit XML: one test suite per rule (every drift rule, so a clean rule shows as a passing test),
 * one test case per finding; errors are failures, warnings and hints pass with their message as
 * output. CI servers read it as test results.
 */
@Decision(value = "ADR-28", note = "jsoup's escaper in XML syntax")
final class JunitReport {

  private JunitReport() {}

  static String render(CheckResult result) {
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    DriftRule.ids().forEach(id -> byRule.put(id, new ArrayList<>()));
    for (Finding finding : result.findings()) {
      byRule.computeIfAbsent(finding.rule(), k -> new ArrayList<>()).add(finding);
    }
    long failures = result.count(Severity.ERROR);
    int tests = byRule.values().stream().mapToInt(f -> Math.max(1, f.size())).sum();
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites name=\"archdoc check\" tests=\"").append(tests)
        .append("\" failures=\"").append(failures).append("\">\n");
    byRule.forEach((rule, findings) -> {
      long ruleFailures = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
      out.append("  <testsuite name=\"").append(escape(rule)).append("\" tests=\"").append(Math.max(1, findings.size()))
          .append("\" failures=\"").append(ruleFailures).append("\" errors=\"0\" skipped=\"0\">\n");
      if (findings.isEmpty()) {
        out.append("    <testcase classname=\"archdoc.").append(escape(rule)).append("\" name=\"no findings\"/>\n");
      }
      for (Finding finding : findings) {
        String where = finding.file().toString().replace('\\', '/') + (finding.line() > 0 ? ":" + finding.line() : "");
        out.append("    <testcase classname=\"archdoc.").append(escape(rule)).append("\" name=\"")
            .append(escape(where)).append("\" file=\"").append(escape(finding.file().toString().replace('\\', '/')))
            .append("\"").append(finding.line() > 0 ? " line=\"" + finding.line() + "\"" : "").append(">\n");
        if (finding.severity() == Severity.ERROR) {
          out.append("      <failure type=\"").append(escape(rule)).append("\" message=\"")
              .append(escape(finding.message())).append("\">").append(escape(finding.toString()))
              .append("</failure>\n");
        } else {
          out.append("      <system-out>").append(escape(finding.toString())).append("</system-out>\n");
        }
        out.append("    </testcase>\n");
      }
      out.append("  </testsuite>\n");
    });
    return out.append("</testsuites>\n").toString();
  }

  /**
   * XML text and attribute escaping by jsoup in XML syntax: characters XML 1.0 cannot hold are
   * dropped, so the report always parses. jsoup leaves line breaks and tabs as they are; they are
   * written as character references, so a line break in a file name neither starts a line of the
   * report (a forged finding to a reader of the raw file) nor becomes a space in an attribute.
   */
  static String escape(String text) {
    // settings hold a charset encoder, so one per call rather than one shared across threads
    String escaped = Entities.escape(text, new Document.OutputSettings()
        .syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml));
    return escaped.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
  }
}
