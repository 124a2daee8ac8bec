package dev.archdoc.core.diagram;

import dev.archdoc.core.cache.BlobStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Rendered SVG on disk, keyed by content: the SHA-256 of the renderer version and the final
 * source (after include inlining and link rewriting), so an entry can never be stale and two
 * builds, or two threads, that render the same diagram agree on the entry.
 *
 * <p>Entries are kept in a {@link BlobStore}: written atomically, and sealed with this machine's
 * secret, so an SVG planted in a pull request's {@code target/} is never shown (ADR 17). Only
 * diagrams that rendered are stored: a failed one must give its finding again on the next run.
 */
final class DiagramCache {

  private final BlobStore store;

  DiagramCache(Path directory) {
    this.store = new BlobStore(directory);
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

  Optional<String> get(String key) {
    return store.get(key).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
  }

  void put(String key, String svg) {
    store.put(key, svg.getBytes(StandardCharsets.UTF_8));
  }
}
