package dev.archdoc.doclet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.doclet.json.CodeModelJson;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.source.NestingDepth;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Re-reading the changed files gives the model a cold read gives")
class RereadTest {

  private static final String A =
      "package p;\n\nimport q.C;\n\n/** Uses {@link B#size()}. */\npublic class A {\n  //! A reads B.\n"
          + "  private final B b = new B();\n\n  public int run(C c) {\n    return b.size() + c.hashCode();\n  }\n}\n";
  private static final String B = "package p;\n\n/** Holds things. */\npublic class B {\n  public int size() { return 0; }\n}\n";
  private static final String C = "package q;\n\n/** Elsewhere. */\npublic class C {}\n";
  private static final String INFO = "/** The p package. */\npackage p;\n";

  private static CodeModelReader.Request request(Path root) {
    return new CodeModelReader.Request(root, List.of(Path.of("src/main/java")), List.of());
  }

  private static String json(CodeModel model) {
    StringWriter out = new StringWriter();
    try {
      CodeModelJson.write(model, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Re-reads the files after the change and compares with a cold read of the same sources. */
  private static CodeModelReader.Result sameAsCold(Path root, CodeModelReader.Result previous, String... changed) {
    Set<Path> paths = new HashSet<>();
    for (String file : changed) {
      paths.add(root.resolve("src/main/java").resolve(file).toAbsolutePath());
    }
    CodeModelReader.Result updated = CodeModelReader.update(request(root), previous, paths).orElseThrow();
    CodeModelReader.Result cold = CodeModelReader.read(request(root));
    assertEquals(json(cold.model()), json(updated.model()));
    assertEquals(new HashSet<>(cold.problems()), new HashSet<>(updated.problems()));
    return updated;
  }

  @Test
  void editsAdditionsAndDeletionsGiveTheColdModel(@TempDir Path root) throws IOException {
    assertTrue(CodeModelReader.canUpdate(), "the tests run with javac's API exported, as archdoc.jar does");
    Sources.write(root, "p/A.java", A);
    Sources.write(root, "p/B.java", B);
    Sources.write(root, "q/C.java", C);
    Sources.write(root, "p/package-info.java", INFO);
    CodeModelReader.Result result = CodeModelReader.read(request(root));
    assertTrue(result.problems().isEmpty(), result.problems().toString());

    // an edit: a new member, a new dependency on another package, another doc
    Sources.write(root, "p/B.java", B.replace("Holds things.", "Holds more.")
        .replace("  public int size() { return 0; }\n",
            "  public int size() { return 0; }\n  public q.C make() { return new q.C(); }\n"));
    result = sameAsCold(root, result, "p/B.java");
    assertTrue(result.model().findType("p.B").orElseThrow().members().stream().anyMatch(m -> m.name().equals("make")));

    // a new file that uses one that was not re-read
    Sources.write(root, "q/D.java", "package q;\npublic class D {\n  int n() { return new p.A().run(null); }\n}\n");
    result = sameAsCold(root, result, "q/D.java");

    // the package's doc edited
    Sources.write(root, "p/package-info.java", INFO.replace("The p package.", "Things."));
    result = sameAsCold(root, result, "p/package-info.java");

    // a signature naming what is not there: a problem at its line; then it is fixed again
    Sources.write(root, "q/D.java", "package q;\npublic class D {\n  Missing n() { return null; }\n}\n");
    result = sameAsCold(root, result, "q/D.java");
    assertEquals(1, result.problems().size(), result.problems().toString());
    Sources.write(root, "q/D.java", "package q;\npublic class D {}\n");
    result = sameAsCold(root, result, "q/D.java");
    assertTrue(result.problems().isEmpty(), result.problems().toString());

    // a deleted file nobody uses, and with it the last type of its package
    Sources.write(root, "r/E.java", "package r;\npublic class E {}\n");
    result = sameAsCold(root, result, "r/E.java");
    Files.delete(root.resolve("src/main/java/r/E.java"));
    result = sameAsCold(root, result, "r/E.java");
    assertTrue(result.model().packages().stream().noneMatch(p -> p.name().equals("r")));

    // a class that is not public, declared in another file of the package: javac finds it by its
    // file's name only, so the re-read enters the package's other files too (no false problem)
    Sources.write(root, "p/Tools.java", "package p;\npublic class Tools {}\nclass Helper { int k() { return 1; } }\n");
    result = sameAsCold(root, result, "p/Tools.java");
    Sources.write(root, "p/A.java", A.replace("b.size() + c.hashCode()", "b.size() + c.hashCode() + new Helper().k()"));
    result = sameAsCold(root, result, "p/A.java");
    assertTrue(result.problems().isEmpty(), result.problems().toString());

    // a file over the nesting limit stays left out, with its problem, while another is re-read
    StringBuilder deep = new StringBuilder("package q;\npublic class Deep { int n = ");
    deep.append("(".repeat(NestingDepth.LIMIT + 1)).append("1").append(")".repeat(NestingDepth.LIMIT + 1)).append("; }\n");
    Sources.write(root, "q/Deep.java", deep.toString());
    result = sameAsCold(root, result, "q/Deep.java");
    assertTrue(result.problems().stream().anyMatch(p -> p.kind() == Problem.Kind.SOURCE_OVER_LIMIT), result.problems().toString());
    Sources.write(root, "q/D.java", "package q;\npublic class D { int m; }\n");
    result = sameAsCold(root, result, "q/D.java");
    assertTrue(result.problems().stream().anyMatch(p -> p.kind() == Problem.Kind.SOURCE_OVER_LIMIT), result.problems().toString());
  }

  @Test
  void whatAReReadCannotSeeIsAChangesEffectOnOtherFiles(@TempDir Path root) {
    Sources.write(root, "p/B.java", "package p;\npublic class B {\n  public enum Kind { ONE }\n}\n");
    Sources.write(root, "p/A.java", "package p;\npublic class A {\n  public B.Kind kind() { return null; }\n}\n");
    CodeModelReader.Result result = CodeModelReader.read(request(root));
    assertTrue(result.problems().isEmpty(), result.problems().toString());
    // B.Kind renamed: A's signature now names nothing, which only a cold read (check) reports
    Sources.write(root, "p/B.java", "package p;\npublic class B {\n  public enum Sort { ONE }\n}\n");
    Set<Path> changed = Set.of(root.resolve("src/main/java/p/B.java").toAbsolutePath());
    CodeModelReader.Result updated = CodeModelReader.update(request(root), result, changed).orElseThrow();
    CodeModelReader.Result cold = CodeModelReader.read(request(root));
    assertTrue(updated.problems().isEmpty(), updated.problems().toString());
    assertEquals(List.of("src/main/java/p/A.java"), cold.problems().stream().map(Problem::file).toList(), cold.problems().toString());
    assertEquals("p.B.Kind", updated.model().findType("p.A").orElseThrow().members().get(0).type());
  }
}
