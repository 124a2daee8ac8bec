package dev.archdoc.core.cache;

import dev.archdoc.annotations.Decision;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The secret that authenticates this machine's cache entries: 32 random bytes in the user's own
 * cache folder ({@code $XDG_CACHE_HOME/archdoc/cache-key}, else {@code ~/.cache/archdoc/cache-key}),
 * made on first use, readable by its owner only. A project's files, a pull request's included, are
 * never read for it, so an entry planted in {@code target/archdoc-cache} cannot carry a valid seal.
 *
 * <p>When the file cannot be made or trusted (no home, a read-only one, a key another user owns or
 * others may read, a symbolic link), this process uses a random secret of its own: the cache then
 * works within the process ({@code serve}) but nothing from disk is believed. That costs time,
 * never truth.
 */
@Decision(value = "ADR-17", note = "entries sealed with a secret kept outside the project")
public final class MachineSecret {

  /** A system property naming the folder of the key instead of the user's cache folder (tests, CI). */
  public static final String FOLDER_PROPERTY = "archdoc.secret.folder";

  static final int BYTES = 32;
  private static final String FILE = "cache-key";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private static volatile byte[] current;

  private MachineSecret() {}

  /** This machine's secret for the running user (loaded or made once per process). */
  static byte[] current() {
    byte[] secret = current;
    if (secret == null) {
      synchronized (MachineSecret.class) {
        if (current == null) {
          current = defaultFolder().flatMap(MachineSecret::loadOrCreate).orElseGet(MachineSecret::random);
        }
        secret = current;
      }
    }
    return secret;
  }

  /** The folder the key lives in, when the user has one. */
  static Optional<Path> defaultFolder() {
    String named = System.getProperty(FOLDER_PROPERTY);
    if (named != null && !named.isBlank()) {
      return Optional.of(Path.of(named).toAbsolutePath());
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Optional.of(Path.of(xdg, "archdoc"));
    }
    String home = System.getProperty("user.home");
    if (home == null || home.isBlank() || home.equals("?")) {
      return Optional.empty();
    }
    return Optional.of(Path.of(home, ".cache", "archdoc"));
  }

  /**
   * The secret kept in {@code folder}, made there when missing; empty when the file cannot be made
   * or is not one only this user can read and write.
   */
  static Optional<byte[]> loadOrCreate(Path folder) {
    Path file = folder.resolve(FILE);
    try {
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        create(folder, file);
      }
      return trusted(file) ? Optional.of(Files.readAllBytes(file)).filter(bytes -> bytes.length == BYTES)
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes a new secret beside the file and links it into place, so two first runs agree on one. */
  private static void create(Path folder, Path file) throws IOException {
    Files.createDirectories(folder);
    boolean posix = Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null;
    Path partial = folder.resolve(FILE + "." + ProcessHandle.current().pid() + "." + System.nanoTime());
    try {
      if (posix) {
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createFile(partial);
      }
      Files.write(partial, random());
      try {
        Files.createLink(file, partial);
      } catch (FileAlreadyExistsException e) {
        // another process made it first: use theirs
      } catch (UnsupportedOperationException | IOException e) {
        try {
          Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
          // another process made it first
        }
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** A regular file (not a link) owned by this user that no one else may read or write. */
  private static boolean trusted(Path file) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) {
      return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }
    PosixFileAttributes attributes = view.readAttributes();
    return attributes.isRegularFile() && OWNER_ONLY.containsAll(attributes.permissions())
        && attributes.owner().equals(runningUser(file.getParent()));
  }

  /** The user this process runs as, as the file system names owners (a file made to ask). */
  private static java.nio.file.attribute.UserPrincipal runningUser(Path folder) throws IOException {
    Path probe = Files.createTempFile(folder, FILE, ".owner");
    try {
      return Files.getOwner(probe);
    } finally {
      Files.deleteIfExists(probe);
    }
  }

  private static byte[] random() {
    byte[] secret = new byte[BYTES];
    new SecureRandom().nextBytes(secret);
    return secret;
  }
}
