package dev.archdoc.core.docs.adr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A document handed to the ADR loader: where it lives (relative to the project root) and its raw
 * bytes. Bytes, not text, so that the loader can tell an empty, binary or non-UTF-8 file apart and
 * say so.
 */
public record AdrSource(Path file, byte[] content) {

  public static AdrSource ofText(Path file, String text) {
    return new AdrSource(file, text.getBytes(StandardCharsets.UTF_8));
  }

  public static AdrSource ofText(String file, String text) {
    return ofText(Path.of(file), text);
  }
}
