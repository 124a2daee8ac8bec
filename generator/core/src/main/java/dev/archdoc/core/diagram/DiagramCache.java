package dev.archdoc.core.diagram;

import dev.archdoc.core.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Rendered SVG on disk, keyed by content: the SHA-256 of the renderer version and the final
 * source (after include inlining and link rewriting), so an entry can never be stale and two
 * builds, or two threads, that render the same diagram agree on the file.
 *
 * <p>Entries are written to a temporary file in the same folder and then moved into place
 * atomically, so a reader sees a whole SVG or none. Only diagrams that rendered are stored: a
 * failed one must give its finding again on the next run.
 */
final class DiagramCache {

  private final Path directory;

  DiagramCache(Path directory) {
    this.directory = directory;
  }

  static String key(String rendererVersion, String source) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(rendererVersion.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(source.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  Path fileOf(String key) {
    return directory.resolve(key + ".svg");
  }

  Optional<String> get(String key) {
    try {
      return Optional.of(Files.readString(fileOf(key), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read diagram cache entry " + fileOf(key), e);
    }
  }

  void put(String key, String svg) {
    try {
      AtomicFiles.writeString(fileOf(key), svg);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write diagram cache entry " + fileOf(key), e);
    }
  }
}
