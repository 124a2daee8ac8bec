package dev.archdoc.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("rules: in archdoc.yml sets each rule's level; bad configuration and empty projects have clear outcomes")
class RuleLevelsTest {

  @TempDir Path folder;

  private TestProject brokenLinkProject(String rules) {
    return new TestProject(folder)
        .write("archdoc.yml", "title: T\n" + rules)
        .write("src/main/java/a/A.java", "package a;\n/** A. */\npublic class A {}\n")
        .write("arch-docs/index.md", "# Index\n\n[gone](gone.md) and [A](code:a.Gone)\n");
  }

  @Test
  @DisplayName("a rule set to warning reports warnings and passes; off drops it; others keep their level")
  void levels() {
    CheckResult warned = DriftCheck.run(brokenLinkProject("rules:\n  broken-link: warning\n").load());
    assertThat(warned.findings()).filteredOn(f -> f.rule().equals("broken-link"))
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
    assertThat(warned.exitCode()).isEqualTo(CheckResult.DRIFT); // the unresolved code ref is still an error

    CheckResult off = DriftCheck.run(brokenLinkProject("rules:\n  broken-link: off\n  unresolved-code-ref: warning\n").load());
    assertThat(off.findings()).noneMatch(f -> f.rule().equals("broken-link"));
    assertThat(off.exitCode()).isEqualTo(CheckResult.CLEAN);
    assertThat(off.summary()).isEqualTo("0 errors, 1 warning, 1 info");
  }

  @Test
  @DisplayName("a warning raised to error fails the check")
  void raised() {
    TestProject project = new TestProject(folder)
        .write("archdoc.yml", "rules:\n  adr-integrity: error\n")
        .write("src/main/java/a/A.java", "package a;\n/** A. */\npublic class A {}\n")
        .write("arch-docs/decisions/0001-no-status.md", "# 1. No status\n\nText.\n");
    CheckResult result = DriftCheck.run(project.load());
    assertThat(result.findings()).filteredOn(f -> f.rule().equals("adr-integrity"))
        .isNotEmpty().allMatch(f -> f.severity() == Severity.ERROR);
    assertThat(result.exitCode()).isEqualTo(CheckResult.DRIFT);
  }

  @Test
  @DisplayName("an unknown key in archdoc.yml is exit 2 with the key and its line")
  void brokenConfig() {
    TestProject project = new TestProject(folder).write("archdoc.yml", "title: T\nlayer:\n  - name: x\n");
    CheckResult result = DriftCheck.run(project.loaded());
    assertThat(result.exitCode()).isEqualTo(CheckResult.BAD_INPUT);
    assertThat(result.findings()).singleElement().asString().startsWith("archdoc.yml:2: error:").contains("'layer'");
  }

  @Test
  @DisplayName("a project with no code and no docs says so and passes")
  void empty() {
    TestProject project = new TestProject(folder).write("archdoc.yml", "title: Nothing yet\n");
    CheckResult result = DriftCheck.run(project.load());
    assertThat(result.findings()).extracting(Finding::rule).contains("empty-system");
    assertThat(result.findings()).allMatch(f -> f.severity() == Severity.INFO);
    assertThat(result.exitCode()).isEqualTo(CheckResult.CLEAN);
  }

  @Test
  @DisplayName("imports the class path cannot resolve fold into one warning naming them; the check passes")
  void missingClasspath() {
    TestProject project = new TestProject(folder)
        .write("src/main/java/a/A.java", """
            package a;

            import org.example.missing.Thing;

            /** A. */
            public class A {
              Thing thing;
              org.example.other.Gadget gadget;
            }
            """);
    CheckResult result = DriftCheck.run(project.load());
    assertThat(result.findings()).filteredOn(f -> f.rule().equals("code-model")).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message()).contains("could not be resolved (org.example.missing")
              .contains("add the jars that define them to `classpath:` in archdoc.yml");
        });
    assertThat(result.exitCode()).isEqualTo(CheckResult.CLEAN);
  }
}
