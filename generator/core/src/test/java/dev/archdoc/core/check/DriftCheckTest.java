package dev.archdoc.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One project that breaks every rule once, checked once: each test reads its rule's findings.
 * The clean parts of the project (a layer use that is allowed, a diagram that agrees) must stay
 * silent, so each rule is tested both ways.
 */
@DisplayName("The drift check reports every rule's findings in one run")
class DriftCheckTest {

  @TempDir static Path folder;
  static CheckResult result;

  @BeforeAll
  static void check() {
    TestProject project = new TestProject(folder)
        .write("archdoc.yml", """
            layers:
              - name: api
                packages: [com.acme.api..]
              - name: core
                packages: [com.acme.core..]
              - name: model
                packages: [com.acme.modle..]
            """)
        .write("src/main/java/com/acme/api/Api.java", """
            package com.acme.api;

            /** The way in. */
            public class Api {
              /** Adds. */
              public long add(long amount) {
                return new com.acme.core.Ledger().add(amount);
              }
            }
            """)
        .write("src/main/java/com/acme/core/Ledger.java", """
            package com.acme.core;

            import dev.archdoc.annotations.Decision;

            /** Keeps the books. */
            @Decision("ADR-1")
            public final class Ledger {
              /** Adds an amount. */
              @Decision("ADR-2")
              public long add(long amount) {
                com.acme.api.Api back = null;
                return amount;
              }
            }
            """)
        .write("src/main/java/com/acme/core/Journal.java", """
            package com.acme.core;

            /** Writes down. */
            public final class Journal {
              /** Nothing yet. */
              public void note() {}
            }
            """)
        .write("arch-docs/decisions/0001-ledger.md", """
            ---
            status: superseded
            superseded-by: 2
            ---
            # A ledger

            Keep a [ledger](code:com.acme.core.Ledger).
            """)
        .write("arch-docs/decisions/0002-journal.md", """
            ---
            status: accepted
            supersedes: [1]
            ---
            # A journal

            Write a [journal](code:com.acme.core.Journal).
            """)
        .write("arch-docs/index.md", """
            # Overview

            See [the first decision](decisions/0001-ledger.md#a-ledger), [a lost one](decisions/0009-gone.md)
            and [a missing part](decisions/0002-journal.md#no-such-heading).

            ```java include="../src/main/java/com/acme/core/Ledger.java" tag="missing"
            ```

            ```plantuml
            @startuml
            ' archdoc: check-dependencies
            class Api [[code:com.acme.api.Api]]
            class Ledger [[code:com.acme.core.Ledger]]
            class Journal [[code:com.acme.core.Journal]]
            class Lost [[code:com.acme.core.Ledgr]]
            Api --> Ledger
            Ledger --> Journal
            @enduml
            ```
            """);
    result = DriftCheck.run(project.load());
  }

  private static List<String> findings(String rule) {
    return result.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::toString).toList();
  }

  @Test
  @DisplayName("a use from an inner layer to an outer one is a layer-violation at the use; outward-in uses are fine")
  void layerViolation() {
    assertThat(findings("layer-violation")).contains(
        "src/main/java/com/acme/core/Ledger.java:11: error: 'com.acme.core.Ledger' (layer core) uses"
            + " 'com.acme.api.Api' (layer api) by local variable, but core may use only core, model; turn"
            + " the dependency around (an interface in core that api implements) or move the code to the"
            + " layer it belongs to [layer-violation]");
    assertThat(findings("layer-violation")).noneMatch(f -> f.contains("'com.acme.api.Api' (layer api) uses"));
  }

  @Test
  @DisplayName("a layer package that matches nothing is a layer-violation at its line in archdoc.yml")
  void layerPatternMatchingNothing() {
    assertThat(findings("layer-violation")).anySatisfy(finding -> assertThat(finding)
        .startsWith("archdoc.yml:7: error: layer 'model' lists 'com.acme.modle..', which matches no package")
        .contains("so nothing is checked for it; fix the package name"));
  }

  @Test
  @DisplayName("code citing a superseded ADR is retired-decision, naming the ADR that replaced it")
  void retiredDecision() {
    assertThat(findings("retired-decision")).containsExactly(
        "src/main/java/com/acme/core/Ledger.java:6: error: @Decision(\"ADR-1\") on 'com.acme.core.Ledger'"
            + " cites ADR-1 (A ledger), which is superseded by ADR-2 (A journal); cite ADR-2 if the code"
            + " follows it, or change the code [retired-decision]");
  }

  @Test
  @DisplayName("a checked diagram: a missing element, an arrow with no use, and a use with no arrow are drift")
  void diagramDrift() {
    assertThat(findings("diagram-drift")).containsExactly(
        "arch-docs/index.md:13: error: checked diagram shows 'Ledger' and 'Api' without an arrow, but"
            + " 'com.acme.core.Ledger' uses 'com.acme.api.Api' (src/main/java/com/acme/core/Ledger.java:11);"
            + " add 'Ledger --> Api' or remove the use [diagram-drift]",
        "arch-docs/index.md:15: error: diagram link 'com.acme.core.Ledgr' names no package, type or member"
            + " in the code; it was renamed, moved or removed (did you mean 'com.acme.core.Ledger'?)"
            + " [diagram-drift]",
        "arch-docs/index.md:17: error: checked diagram draws 'Ledger --> Journal', but no code of"
            + " 'com.acme.core.Ledger' uses 'com.acme.core.Journal'; remove the arrow, or bind its ends to"
            + " the code that does [diagram-drift]");
    assertThat(findings("unresolved-code-ref")).isEmpty();
  }

  @Test
  @DisplayName("a link to a missing file or a missing anchor is broken-link; a link to a real heading is not")
  void brokenLink() {
    assertThat(findings("broken-link")).containsExactly(
        "arch-docs/index.md:3: error: link 'decisions/0009-gone.md' points to arch-docs/decisions/0009-gone.md,"
            + " which does not exist; fix the path or remove the link [broken-link]",
        "arch-docs/index.md:4: error: link 'decisions/0002-journal.md#no-such-heading' points to anchor"
            + " '#no-such-heading', which arch-docs/decisions/0002-journal.md does not have; headings make"
            + " anchors, and renaming one breaks the links to it [broken-link]");
  }

  @Test
  @DisplayName("an include of a tag that is not in the file is snippet-drift")
  void snippetDrift() {
    assertThat(findings("snippet-drift")).singleElement().asString()
        .startsWith("arch-docs/index.md:6: error: tag 'missing' not found in src/main/java/com/acme/core/Ledger.java");
  }

  @Test
  @DisplayName("without archdoc.lock, stale-reference is a hint, and the check still fails on the errors")
  void lockMissing() {
    assertThat(result.findings()).filteredOn(f -> f.rule().equals("stale-reference"))
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
    assertThat(result.exitCode()).isEqualTo(CheckResult.DRIFT);
  }
}
