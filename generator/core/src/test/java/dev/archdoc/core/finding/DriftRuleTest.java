package dev.archdoc.core.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DriftRuleTest {

  private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();

  @Test
  @DisplayName("the drift rules of the product brief come first, then the ids of problems that are not drift")
  void idsAreTheContract() {
    assertEquals(List.of("unresolved-code-ref", "unknown-decision", "retired-decision", "layer-violation",
        "diagram-drift", "stale-reference", "adr-integrity", "broken-link", "snippet-drift",
        "doc-syntax", "diagram-error", "empty-system", "code-model", "config", "build",
        "input-limit", "outside-project", "unsafe-content", "external-image", "page-collision", "adr-status"), DriftRule.ids());
    assertEquals(DriftRule.ADR_INTEGRITY, DriftRule.byId("adr-integrity").orElseThrow());
    assertTrue(DriftRule.byId("adr_integrity").isEmpty());
  }

  @Test
  @DisplayName("only the rules that report archdoc could not read its inputs are structural")
  void structuralRules() {
    assertEquals(List.of("code-model", "config", "build", "input-limit", "outside-project"),
        Arrays.stream(DriftRule.values()).filter(rule -> !rule.adjustable()).map(DriftRule::id).toList());
  }

  @Test
  @DisplayName("the README's rules table lists every registered id, as the registry describes it")
  void readmeListsEveryId() throws IOException {
    String readme = Files.readString(REPO.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (DriftRule rule : DriftRule.values()) {
      if (!readme.contains(row(rule))) {
        missing.add(row(rule));
      }
    }
    assertEquals(List.of(), missing, "rows the README's rules table should hold");
  }

  /** The README row of a rule: id, what it finds, default severity, whether rules: may lower it. */
  static String row(DriftRule rule) {
    return "| `" + rule.id() + "` | " + rule.finds() + " | " + rule.severity() + " | "
        + (rule.adjustable() ? "yes" : "no: structural") + " |";
  }

  /**
   * A rule id written as a string where a finding is made escapes the registry: the id would be
   * missing from the README and from {@code rules:}. Every finding's rule comes from {@link
   * DriftRule}.
   */
  @Test
  @DisplayName("no main source makes a finding with a rule id written as a string literal")
  void noLiteralRuleIds() throws IOException {
    Pattern literal = Pattern.compile(
        "(?:Finding\\.(?:error|warning|info)\\(|new Finding\\(|RULE\\s*=\\s*)\\s*\"([^\"]*)\"");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(REPO.resolve("generator"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/"))
          .sorted().toList()) {
        Matcher matcher = literal.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (matcher.find()) {
          found.add(REPO.relativize(file) + ": \"" + matcher.group(1) + "\"");
        }
      }
    }
    assertEquals(List.of(), found, "use DriftRule.X.id() (add the id to DriftRule if it is new)");
  }
}
