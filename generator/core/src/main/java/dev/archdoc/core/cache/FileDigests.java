package dev.archdoc.core.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of files' contents, remembered while a file's path, size, modification time and
 * file key stay the same, as git's index does: a rebuild in {@code archdoc serve} reads only the
 * files that changed since the last one. File systems stamp modification times coarsely (a few
 * milliseconds), so a file modified shortly before its digest was taken could change again with
 * the same stamp: such a "racily clean" file is read again every time, as git does.
 */
final class FileDigests {

  private record Stat(long size, java.nio.file.attribute.FileTime modified, Object fileKey) {}

  private record Known(Stat stat, String digest) {}

  /** How long before a digest was taken a modification must be for the digest to be trusted. */
  private static final long RACY_MILLIS = 3_000;

  private static final Map<Path, Known> KNOWN = new ConcurrentHashMap<>();

  private FileDigests() {}

  /** The file's digest in hex, or {@code (unreadable)} when it is missing or cannot be read. */
  static String of(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Stat stat;
    try {
      BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      stat = new Stat(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    } catch (IOException e) {
      KNOWN.remove(absolute);
      return "(unreadable)";
    }
    Known known = KNOWN.get(absolute);
    if (known != null && known.stat().equals(stat) && stat.fileKey() != null) {
      return known.digest();
    }
    try {
      long now = System.currentTimeMillis();
      String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(absolute)));
      if (stat.modified().toMillis() < now - RACY_MILLIS) {
        KNOWN.put(absolute, new Known(stat, digest));
      } else {
        KNOWN.remove(absolute);
      }
      return digest;
    } catch (IOException e) {
      KNOWN.remove(absolute);
      return "(unreadable)";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

}
