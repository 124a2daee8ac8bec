package dev.archdoc.doclet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Bad input gives problems with file, line and a hint, and as much model as possible")
class BadInputTest {

  private static final String GOOD = "package p;\n/** Fine. */\npublic class Good {}\n";

  private static Problem only(CodeModelReader.Result result, String fileSuffix) {
    List<Problem> matching = result.problems().stream().filter(p -> p.file().endsWith(fileSuffix)).toList();
    assertTrue(!matching.isEmpty(), "no problem for " + fileSuffix + " in " + result.problems());
    return matching.get(0);
  }

  @Test
  void aMissingSourceRootIsNamedAndTheOtherRootsAreStillRead(@TempDir Path root) {
    Sources.write(root, "p/Good.java", GOOD);
    CodeModelReader.Result result =
        CodeModelReader.read(new CodeModelReader.Request(root, List.of(Path.of("src/main/java"), Path.of("nowhere/src")), List.of()));
    Problem problem = only(result, "nowhere/src");
    assertEquals(Problem.Severity.ERROR, problem.severity());
    assertTrue(problem.hint().contains("sources:"));
    assertTrue(result.model().findType("p.Good").isPresent());
  }

  @Test
  void anEmptyProjectSaysThereIsNothingToRead(@TempDir Path root) throws Exception {
    java.nio.file.Files.createDirectories(root.resolve("src/main/java"));
    CodeModelReader.Result result = Sources.read(root);
    assertEquals(1, result.problems().size());
    assertTrue(result.problems().get(0).message().startsWith("no Java source files found"), result.problems().toString());
    assertEquals(Problem.Kind.NO_SOURCE_FILES, result.problems().get(0).kind());
    assertTrue(result.model().types().isEmpty());
  }

  @Test
  void sourcesThatDoNotCompileAreReportedAndTheRestIsModelled(@TempDir Path root) {
    Sources.write(root, "p/Good.java", GOOD);
    Sources.write(root, "p/Broken.java", "package p;\npublic class Broken {\n  public Missing m() { return null; }\n}\n");
    CodeModelReader.Result result = Sources.read(root);
    Problem problem = only(result, "p/Broken.java");
    assertEquals(3, problem.line());
    assertEquals(Problem.Severity.WARNING, problem.severity(), "every element is still modelled");
    assertTrue(problem.message().contains("cannot find symbol"), problem.message());
    assertTrue(problem.hint().contains("classpath:"), problem.hint());
    assertTrue(result.model().findType("p.Good").isPresent());
    assertTrue(result.model().findType("p.Broken").isPresent(), "the type is still there, with what could be read");
  }

  @Test
  void anAnnotationThatCannotBeResolvedIsReportedWithAClasspathHint(@TempDir Path root) {
    Sources.write(root, "p/Annotated.java", "package p;\n\n@org.nowhere.Marker\npublic class Annotated {}\n");
    CodeModelReader.Result result = Sources.read(root);
    Problem problem = only(result, "p/Annotated.java");
    assertEquals(3, problem.line());
    assertTrue(problem.message().contains("org.nowhere"), problem.message());
    assertTrue(problem.hint().contains("classpath:"));
    assertTrue(result.model().findType("p.Annotated").isPresent(), "the doclet still ran");
  }

  @Test
  void anAnnotationOnATypeThatCannotBeResolvedIsStillRecordedByTheNameWritten(@TempDir Path root) {
    Sources.write(root, "p/Marked.java", "package p;\n\nimport org.nowhere.AllowedToUseLogic;\n\n"
        + "@AllowedToUseLogic(\"uses logic\")\n@org.other.Qual(level = 2)\n@Deprecated\npublic class Marked {}\n");
    CodeModelReader.Result result = Sources.read(root);
    List<dev.archdoc.doclet.model.AnnotationUse> annotations =
        result.model().findType("p.Marked").orElseThrow().annotations();
    assertEquals(List.of(
            new dev.archdoc.doclet.model.AnnotationUse("java.lang.Deprecated", java.util.Map.of(), true),
            new dev.archdoc.doclet.model.AnnotationUse("org.nowhere.AllowedToUseLogic",
                java.util.Map.of("value", "\"uses logic\""), false),
            new dev.archdoc.doclet.model.AnnotationUse("org.other.Qual", java.util.Map.of("level", "2"), false)),
        annotations);
  }

  @Test
  @DisplayName("a name missing from the class path keeps javac's code, kind and positions, and the name as written in the source")
  void aMissingNameKeepsJavacsDiagnosticAsData(@TempDir Path root) {
    Sources.write(root, "p/Imports.java",
        "package p;\n\nimport org.slf4j.Logger;\n\npublic class Imports {\n  private Logger log;\n  Missing other;\n}\n");
    CodeModelReader.Result result = Sources.read(root);
    List<Problem> problems = result.problems().stream().filter(p -> p.file().endsWith("p/Imports.java")).toList();
    assertTrue(problems.stream().allMatch(p -> p.kind() == Problem.Kind.MISSING_FROM_CLASS_PATH), problems.toString());
    JavacDiagnostic pkg = problems.get(0).javac().orElseThrow();
    assertEquals("compiler.err.doesnt.exist", pkg.code());
    assertEquals("ERROR", pkg.kind());
    assertEquals(3, pkg.line());
    assertEquals("org.slf4j", pkg.symbol());
    assertTrue(pkg.startPosition() > 0 && pkg.endPosition() > pkg.startPosition(), pkg.toString());
    assertEquals(List.of("compiler.err.doesnt.exist", "compiler.err.cant.resolve.location"),
        problems.stream().map(p -> p.javac().orElseThrow().code()).distinct().toList());
    assertTrue(problems.stream().anyMatch(p -> p.javac().orElseThrow().symbol().equals("Missing")), problems.toString());
    assertTrue(problems.stream().noneMatch(p -> p.message().contains("compiler.err")), "the code is data, not text");
  }

  @Test
  @DisplayName("a syntax error is a compile error with javac's code, not a missing name")
  void aSyntaxErrorIsACompileError(@TempDir Path root) {
    Sources.write(root, "p/Torn.java", "package p;\npublic class Torn {\n  void m( {\n}\n");
    Problem problem = only(Sources.read(root), "p/Torn.java");
    assertEquals(Problem.Kind.COMPILE_ERROR, problem.kind());
    assertTrue(problem.javac().orElseThrow().code().startsWith("compiler.err."), problem.toString());
  }

  @Test
  void aDecisionAlwaysResolvesWithoutTheProjectDeclaringTheJar(@TempDir Path root) {
    Sources.write(root, "p/Decided.java",
        "package p;\nimport dev.archdoc.annotations.Decision;\n@Decision(\"ADR-9\")\npublic class Decided {}\n");
    CodeModelReader.Result result = Sources.read(root);
    assertEquals(List.of(), result.problems());
    assertEquals("ADR-9", result.model().findType("p.Decided").orElseThrow().decisions().get(0).id());
  }

  @Test
  void aSyntaxErrorIsReportedAndTheOtherFilesAreStillModelled(@TempDir Path root) {
    Sources.write(root, "p/Good.java", GOOD);
    Sources.write(root, "p/Torn.java", "package p;\npublic class Torn {\n  void m( {\n}\n");
    CodeModelReader.Result result = Sources.read(root);
    Problem problem = only(result, "p/Torn.java");
    assertTrue(problem.line() >= 3, problem.toString());
    assertEquals(Problem.Severity.ERROR, problem.severity());
    assertTrue(result.model().findType("p.Good").isPresent());
  }

  @Test
  void aFileThatIsNotUtf8IsReportedWithAnEncodingHint(@TempDir Path root) {
    Sources.write(root, "p/Good.java", GOOD);
    byte[] latin1 = "package p;\n/** Caf\u00e9. */\npublic class Latin {}\n".getBytes(StandardCharsets.ISO_8859_1);
    Sources.write(root, "p/Latin.java", latin1);
    CodeModelReader.Result result = Sources.read(root);
    Problem problem = only(result, "p/Latin.java");
    assertEquals(2, problem.line());
    assertEquals(Problem.Severity.ERROR, problem.severity());
    assertTrue(problem.hint().contains("UTF-8"), problem.hint());
    assertTrue(result.model().findType("p.Latin").isPresent());
  }

  @Test
  void aModuleDeclarationIsSkippedWithAnInfo(@TempDir Path root) {
    Sources.write(root, "p/Good.java", GOOD);
    Sources.write(root, "module-info.java", "module m { exports p; }\n");
    CodeModelReader.Result result = Sources.read(root);
    Problem problem = only(result, "module-info.java");
    assertEquals(Problem.Severity.INFO, problem.severity(), "nothing to fix: not a warning");
    assertTrue(!result.hasErrors(), result.problems().toString());
    assertTrue(result.model().findType("p.Good").isPresent());
  }

  @Test
  void problemsPrintLikeCompilerMessages() {
    Problem problem = new Problem(Problem.Severity.ERROR, "src/A.java", 3, "cannot find symbol", "add the jar");
    assertEquals("src/A.java:3: error: cannot find symbol (add the jar)", problem.format());
  }
}
