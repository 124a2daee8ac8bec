package dev.archdoc.doclet.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.archdoc.doclet.CodeModelReader;
import dev.archdoc.doclet.model.CodeModel;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading the code model's JSON back")
class CodeModelJsonReaderTest {

  private static final Path SHOP = Path.of("src/test/resources/fixtures/shop");
  private static final Path SAMPLE = Path.of("../../sample-system");

  private static String json(CodeModel model) throws IOException {
    StringWriter out = new StringWriter();
    CodeModelJson.write(model, out);
    return out.toString();
  }

  private static void assertRoundTrips(CodeModel model) throws IOException {
    CodeModel back = CodeModelJsonReader.read(new StringReader(json(model)));
    assertEquals(model.packages(), back.packages());
    assertEquals(model.types(), back.types());
    assertEquals(model.files(), back.files());
    assertEquals(model.dependencies(), back.dependencies());
    assertEquals(json(model), json(back));
  }

  @Test
  @DisplayName("gives a model equal to the doclet's, record by record, for a fixture with nested types")
  void roundTripsTheShopFixture() throws IOException {
    assertRoundTrips(CodeModelReader.read(new CodeModelReader.Request(SHOP, List.of(Path.of("src")), List.of())).model());
  }

  @Test
  @DisplayName("gives a model equal to the doclet's for the whole sample system")
  void roundTripsTheSampleSystem() throws IOException {
    assertRoundTrips(CodeModelReader.read(
        new CodeModelReader.Request(SAMPLE, List.of(Path.of("src/main/java")), List.of())).model());
  }

  @Test
  @DisplayName("refuses JSON of another schema version or shape instead of returning a wrong model")
  void refusesOtherJson() {
    assertThrows(IOException.class, () -> CodeModelJsonReader.read(new StringReader("{\"schemaVersion\": 2}")));
    assertThrows(IOException.class, () -> CodeModelJsonReader.read(new StringReader("{\"schemaVersion\": 1}")));
    assertThrows(IOException.class, () -> CodeModelJsonReader.read(new StringReader("[1, 2")));
    assertThrows(IOException.class, () -> CodeModelJsonReader.read(new StringReader("")));
    String empty = "\"packages\": [], \"types\": [], \"files\": [], \"dependencies\": []";
    assertEquals(0, assertDoesNotThrow(
        () -> CodeModelJsonReader.read(new StringReader("{\"schemaVersion\": 1, " + empty + "}"))).types().size());
    assertThrows(IOException.class,
        () -> CodeModelJsonReader.read(new StringReader("{\"schemaVersion\": 1, " + empty + ", \"extra\": 1}")));
    assertThrows(IOException.class,
        () -> CodeModelJsonReader.read(new StringReader("{\"schemaVersion\": 2, " + empty + "}")));
    assertThrows(IOException.class, () -> CodeModelJsonReader.read(new StringReader(
        "{\"schemaVersion\": 1, \"packages\": [], \"types\": [], \"files\": [], \"dependencies\": [{\"from\": 1}]}")));
  }
}
