package dev.archdoc.doclet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.archdoc.doclet.model.Fingerprint;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Fingerprints")
class FingerprintTest {

  private static final String ORIGINAL =
      """
      package p;
      public class A {
        /** Adds. */
        public int add(int a, int b) {
          return a + b;
        }
      }
      """;

  private static Fingerprint fingerprintOfAdd(Path root, String source) {
    Sources.write(root, "p/A.java", source);
    return Sources.read(root).model().findMember("p.A#add(int,int)").orElseThrow().fingerprint();
  }

  private static Fingerprint fingerprintOfType(Path root) {
    return Sources.read(root).model().findType("p.A").orElseThrow().fingerprint();
  }

  @Test
  void ignoreWhitespaceCommentsAndJavadoc(@TempDir Path one, @TempDir Path two) {
    String reformatted =
        """
        package p;
        // a comment
        public class A {
          /** Adds two numbers, now with more words. */
          public   int add( int a,
                            int b ) {
            // why: plain addition
            return a+b;  /* trailing */
          }
        }
        """;
    assertEquals(fingerprintOfAdd(one, ORIGINAL), fingerprintOfAdd(two, reformatted));
    assertEquals(fingerprintOfType(one), fingerprintOfType(two));
  }

  @Test
  void changeInTheBodyOnlyWhenTheBodyChanges(@TempDir Path one, @TempDir Path two) {
    Fingerprint before = fingerprintOfAdd(one, ORIGINAL);
    Fingerprint after = fingerprintOfAdd(two, ORIGINAL.replace("a + b", "a - b"));
    assertEquals(before.signature(), after.signature());
    assertNotEquals(before.body(), after.body());
    assertNotEquals(fingerprintOfType(one).body(), fingerprintOfType(two).body(), "the type's body holds the method's");
  }

  @Test
  void changeInTheSignatureWhenModifiersOrThrowsChange(@TempDir Path one, @TempDir Path two) {
    Fingerprint before = fingerprintOfAdd(one, ORIGINAL);
    Fingerprint after = fingerprintOfAdd(two, ORIGINAL.replace("public int add(int a, int b)", "int add(int a, int b) throws Exception"));
    assertNotEquals(before.signature(), after.signature());
    assertEquals(before.body(), after.body());
  }
}
