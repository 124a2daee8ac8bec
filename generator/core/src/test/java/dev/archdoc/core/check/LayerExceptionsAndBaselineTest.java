package dev.archdoc.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.pipeline.ProjectModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Allowed exceptions to the layer rules and the baseline of known violations, on a small
 * gui -> logic -> model project shaped like JabRef's: model classes marked with an annotation may
 * use logic (its ADR-17 allows it), one pair is allowed by name, and one model class breaks the
 * rule for real.
 */
@DisplayName("Layer exceptions allow what a decision allows; the baseline holds back only known violations")
class LayerExceptionsAndBaselineTest {

  private static final String LAYERS = """
      layers:
        - name: gui
          packages: [com.acme.gui..]
        - name: logic
          packages: [com.acme.logic..]
        - name: model
          packages: [com.acme.model..]
      """;

  private static TestProject project(Path root, String exceptions) {
    return new TestProject(root)
        .write("archdoc.yml", LAYERS + exceptions)
        .write("arch-docs/decisions/0001-record-decisions.md", "# 1. Record decisions\n\nStatus: accepted\n")
        .write("arch-docs/decisions/0017-allow-model-access-logic.md", """
            ---
            status: accepted
            ---
            # Allow model to access logic in defined cases
            """)
        .write("arch-docs/decisions/0018-old.md", """
            ---
            status: deprecated
            ---
            # An old allowance
            """)
        .write("src/main/java/com/acme/arch/AllowedToUseLogic.java", """
            package com.acme.arch;

            /** Marks a model class that may use logic. */
            public @interface AllowedToUseLogic {
              /** Why. */
              String value();
            }
            """)
        .write("src/main/java/com/acme/gui/Window.java", """
            package com.acme.gui;

            /** Outer layers may use inner ones. */
            public final class Window {
              /** Shows. */
              public String show(com.acme.model.Month month) {
                return com.acme.logic.Strings.trim(month.field());
              }
            }
            """)
        .write("src/main/java/com/acme/logic/Strings.java", """
            package com.acme.logic;

            /** Logic the model leans on. */
            public final class Strings {
              /** Trims. */
              public static String trim(String text) {
                return text.trim();
              }
            }
            """)
        .write("src/main/java/com/acme/logic/Writer.java", """
            package com.acme.logic;

            /** Writes fields. */
            public final class Writer {
              /** Writes. */
              public static String write(String text) {
                return text;
              }
            }
            """)
        .write("src/main/java/com/acme/model/Entry.java", """
            package com.acme.model;

            import com.acme.arch.AllowedToUseLogic;
            import com.acme.logic.Strings;

            /** An entry. */
            @AllowedToUseLogic("uses Strings for now")
            public final class Entry {
              /** Its key. */
              public String key(String text) {
                return Strings.trim(text);
              }

              /** A nested type is judged on its own annotations, as ArchUnit does. */
              static final class Part {
                String text(String text) {
                  return Strings.trim(text);
                }
              }
            }
            """)
        .write("src/main/java/com/acme/model/Month.java", """
            package com.acme.model;

            /** A month. */
            public enum Month {
              JANUARY;

              /** As a field value. */
              public String field() {
                return com.acme.logic.Writer.write(name());
              }
            }
            """)
        .write("src/main/java/com/acme/model/Langid.java", """
            package com.acme.model;

            /** A language id. */
            public enum Langid {
              ENGLISH;

              /** As a field value. */
              public String field() {
                return com.acme.logic.Writer.write(name());
              }
            }
            """);
  }

  private static List<String> layerFindings(ProjectModel model) {
    return DriftCheck.run(model).findings().stream()
        .filter(finding -> finding.rule().equals("layer-violation"))
        .map(Finding::toString)
        .toList();
  }

  @Test
  @DisplayName("an annotation exception and a pair exception allow their uses; the one real violation stays an error")
  void exceptionsAllowWhatTheirDecisionAllows(@TempDir Path root) {
    ProjectModel model = project(root, """
        layer-exceptions:
          - annotation: com.acme.arch.AllowedToUseLogic
            decision: ADR-17
            reason: model classes marked @AllowedToUseLogic may use logic
          - from: com.acme.model.Month
            to: com.acme.logic..
            decision: "0017"
        """).load();
    List<String> findings = layerFindings(model);
    assertThat(findings).filteredOn(f -> f.contains(": error: ")).containsExactlyInAnyOrder(
        "src/main/java/com/acme/model/Entry.java:17: error: 'com.acme.model.Entry.Part' (layer model) uses"
            + " 'com.acme.logic.Strings' (layer logic) by method call, but model may use only model; turn the"
            + " dependency around (an interface in model that logic implements) or move the code to the layer it"
            + " belongs to [layer-violation]",
        "src/main/java/com/acme/model/Langid.java:9: error: 'com.acme.model.Langid' (layer model) uses"
            + " 'com.acme.logic.Writer' (layer logic) by method call, but model may use only model; turn the"
            + " dependency around (an interface in model that logic implements) or move the code to the layer it"
            + " belongs to [layer-violation]");
    assertThat(findings).noneMatch(f -> f.contains("warning"));
  }

  @Test
  @DisplayName("a type named in from: covers the types nested in it; an exact package does not cover the packages below")
  void pairSides(@TempDir Path root) {
    List<String> findings = layerFindings(project(root, """
        layer-exceptions:
          - from: com.acme.model.Entry
            to: com.acme.logic.Strings
            decision: ADR-17
          - from: com.acme
            to: com.acme.logic..
            decision: ADR-17
        """).load());
    assertThat(findings).noneMatch(f -> f.contains("'com.acme.model.Entry"))
        .anyMatch(f -> f.contains("'com.acme.model.Langid' (layer model)"))
        .anyMatch(f -> f.startsWith("archdoc.yml:12: warning: layer exception 'com.acme -> com.acme.logic..'"));
  }

  @Test
  @DisplayName("an annotation exception with to: allows only uses of what to: names")
  void annotationNarrowedByTo(@TempDir Path root) {
    List<String> findings = layerFindings(project(root, """
        layer-exceptions:
          - annotation: AllowedToUseLogic
            to: com.acme.gui..
            decision: ADR-17
        """).load());
    assertThat(findings).anyMatch(f -> f.contains("'com.acme.model.Entry' (layer model) uses 'com.acme.logic.Strings'"))
        .anyMatch(f -> f.startsWith("archdoc.yml:9: warning: layer exception '@AllowedToUseLogic -> com.acme.gui..'"));
  }

  @Test
  @DisplayName("the annotation may be named by its simple name")
  void annotationBySimpleName(@TempDir Path root) {
    List<String> findings = layerFindings(project(root, """
        layer-exceptions:
          - annotation: "@AllowedToUseLogic"
            decision: ADR-17
        """).load());
    assertThat(findings).noneMatch(f -> f.contains("'com.acme.model.Entry' (layer model)"));
    assertThat(findings).anyMatch(f -> f.contains("'com.acme.model.Langid' (layer model)"));
  }

  @Test
  @DisplayName("an annotation whose type is not on the class path still allows, by the name written in the source")
  void unresolvedAnnotation(@TempDir Path root) throws Exception {
    TestProject project = project(root, """
        layer-exceptions:
          - annotation: org.elsewhere.Permit
            decision: ADR-17
        """);
    project.write("src/main/java/com/acme/model/Month.java", """
        package com.acme.model;

        import org.elsewhere.Permit;

        /** A month. */
        @Permit
        public enum Month {
          JANUARY;

          /** As a field value. */
          public String field() {
            return com.acme.logic.Writer.write(name());
          }
        }
        """);
    List<String> findings = layerFindings(project.loaded().project().orElseThrow());
    assertThat(findings).noneMatch(f -> f.contains("'com.acme.model.Month' (layer model)"));
    assertThat(findings).anyMatch(f -> f.contains("'com.acme.model.Langid' (layer model)"));
  }

  @Test
  @DisplayName("an exception naming no ADR is an error, one naming a retired ADR a warning, one allowing nothing a warning")
  void exceptionsAreCheckedThemselves(@TempDir Path root) {
    List<String> findings = layerFindings(project(root, """
        layer-exceptions:
          - annotation: AllowedToUseLogic
            decision: ADR-9
          - from: com.acme.model.Month
            to: com.acme.logic.Writer
            decision: ADR-18
          - from: com.acme.gui..
            to: com.acme.model..
            decision: ADR-17
        """).load());
    assertThat(findings).contains(
        "archdoc.yml:9: error: layer exception '@AllowedToUseLogic' names decision 'ADR-9', which is not an ADR of"
            + " system '" + systemName(root) + "'; name the ADR that allows this use (write it first if there is"
            + " none) [layer-violation]",
        "archdoc.yml:11: warning: layer exception 'com.acme.model.Month -> com.acme.logic.Writer' names decision"
            + " 'ADR-18' (An old allowance), which no longer holds (deprecated); name a decision that holds, or"
            + " remove the exception [layer-violation]",
        "archdoc.yml:14: warning: layer exception 'com.acme.gui.. -> com.acme.model..' (ADR-17) allows no use any"
            + " more: no layer violation of system '" + systemName(root) + "' matches it; remove it, so that it"
            + " cannot hide a new violation later [layer-violation]");
  }

  /** The single system is named after the project folder. */
  private static String systemName(Path root) {
    return root.getFileName().toString().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
  }

  @Test
  @DisplayName("the baseline records today's violations sorted, one per line, keyed by the two types")
  void baselineText(@TempDir Path root) {
    ProjectModel model = project(root, "").load();
    assertThat(LayerBaseline.of(model).text()).endsWith("""
        com.acme.model.Entry -> com.acme.logic.Strings
        com.acme.model.Entry.Part -> com.acme.logic.Strings
        com.acme.model.Langid -> com.acme.logic.Writer
        com.acme.model.Month -> com.acme.logic.Writer
        """).doesNotContain("20").startsWith("# archdoc.baseline:");
  }

  @Test
  @DisplayName("with a baseline, check fails only on new violations and warns at each line whose violation is gone")
  void baselineHoldsBackKnownViolations(@TempDir Path root) throws Exception {
    TestProject project = project(root, "");
    LayerBaseline.of(project.load()).write(root);
    assertThat(layerFindings(project.load())).noneMatch(f -> f.contains(": error: "))
        .containsExactly("archdoc.baseline: info: 4 known layer violations are listed here and not reported;"
            + " fix them and delete their lines [layer-violation]");

    // Langid is fixed, and Entry gains a new use of another logic type
    project.write("src/main/java/com/acme/model/Langid.java", """
        package com.acme.model;

        /** A language id. */
        public enum Langid {
          ENGLISH
        }
        """);
    project.write("src/main/java/com/acme/model/Entry.java", """
        package com.acme.model;

        /** An entry. */
        public final class Entry {
          /** Its key. */
          public String key(String text) {
            return com.acme.logic.Strings.trim(com.acme.logic.Writer.write(text));
          }
        }
        """);
    List<String> findings = layerFindings(project.load());
    assertThat(findings).filteredOn(f -> f.contains(": error: ")).singleElement().asString()
        .startsWith("src/main/java/com/acme/model/Entry.java:7: error: 'com.acme.model.Entry' (layer model) uses"
            + " 'com.acme.logic.Writer'");
    assertThat(findings).contains(
        "archdoc.baseline:5: warning: 'com.acme.model.Entry.Part -> com.acme.logic.Strings' is no longer a"
            + " layer violation (it was fixed, or a layer exception allows it now); delete this line, so that the"
            + " violation cannot come back unnoticed [layer-violation]",
        "archdoc.baseline:6: warning: 'com.acme.model.Langid -> com.acme.logic.Writer' is no longer a layer"
            + " violation (it was fixed, or a layer exception allows it now); delete this line, so that the violation"
            + " cannot come back unnoticed [layer-violation]");
  }

  @Test
  @DisplayName("a baseline line that is not a pair of types is an error at its line; comments and blank lines are fine")
  void malformedBaselineLine(@TempDir Path root) throws Exception {
    TestProject project = project(root, "");
    Files.writeString(root.resolve("archdoc.baseline"), """
        # known violations

        com.acme.model.Langid -> com.acme.logic.Writer
        <script>alert(1)</script>
        com.acme.model.Month->com.acme.logic.Writer
        """);
    List<String> findings = layerFindings(project.load());
    assertThat(findings).contains("archdoc.baseline:4: error: '<script>alert(1)</script>' is not a baseline line:"
        + " each line is one known layer violation, 'com.example.UsingType -> com.example.UsedType'; fix the line,"
        + " or run 'archdoc baseline' to write the file again [layer-violation]");
    assertThat(findings).noneMatch(f -> f.contains("'com.acme.model.Langid' (layer model)"))
        .noneMatch(f -> f.contains("'com.acme.model.Month' (layer model)"))
        .anyMatch(f -> f.contains("'com.acme.model.Entry' (layer model)"));
  }

  @Test
  @DisplayName("violations an exception allows are not written to the baseline")
  void baselineLeavesOutAllowedUses(@TempDir Path root) {
    ProjectModel model = project(root, """
        layer-exceptions:
          - annotation: AllowedToUseLogic
            decision: ADR-17
        """).load();
    assertThat(LayerBaseline.of(model).lines().keySet()).map(LayerBaseline.Key::toString).containsExactly(
        "com.acme.model.Entry.Part -> com.acme.logic.Strings",
        "com.acme.model.Langid -> com.acme.logic.Writer",
        "com.acme.model.Month -> com.acme.logic.Writer");
  }
}
