package dev.archdoc.core.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.core.cache.CodeCache;
import dev.archdoc.doclet.CodeModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("serve's code memo: a saved .java file is read alone, anything else that may be code reads cold")
class CodeMemoTest {

  @Test
  void aSavedJavaFileIsReadAloneAndAJarReadsEverything(@TempDir Path root) throws IOException {
    Path a = write(root, "src/main/java/p/A.java", "package p;\npublic class A {}\n");
    write(root, "src/main/java/p/B.java", "package p;\npublic class B { A a; }\n");
    CodeModelReader.Request request = new CodeModelReader.Request(root, List.of(Path.of("src/main/java")), List.of());
    CodeMemo memo = new CodeMemo(new CodeCache(root.resolve("target/cache")));
    memo.read(request);
    assertEquals("code read", memo.takeNote());

    assertFalse(memo.forgetIfCodeChanged(Set.of(root.resolve("docs/page.md"))));
    assertFalse(memo.forgetIfCodeChanged(Set.of(root.resolve("src/test/java/p/ATest.java"))), "in no model");
    memo.read(request);
    assertEquals("code model reused", memo.takeNote());

    write(root, "src/main/java/p/A.java", "package p;\npublic class A { public int n; }\n");
    // sed -i writes a temporary file beside the one it edits and renames it over it: no source
    assertTrue(memo.forgetIfCodeChanged(Set.of(a, root.resolve("src/main/java/p/sedX4k2q9"))));
    CodeModelReader.Result result = memo.read(request);
    assertTrue(memo.takeNote().startsWith("code read again for 1 changed file only"));
    assertTrue(result.model().resolve("p.A#n").isPresent());
    assertEquals(2, memo.docletRuns());

    assertTrue(memo.forgetIfCodeChanged(Set.of(root.resolve("lib/x.jar"))));
    memo.read(request);
    assertEquals("code read", memo.takeNote());

    // a new folder under a source root: which files came with it is not known
    Files.createDirectories(root.resolve("src/main/java/q"));
    assertTrue(memo.forgetIfCodeChanged(Set.of(root.resolve("src/main/java/q"))));
    memo.read(request);
    assertEquals("code read", memo.takeNote());
    // a deleted folder that held sources
    Path b = root.resolve("src/main/java/p/B.java");
    Files.delete(b);
    Files.delete(a);
    Files.delete(root.resolve("src/main/java/p"));
    write(root, "src/main/java/r/C.java", "package r;\npublic class C {}\n");
    memo.read(request); // the model to compare against must hold p's files
    memo.takeNote();
    assertTrue(memo.forgetIfCodeChanged(Set.of(root.resolve("src/main/java/p"))));
    memo.read(request);
    assertEquals("code read", memo.takeNote());
  }

  private static Path write(Path root, String file, String text) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
    return path;
  }
}
