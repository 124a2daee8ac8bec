package dev.archdoc.core.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.docs.ref.CodeUrls;
import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PlantUML failing in itself rather than on a bad source: a crash it draws as a picture, a
 * preprocessor that recurses without end. Each is a finding, never a picture or a dead build, and
 * PlantUML prints nothing. The crash comes from PlantUML's own crash diagram ({@code @startcrash},
 * {@code crash when drawing}), which throws where a layout bug does (Smetana's
 * ArrayIndexOutOfBoundsException on a JabRef package).
 */
@DisplayName("A diagram PlantUML fails on")
class PlantUmlCrashTest {

  @TempDir Path project;
  @TempDir Path cache;

  private <T> T quietly(Supplier<T> action, StringBuilder printed) {
    PrintStream err = System.err;
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setErr(capture);
    System.setOut(capture);
    try {
      return action.get();
    } finally {
      System.setErr(err);
      System.setOut(out);
      printed.append(captured.toString(StandardCharsets.UTF_8));
    }
  }

  private RenderedDiagram render(String file, int firstLine, String text, StringBuilder printed) {
    DiagramRenderer renderer = new DiagramRenderer(new ProjectFiles(project), cache);
    return quietly(() -> renderer.render(new DiagramSource(Path.of(file), firstLine, text), CodeUrls.NONE), printed);
  }

  @Test
  @DisplayName("that crashed is an error at the diagram's line, not PlantUML's crash picture, and prints nothing")
  void crashIsAFinding() {
    StringBuilder printed = new StringBuilder();
    RenderedDiagram out = render("docs/arch.md", 12, "@startcrash\ncrash when drawing\n@endcrash\n", printed);
    assertThat(out.findings()).extracting(Finding::toString).containsExactly(
        "docs/arch.md:12: error: diagram not drawn: PlantUML crashed drawing it (IllegalStateException: This is a"
            + " normal crash when DRAWING) [diagram-error]");
    assertThat(out.svg()).doesNotContain("crashed.").contains("Not drawn");
    assertThat(printed.toString()).as("PlantUML's log and the JDK's preferences say nothing").isEmpty();
    if (ClassLoader.getSystemClassLoader().getResource(QuietPreferences.class.getName().replace('.', '/') + ".class")
        != null) {
      assertThat(java.util.prefs.Preferences.userRoot().getClass().getName()).as("preferences kept in memory")
          .startsWith(QuietPreferences.class.getName());
    }
  }

  @Test
  @DisplayName("that is generated and crashes is an info (nothing in the project to fix), drawn as a list of its boxes when it crashes without arrows")
  void generatedCrashIsAList() {
    StringBuilder printed = new StringBuilder();
    RenderedDiagram out = render("(generated)/types-com.acme.puml", 1,
        "@startcrash\nclass \"Ledger\" as T0\nclass \"Journal<T>\" as T1\nT0 ..> T1\ncrash when drawing\n@endcrash\n",
        printed);
    assertThat(out.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.rule()).isEqualTo("diagram-error");
      assertThat(f.file()).isEqualTo(Path.of("(generated)/types-com.acme.puml"));
      assertThat(f.message()).contains("types-com.acme.puml").contains("shown as a list of its boxes");
    });
    assertThat(out.svg()).contains("Ledger").contains("Journal&lt;T&gt;").doesNotContain("crashed.");
    assertThat(printed.toString()).isEmpty();
  }

  @Test
  @DisplayName("whose !function or !procedure calls itself is an error at its file, and the build goes on")
  void recursionIsAFinding() {
    StringBuilder printed = new StringBuilder();
    RenderedDiagram function = render("docs/loop.puml", 1,
        "@startuml\n!function $f($x)\n!return $f($x + 1)\n!endfunction\nAlice -> Bob : $f(1)\n@enduml\n", printed);
    RenderedDiagram procedure = render("docs/loop2.puml", 3,
        "@startuml\n!procedure $p($x)\n$p($x)\n!endprocedure\n$p(1)\n@enduml\n", printed);
    for (RenderedDiagram out : java.util.List.of(function, procedure)) {
      assertThat(out.findings()).singleElement().satisfies(f -> {
        assertThat(f.rule()).isEqualTo("diagram-error");
        assertThat(f.message()).contains("calls itself");
      });
    }
    assertThat(function.findings().get(0).toString()).startsWith("docs/loop.puml:1: error:");
    assertThat(procedure.findings().get(0).toString()).startsWith("docs/loop2.puml:3: error:");
    assertThat(printed.toString()).isEmpty();
  }

  @Test
  @DisplayName("arrows of a generated diagram are left out when it is drawn again, its boxes kept")
  void withoutArrows() {
    String source = "@startuml\nhide empty members\nclass \"A\" as T0 [[code:a.A]]\nfolder \"b\" as P1\n"
        + "T0 ..> T1\nT0 -|> T1\nP0 -[#c0392b,bold]-> P1 : 2 uses (forbidden)\nL0 --> Lnone : 1 use\n@enduml\n";
    assertThat(NotDrawn.withoutArrows(source)).isEqualTo(
        "@startuml\nhide empty members\nclass \"A\" as T0 [[code:a.A]]\nfolder \"b\" as P1\n@enduml\n");
    assertThat(NotDrawn.boxes(source)).containsExactly("A", "b");
  }
}
