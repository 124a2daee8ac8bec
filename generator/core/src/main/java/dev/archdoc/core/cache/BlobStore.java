package dev.archdoc.core.cache;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.Arrays;
import java.util.Optional;

/**
 * Cache entries on disk, one file per key ({@code <folder>/<first two digits>/<key>}). Each file
 * carries a seal: an HMAC-SHA256, under this machine's {@link MachineSecret}, of its key and
 * content, checked on every read. An entry that is missing, truncated, corrupted, unreadable, filed
 * under another key, or made anywhere but on this machine by this user (planted in a pull request's
 * {@code target/}) is a miss; a foreign one is deleted. Writes go to a temporary file that is then
 * renamed, so a reader never sees half an entry, and a failed write only means the next build does
 * the work again. A hit marks the entry used now (its modification time), which {@link CachePruner}
 * reads to keep what recent builds used.
 */
@Decision(value = "ADR-15", note = "atomic writes, checked reads")
@Decision(value = "ADR-17", note = "a planted entry has no valid seal, so it is a miss")
public final class BlobStore {

  private static final byte[] MAGIC = {'a', 'r', 'c', 'h', 'd', 'o', 'c', '2'};
  private static final int SEAL_BYTES = 32;
  /** Larger files are not read: a planted one of many gigabytes must not fill the heap. */
  static final long MAX_ENTRY_BYTES = 512L << 20;

  private final Path folder;
  private final byte[] secret;
  private final boolean inert;

  public BlobStore(Path folder) {
    this(folder, MachineSecret.current());
  }

  /** A store whose entries are sealed with {@code secret} (tests: another machine's). */
  BlobStore(Path folder, byte[] secret) {
    this.folder = folder.toAbsolutePath().normalize();
    this.secret = secret.clone();
    this.inert = linkedAbove(this.folder);
  }

  /**
   * Whether the store folder, the cache folder or the build folder above it is a symbolic link: a
   * project can commit {@code target/archdoc-cache} as a link to anywhere, and the store must
   * neither write nor delete there. Such a store keeps nothing.
   */
  private static boolean linkedAbove(Path folder) {
    Path level = folder;
    for (int i = 0; i < 3 && level != null; i++, level = level.getParent()) {
      if (Files.isSymbolicLink(level)) {
        return true;
      }
    }
    return false;
  }

  public Optional<byte[]> get(String key) {
    Path file = fileOf(key);
    if (inert || Files.isSymbolicLink(file.getParent())) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile() || attributes.size() > MAX_ENTRY_BYTES) {
        forget(file);
        return Optional.empty();
      }
      try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        bytes = Channels.newInputStream(channel).readNBytes((int) MAX_ENTRY_BYTES + 1);
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    int header = MAGIC.length + SEAL_BYTES;
    if (bytes.length < header || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      forget(file);
      return Optional.empty();
    }
    byte[] content = Arrays.copyOfRange(bytes, header, bytes.length);
    byte[] seal = Arrays.copyOfRange(bytes, MAGIC.length, header);
    if (!MessageDigest.isEqual(seal(key, content), seal)) {
      forget(file);
      return Optional.empty();
    }
    try {
      Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    } catch (IOException e) {
      // a read-only cache still serves; only pruning learns less
    }
    return Optional.of(content);
  }

  /** Deletes an entry this machine did not make (or that was damaged): it can never be a hit. */
  private static void forget(Path file) {
    try {
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file)) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // left for the pruner
    }
  }

  /** Keeps {@code content} under {@code key}; a failure to write is not a failure of the build. */
  public void put(String key, byte[] content) {
    byte[] bytes = new byte[MAGIC.length + SEAL_BYTES + content.length];
    System.arraycopy(MAGIC, 0, bytes, 0, MAGIC.length);
    System.arraycopy(seal(key, content), 0, bytes, MAGIC.length, SEAL_BYTES);
    System.arraycopy(content, 0, bytes, MAGIC.length + SEAL_BYTES, content.length);
    if (inert || Files.isSymbolicLink(fileOf(key).getParent())) {
      return;
    }
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

  /** HMAC-SHA256 of the key and the content: an entry moved to another key does not verify either. */
  private byte[] seal(String key, byte[] content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update(key.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) 0);
      return mac.doFinal(content);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }
}
