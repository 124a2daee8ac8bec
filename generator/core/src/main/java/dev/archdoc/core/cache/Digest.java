package dev.archdoc.core.cache;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A cache key in the making: SHA-256 over the parts a result depends on. Every part is written
 * with its length first, so {@code ("ab", "c")} and {@code ("a", "bc")} give different keys.
 */
public final class Digest {

  private final MessageDigest sha;

  private Digest() {
    try {
      this.sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** A digest whose first part names what the key is for, so two kinds of entry never share a key. */
  public static Digest of(String purpose) {
    return new Digest().add(purpose);
  }

  /** Adds a string; null is a part of its own, unlike the empty string. */
  public Digest add(String part) {
    if (part == null) {
      sha.update((byte) 0);
      return this;
    }
    sha.update((byte) 1);
    return add(part.getBytes(StandardCharsets.UTF_8));
  }

  public Digest add(long part) {
    return add(Long.toString(part));
  }

  public Digest add(byte[] part) {
    long length = part.length;
    for (int shift = 56; shift >= 0; shift -= 8) {
      sha.update((byte) (length >>> shift));
    }
    sha.update(part);
    return this;
  }

  /**
   * Adds a file's content (by its own digest), or a mark that it is missing or unreadable (which
   * is a state too). A file's digest is remembered by its path, size, modification time and file
   * key, so a long-lived process ({@code archdoc serve}) reads again only the files that changed.
   */
  public Digest addFile(Path file) {
    return add(FileDigests.of(file));
  }

  /** The key: 64 lower-case hex digits. The digest cannot be added to afterwards. */
  public String hex() {
    return HexFormat.of().formatHex(sha.digest());
  }
}
