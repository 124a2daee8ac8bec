package dev.archdoc.doclet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small source trees into a temporary project and reads them. */
final class Sources {

  private Sources() {}

  static void write(Path root, String file, String text) {
    write(root, file, text.getBytes(StandardCharsets.UTF_8));
  }

  static void write(Path root, String file, byte[] bytes) {
    try {
      Path path = root.resolve("src/main/java").resolve(file);
      Files.createDirectories(path.getParent());
      Files.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CodeModelReader.Result read(Path root) {
    return CodeModelReader.read(new CodeModelReader.Request(root, List.of(Path.of("src/main/java")), List.of()));
  }
}
