package dev.archdoc.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.doclet.CodeModelReader;
import dev.archdoc.doclet.json.CodeModelJson;
import dev.archdoc.doclet.model.CodeModel;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The code model cache")
class CodeCacheTest {

  @TempDir Path project;
  @TempDir Path cache;

  private CodeModelReader.Request request() {
    return new CodeModelReader.Request(project, List.of(Path.of("src")), List.of());
  }

  private void write(String file, String text) throws IOException {
    Path path = project.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  private static String json(CodeModel model) throws IOException {
    StringWriter out = new StringWriter();
    CodeModelJson.write(model, out);
    return out.toString();
  }

  @Test
  @DisplayName("reads a model back in a new cache (as a new process would) without running the doclet")
  void reusesAcrossProcesses() throws IOException {
    write("src/a/Shop.java", "package a;\n/** A shop. */\npublic class Shop { Missing m; }\n");
    CodeModelReader.Result first = new CodeCache(cache).read(request());
    CodeCache second = new CodeCache(cache);
    CodeModelReader.Result again = second.read(request());
    assertThat(second.docletRuns()).isZero();
    assertThat(json(again.model())).isEqualTo(json(first.model()));
    assertThat(again.model().types()).isEqualTo(first.model().types());
    assertThat(again.problems()).isNotEmpty().isEqualTo(first.problems());
    assertThat(CodeCache.fingerprint(project, List.of(Path.of("src")), again.model()))
        .isEqualTo(CodeCache.fingerprint(project, List.of(Path.of("src")), first.model()));
  }

  @Test
  @DisplayName("runs the doclet again when a source file changes or is added")
  void missesOnChangedSources() throws IOException {
    write("src/a/Shop.java", "package a;\npublic class Shop {}\n");
    new CodeCache(cache).read(request());
    write("src/a/Shop.java", "package a;\npublic class Shop { int orders; }\n");
    CodeCache afterEdit = new CodeCache(cache);
    assertThat(afterEdit.read(request()).model().findMember("a.Shop#orders")).isPresent();
    assertThat(afterEdit.docletRuns()).isEqualTo(1);
    write("src/a/Till.java", "package a;\npublic class Till {}\n");
    CodeCache afterAdd = new CodeCache(cache);
    assertThat(afterAdd.read(request()).model().findType("a.Till")).isPresent();
    assertThat(afterAdd.docletRuns()).isEqualTo(1);
  }

  @Test
  @DisplayName("runs the doclet again, without failing, when its entry is damaged")
  void damagedEntryIsAMiss() throws IOException {
    write("src/a/Shop.java", "package a;\npublic class Shop {}\n");
    new CodeCache(cache).read(request());
    try (Stream<Path> files = Files.walk(cache)) {
      for (Path entry : files.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(entry, bytes);
      }
    }
    CodeCache damaged = new CodeCache(cache);
    assertThat(damaged.read(request()).model().findType("a.Shop")).isPresent();
    assertThat(damaged.docletRuns()).isEqualTo(1);
  }
}
