package dev.archdoc.doclet;

import dev.archdoc.doclet.model.CodeModel;
import java.nio.file.Path;
import java.util.List;

/** The fixture project under src/test/resources/fixtures/shop, read once per test JVM. */
final class ShopFixture {

  static final Path ROOT = Path.of("src/test/resources/fixtures/shop");
  private static CodeModelReader.Result result;

  private ShopFixture() {}

  static synchronized CodeModelReader.Result result() {
    if (result == null) {
      result =
          CodeModelReader.read(new CodeModelReader.Request(ROOT, List.of(Path.of("src/main/java")), List.of()));
    }
    return result;
  }

  static CodeModel model() {
    return result().model();
  }
}
