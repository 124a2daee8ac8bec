package dev.archdoc.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Fact;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.FindingKind;
import dev.archdoc.core.finding.Severity;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules that treat some findings differently (fold the class path's missing names, make a
 * diagram's unresolved link diagram drift, hint at a rename) decide on a finding's kind and facts,
 * set where it arose; none reads a message, so rewording one changes no rule.
 */
@DisplayName("Rules decide on a finding's kind and facts, never on its message")
class TypedFindingsTest {

  @Test
  @DisplayName("names missing from the class path fold into one warning naming them, from javac's data")
  void missingNamesFoldFromTheirFacts(@TempDir Path root) {
    ProjectModel project = new TestProject(root)
        .write("src/main/java/p/Imports.java", """
            package p;

            import org.slf4j.Logger;

            /** Logs. */
            @org.nowhere.Marker
            public class Imports {
              private Logger log;
            }
            """)
        .write("arch-docs/index.md", "# Home\n")
        .load();
    List<Finding> raw = project.systems().get(0).codeFindings();
    assertThat(raw).isNotEmpty().allSatisfy(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.MISSING_FROM_CLASS_PATH);
      assertThat(f.fact(Fact.JAVAC_CODE)).hasValueSatisfying(code -> assertThat(code).startsWith("compiler.err."));
      assertThat(f.message()).doesNotContain("compiler.err");
    });
    List<Finding> codeModel = DriftCheck.run(project).findings().stream()
        .filter(f -> f.rule().equals(DriftRule.CODE_MODEL.id())).toList();
    assertThat(codeModel).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("3 names in the sources could not be resolved (org.slf4j, org.nowhere, Logger)");
    });
  }

  @Test
  @DisplayName("rewording the doclet's messages changes neither the fold nor the names it lists")
  void foldingIgnoresMessages(@TempDir Path root) {
    ProjectModel project = new TestProject(root)
        .write("src/main/java/p/Imports.java", "package p;\n\nimport org.slf4j.Logger;\n\npublic class Imports {}\n")
        .load();
    SystemModel system = project.systems().get(0);
    List<Finding> reworded = system.codeFindings().stream().map(f -> f.withMessage("Symbol fehlt")).toList();
    List<Finding> folded = UnresolvedNames.fold(system, Path.of("archdoc.yml"), reworded);
    assertThat(folded).singleElement().satisfies(f -> assertThat(f.message()).contains("(org.slf4j)"));
  }

  @Test
  @DisplayName("a diagram's link that names nothing is diagram drift by its origin; a page's stays unresolved-code-ref")
  void diagramLinksAreReclassifiedByOrigin(@TempDir Path root) {
    ProjectModel project = new TestProject(root)
        .write("src/main/java/p/Here.java", "package p;\n/** Here. */\npublic class Here {}\n")
        .write("arch-docs/index.md", "# Home\n\nSee [gone](code:p.Gone).\n")
        .write("arch-docs/diagrams/d.puml", "@startuml\nclass Gone [[code:p.Gone]]\n@enduml\n")
        .load();
    List<Finding> findings = DriftCheck.run(project).findings().stream()
        .filter(f -> f.kind() == FindingKind.UNRESOLVED_REFERENCE).toList();
    assertThat(findings).extracting(Finding::rule, f -> f.fact(Fact.ORIGIN).orElseThrow(), f -> f.fact(Fact.TARGET))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("diagram-drift", "DIAGRAM", Optional.of("p.Gone")),
            org.assertj.core.groups.Tuple.tuple("unresolved-code-ref", "PAGE", Optional.of("p.Gone")));
  }

  @Test
  @DisplayName("a system without source files has its 'no sources' error made a hint, by kind")
  void noSourcesIsAHintByKind(@TempDir Path root) {
    ProjectModel project = new TestProject(root)
        .write("src/main/java/README.txt", "no code yet\n")
        .write("arch-docs/index.md", "# Home\n")
        .load();
    SystemModel system = project.systems().get(0);
    assertThat(system.codeFindings()).singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.NO_SOURCE_FILES));
    List<Finding> reworded = system.codeFindings().stream().map(f -> f.withMessage("keine Quellen")).toList();
    SystemModel rewordedSystem =
        new SystemModel(system.config(), system.code(), system.docs(), system.links(), reworded);
    assertThat(EmptySystems.withoutNoSourcesError(rewordedSystem, reworded))
        .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }
}
