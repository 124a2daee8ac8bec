package dev.archdoc.doclet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.Dependency;
import dev.archdoc.doclet.model.DependencyKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One javac task reads declarations, doc comments and bodies (ADR-33), and the model is what it
 * was when javadoc read the declarations and a second task the bodies.
 */
@DisplayName("One javac task reads the code as javadoc and the body attribution did")
class OneJavacTaskTest {

  @Test
  void anErrorInsideABodyIsNoProblemButTheBodysUsesAreStillRead(@TempDir Path root) {
    Sources.write(root, "p/Used.java", "package p;\npublic class Used { public static int n() { return 1; } }\n");
    Sources.write(root, "p/User.java", "package p;\n/** Uses. */\npublic class User {\n  void run() {\n"
        + "    int a = Used.n();\n    String wrong = 42;\n    Missing m = null;\n  }\n}\n");
    CodeModelReader.Result result = Sources.read(root);
    assertEquals(List.of(), result.problems(), "javadoc reported no error inside a body; the build does");
    assertTrue(
        result.model().dependencies().stream()
            .anyMatch(d -> d.from().equals("p.User") && d.to().equals("p.Used") && d.kind() == DependencyKind.METHOD_CALL),
        result.model().dependencies().toString());
    assertEquals("Uses.", result.model().findType("p.User").orElseThrow().doc().firstSentence());
  }

  @Test
  void anErrorInASignatureIsStillReported(@TempDir Path root) {
    Sources.write(root, "p/User.java", "package p;\npublic class User {\n  Missing m() { return null; }\n}\n");
    CodeModelReader.Result result = Sources.read(root);
    assertEquals(1, result.problems().size(), result.problems().toString());
    assertEquals(3, result.problems().get(0).line());
    assertEquals(Problem.Kind.MISSING_FROM_CLASS_PATH, result.problems().get(0).kind());
  }

  @Test
  void anEnumsConstantBodiesAreNotPermittedSubtypes(@TempDir Path root) {
    // attribution makes an enum with constant bodies sealed, its anonymous classes permitted:
    // the declarations are read before that, as javadoc read them
    Sources.write(root, "p/Op.java", "package p;\npublic enum Op {\n  ADD { int apply(int a, int b) { return a + b; } };\n"
        + "  abstract int apply(int a, int b);\n}\n");
    CodeModelReader.Result result = Sources.read(root);
    CodeType op = result.model().findType("p.Op").orElseThrow();
    assertEquals(List.of(), op.permittedSubtypes());
    assertTrue(
        result.model().dependencies().stream().map(Dependency::kind).noneMatch(k -> k == DependencyKind.PERMITS),
        result.model().dependencies().toString());
  }
}
