package dev.archdoc.doclet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("On a real project read without its class path, only syntax is an error")
class RealProjectDiagnosticsTest {

  @Test
  @DisplayName("a static import from a library class that is not on the class path is a warning, as JabRef's picocli imports")
  void staticImportFromAMissingLibraryIsAWarning(@TempDir Path root) {
    Sources.write(root, "p/Command.java",
        "package p;\n\nimport static picocli.CommandLine.Option;\n\npublic class Command {\n  @Option int n;\n}\n");
    CodeModelReader.Result result = Sources.read(root);
    assertTrue(result.problems().stream().anyMatch(p -> p.message().contains("static import only from classes")),
        "javac words it so when the class is unknown: " + result.problems());
    assertTrue(result.problems().stream().allMatch(p -> p.severity() == Problem.Severity.WARNING), result.problems().toString());
    assertTrue(result.problems().stream().allMatch(p -> p.hint().contains("classpath:")), result.problems().toString());
    assertTrue(result.model().findType("p.Command").isPresent());
  }

  @Test
  @DisplayName("implementing an interface whose library is not on the class path is a warning, as JabRef's ErrorMessage")
  void implementingAMissingLibraryInterfaceIsAWarning(@TempDir Path root) {
    Sources.write(root, "p/ErrorMessage.java",
        "package p;\n\nimport dev.lib.data.message.ChatMessage;\n\npublic class ErrorMessage implements ChatMessage {}\n");
    CodeModelReader.Result result = Sources.read(root);
    assertTrue(!result.problems().isEmpty());
    assertTrue(result.problems().stream().allMatch(p -> p.severity() == Problem.Severity.WARNING), result.problems().toString());
  }

  @Test
  @DisplayName("a real syntax error in the project's own file stays an error")
  void aSyntaxErrorStaysAnError(@TempDir Path root) {
    Sources.write(root, "p/Broken.java", "package p;\n\npublic class Broken {\n  void m() { int x = ; }\n}\n");
    CodeModelReader.Result result = Sources.read(root);
    Problem problem = result.problems().get(0);
    assertEquals(Problem.Severity.ERROR, problem.severity(), result.problems().toString());
    assertEquals(4, problem.line());
  }

  @Test
  @DisplayName("sources read at an older release than they are written in stop the read, naming the release javac asks for")
  void newerConstructsThanTheReleaseReadAtStopTheRead(@TempDir Path root) {
    Sources.write(root, "p/Point.java", "package p;\n\npublic record Point(int x, int y) {}\n");
    CodeModelReader.Result result =
        CodeModelReader.read(new CodeModelReader.Request(root, List.of(Path.of("src/main/java")), List.of(), 11));
    NewerJava newer = result.newerJava().orElseThrow(() -> new AssertionError(result.problems().toString()));
    assertEquals(16, newer.release(), newer.toString());
    assertTrue(newer.file().endsWith("p/Point.java"), newer.file());
    assertEquals(3, newer.line());
  }

  @Test
  @DisplayName("sources read at the release they are written in read cleanly under --release")
  void sourcesReadAtTheirOwnReleaseAreClean(@TempDir Path root) {
    Sources.write(root, "p/Point.java", "package p;\n\npublic record Point(int x, int y) {}\n");
    CodeModelReader.Result result =
        CodeModelReader.read(new CodeModelReader.Request(root, List.of(Path.of("src/main/java")), List.of(), 16));
    assertEquals(List.of(), result.problems());
    assertTrue(result.newerJava().isEmpty());
    assertTrue(result.model().findType("p.Point").isPresent());
  }
}
