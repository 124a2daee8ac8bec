package dev.archdoc.core.docs;

import java.nio.file.Path;

/**
 * One file of a docs folder as read from disk: where it is (relative to the project root) and its
 * bytes. Bytes rather than text so the readers can tell empty, binary and non-UTF-8 files apart.
 */
public record DocFile(Path path, byte[] content) {

  public static DocFile ofText(String path, String text) {
    return new DocFile(Path.of(path), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
