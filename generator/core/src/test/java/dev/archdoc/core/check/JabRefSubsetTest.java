package dev.archdoc.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import dev.archdoc.core.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trimmed JabRef (bench/real/): a few of its packages and ADRs, copied from {@code
 * ../shared/real/jabref} (never into the repository), checked with the layers its maintainers
 * state, and held to the triage of {@code bench/real/jabref/truth.tsv}: the true findings are
 * reported and the false ones this branch fixed are not. The copy is found through the system
 * property {@code archdoc.jabref}, else as {@code shared/real/jabref} beside an ancestor of the
 * working folder; without it the test is skipped, saying so.
 */
@DisplayName("a trimmed JabRef (../shared/real/jabref) gets the triaged findings")
class JabRefSubsetTest {

  private static final List<String> FILES = List.of(
      "LICENSE",
      "jablib/src/main/java/org/jabref/architecture/AllowedToUseLogic.java",
      "jablib/src/main/java/org/jabref/model/entry/Langid.java",
      "jablib/src/main/java/org/jabref/model/entry/Month.java",
      "jablib/src/main/java/org/jabref/logic/bibtex/FieldWriter.java",
      "jablib/src/main/java/org/jabref/logic/integrity/LatexIntegrityChecker.java",
      "jablib/src/main/java/org/jabref/model/ai/chatting/ErrorMessage.java",
      "docs/decisions/0017-allow-model-access-logic.md",
      "docs/decisions/0045-use-input-flag-always-for-input-files.md",
      "docs/decisions/0057-allow-positional-input-file-argument.md",
      "docs/teaching.md",
      "docs/images/contribution-process-reviews.svg",
      "docs/images/github-flow.png",
      "docs/images/contribution-process-reviews-with-instructor.svg");

  /** bench/real/jabref/archdoc.yml, with the one module this subset keeps. */
  private static final String CONFIG = """
      title: JabRef
      docs: docs
      sources: [jablib/src/main/java]
      decisions: [docs/decisions]
      layers:
        - name: gui
          packages: [org.jabref.gui..]
        - name: logic
          packages: [org.jabref.logic..]
        - name: model
          packages: [org.jabref.model..]
      """;

  private static Path locate() {
    String property = System.getProperty("archdoc.jabref");
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
      Path candidate = folder.resolveSibling("shared").resolve("real").resolve("jabref");
      if (Files.isDirectory(candidate)) {
        return candidate.normalize();
      }
    }
    return null;
  }

  @Test
  void theTrueFindingsAreReportedAndTheFixedFalseOnesAreNot(@TempDir Path project) throws IOException {
    Path jabref = locate();
    if (jabref == null || !Files.isDirectory(jabref)) {
      System.out.println("SKIPPED: JabRef was not found beside the repository (../shared/real/jabref);"
          + " set -Darchdoc.jabref=<folder> to run it");
    }
    assumeTrue(jabref != null && Files.isDirectory(jabref), "JabRef not found (../shared/real/jabref)");
    for (String file : FILES) {
      Path target = project.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(jabref.resolve(file), target);
    }
    Files.writeString(project.resolve("archdoc.yml"), CONFIG);

    List<Finding> findings = DriftCheck.run(Pipeline.load(project, Pipeline.Options.DEFAULTS)).findings();
    System.out.println("JabRef subset:\n  " + String.join("\n  ", findings.stream().map(Finding::toString).toList()));

    // true (truth.tsv): Langid uses logic without @AllowedToUseLogic, ADR-0017's exception
    assertThat(errors(findings, "layer-violation"))
        .anySatisfy(f -> {
          assertThat(f.file()).isEqualTo(Path.of("jablib/src/main/java/org/jabref/model/entry/Langid.java"));
          assertThat(f.message()).contains("org.jabref.logic.bibtex.FieldWriter");
        });
    // true: teaching.md links development-strategy.md twice, a page JabRef no longer has
    assertThat(errors(findings, "broken-link"))
        .filteredOn(f -> f.file().equals(Path.of("docs/teaching.md")) && f.message().contains("development-strategy.md"))
        .hasSize(2);
    // true: no class path was given, said once for the system
    assertThat(findings).filteredOn(f -> f.severity() == Severity.WARNING && f.rule().equals(Pipeline.CODE_MODEL_RULE)
        && f.message().contains("could not be resolved")).hasSize(1);
    // false, fixed here (ADR-21): javac's "static import only from classes and interfaces" on
    // SnuggleTeX and "interface expected here" on langchain4j are names missing from the class path
    assertThat(errors(findings, Pipeline.CODE_MODEL_RULE)).isEmpty();
  }

  @Test
  @DisplayName("built as a site, teaching.md's two dead links are two errors at its lines, not two more at the built page")
  void deadPageLinksOnceAtTheirLines(@TempDir Path project) throws IOException {
    Path jabref = locate();
    assumeTrue(jabref != null && Files.isDirectory(jabref), "JabRef not found (../shared/real/jabref)");
    for (String file : FILES) {
      Path target = project.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(jabref.resolve(file), target);
    }
    Files.writeString(project.resolve("archdoc.yml"), CONFIG);

    List<Finding> findings;
    try (dev.archdoc.core.orchestration.SiteBuild.Context context =
        dev.archdoc.core.orchestration.SiteBuild.Context.cold(project, project.resolve("out/cache"))) {
      findings = dev.archdoc.core.orchestration.SiteBuild.run(new dev.archdoc.core.orchestration.SiteBuild.Request(
          project, project.resolve("out/site"), null, List.of()), context).findings();
    }

    // true (truth.tsv): docs/teaching.md:154 and :158 link the missing development-strategy.md
    assertThat(errors(findings, "broken-link"))
        .filteredOn(f -> f.message().contains("development-strategy"))
        .extracting(f -> f.file() + ":" + f.line())
        .containsExactly("docs/teaching.md:154", "docs/teaching.md:158");
    assertThat(findings).noneMatch(f -> f.file().startsWith("out"));
  }

  private static List<Finding> errors(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR && f.rule().equals(rule)).toList();
  }
}
