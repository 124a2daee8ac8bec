package dev.archdoc.doclet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archdoc.doclet.json.CodeModelJson;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The JSON of a small fixture, byte for byte. After an intended change, regenerate with
 * {@code mvn -B -q -pl generator/doclet -am test -Dtest=GoldenJsonTest -Darchdoc.regenerateGolden=true
 * -Dsurefire.failIfNoSpecifiedTests=false} and review the diff.
 */
@DisplayName("The code model's JSON")
class GoldenJsonTest {

  private static final Path FIXTURE = Path.of("src/test/resources/fixtures/golden");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/counter.golden.json");

  private static String json() throws IOException {
    CodeModelReader.Result result =
        CodeModelReader.read(new CodeModelReader.Request(FIXTURE, List.of(Path.of("src")), List.of()));
    assertEquals(List.of(), result.problems());
    StringWriter out = new StringWriter();
    CodeModelJson.write(result.model(), out);
    return out.toString();
  }

  @Test
  void matchesTheGoldenFile() throws IOException {
    String actual = json();
    if (Boolean.getBoolean("archdoc.regenerateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
  }

  @Test
  void isTheSameOnEveryRun() throws IOException {
    assertEquals(json(), json());
  }
}
