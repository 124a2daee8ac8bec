package dev.archdoc.core.site;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The drift report: the findings the site was built with, grouped by file. */
final class DriftPage {

  private DriftPage() {}

  static SitePage page(Theme theme, List<Finding> findings) {
    Map<String, List<Map<String, Object>>> byFile = new TreeMap<>();
    int errors = 0;
    int warnings = 0;
    for (Finding finding : findings.stream().sorted().distinct().toList()) {
      errors += finding.severity() == Severity.ERROR ? 1 : 0;
      warnings += finding.severity() == Severity.WARNING ? 1 : 0;
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("severity", finding.severity().label());
      item.put("line", finding.line());
      item.put("rule", finding.rule());
      item.put("message", finding.message());
      byFile.computeIfAbsent(SiteMap.slashes(finding.file()), k -> new ArrayList<>()).add(item);
    }
    List<Map<String, Object>> groups = new ArrayList<>();
    byFile.forEach((file, items) -> groups.add(Map.of("file", file, "findings", items)));
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("errors", errors);
    c.put("warnings", warnings);
    c.put("clean", findings.isEmpty());
    c.put("groups", groups);
    return SitePage.of(SiteMap.DRIFT, "Drift report", null, theme.render("drift", c));
  }
}
