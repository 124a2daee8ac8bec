package dev.archdoc.core.site;

import dev.archdoc.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes the site aside and swaps it in: the files go to a fresh folder next to the target, and
 * only a complete site replaces the old one, so a failed build never leaves half a site.
 */
final class SiteWriter {

  private SiteWriter() {}

  /**
   * Refuses a target the swap would destroy: the project itself (or a folder above it), or a
   * folder with files that archdoc did not write. A previous site, or nothing, may be replaced.
   */
  static void checkReplaceable(Path target, Path projectRoot, String marker) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (projectRoot.toAbsolutePath().normalize().startsWith(absolute)) {
      throw new IOException(absolute + ": refusing to write the site over the project itself; choose another --out folder");
    }
    if (Files.isRegularFile(absolute)) {
      throw new IOException(absolute + ": is a file, not a folder for the site");
    }
    if (Files.isDirectory(absolute) && !Files.exists(absolute.resolve(marker))) {
      try (var entries = Files.list(absolute)) {
        if (entries.findAny().isPresent()) {
          throw new IOException(absolute + ": refusing to replace a folder archdoc did not build (it has no "
              + marker + "); choose another --out folder or empty it");
        }
      }
    }
  }

  /** A fresh, empty folder beside {@code target}, on the same file system so the swap is a rename. */
  static Path stage(Path target) throws IOException {
    return AtomicFiles.folderBeside(target, "building");
  }

  static void write(Path staging, Map<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path path = staging.resolve(file.getKey()).normalize();
      if (!path.startsWith(staging)) {
        throw new IOException("refusing to write outside the site: " + file.getKey());
      }
      Files.createDirectories(path.getParent());
      Files.write(path, file.getValue());
    }
  }

  /** Replaces {@code target} by {@code staging}; the old site is deleted only once the new one is in place. */
  static void swap(Path staging, Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path old = null;
    if (Files.exists(absolute)) {
      old = AtomicFiles.folderBeside(absolute, "old");
      Files.delete(old);
      move(absolute, old);
    }
    try {
      move(staging, absolute);
    } catch (IOException e) {
      if (old != null) {
        move(old, absolute); // put the previous site back
      }
      throw e;
    }
    if (old != null) {
      AtomicFiles.deleteTree(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
