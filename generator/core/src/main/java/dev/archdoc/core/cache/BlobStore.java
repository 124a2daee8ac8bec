package dev.archdoc.core.cache;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

/**
 * Cache entries on disk, one file per key ({@code <folder>/<first two digits>/<key>}). Each file
 * carries a digest of its content, checked on every read: an entry that is missing, truncated,
 * corrupted or unreadable is a miss. Writes go to a temporary file that is then renamed, so a
 * reader never sees half an entry, and a failed write only means the next build does the work again.
 */
@Decision(value = "ADR-15", note = "atomic writes, checked reads")
public final class BlobStore {

  private static final byte[] MAGIC = {'a', 'r', 'c', 'h', 'd', 'o', 'c', '1'};
  private static final int SHA_BYTES = 32;

  private final Path folder;

  public BlobStore(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  public Optional<byte[]> get(String key) {
    Path file = fileOf(key);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Optional.empty();
    }
    int header = MAGIC.length + SHA_BYTES;
    if (bytes.length < header || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      return Optional.empty();
    }
    byte[] content = Arrays.copyOfRange(bytes, header, bytes.length);
    if (!Arrays.equals(sha256(content), 0, SHA_BYTES, bytes, MAGIC.length, header)) {
      return Optional.empty();
    }
    return Optional.of(content);
  }

  /** Keeps {@code content} under {@code key}; a failure to write is not a failure of the build. */
  public void put(String key, byte[] content) {
    byte[] bytes = new byte[MAGIC.length + SHA_BYTES + content.length];
    System.arraycopy(MAGIC, 0, bytes, 0, MAGIC.length);
    System.arraycopy(sha256(content), 0, bytes, MAGIC.length, SHA_BYTES);
    System.arraycopy(content, 0, bytes, MAGIC.length + SHA_BYTES, content.length);
    try {
      AtomicFiles.write(fileOf(key), bytes);
    } catch (IOException e) {
      // a read-only or full disk costs the next build time, not correctness
    }
  }

  /** Where the entry of {@code key} lives (for tests that damage it). */
  Path fileOf(String key) {
    if (!key.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a cache key: " + key);
    }
    return folder.resolve(key.substring(0, 2)).resolve(key);
  }

  private static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
