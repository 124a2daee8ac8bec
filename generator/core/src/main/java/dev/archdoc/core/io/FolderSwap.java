package dev.archdoc.core.publish;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a folder as a whole: the next state is made in {@code .<name>.archdoc-staging} beside
 * it and swapped in with two renames, so the folder is always the old state or the new one. A crash
 * between the two renames leaves the old state under {@code .<name>.archdoc-previous} and no
 * folder; the next swap (or {@link #previous}, for a reader) puts it back. The caller holds the
 * folder's {@link PublishLock}: the sibling names are fixed so that a crash can be recovered from.
 */
@Decision(value = "ADR-26", note = "one swap with one crash recovery for every change of a versioned site")
final class FolderSwap {

  private final Path target;
  private final Path staging;
  private final Path previous;

  private FolderSwap(Path target) {
    this.target = target;
    this.staging = target.resolveSibling("." + target.getFileName() + ".archdoc-staging");
    this.previous = target.resolveSibling("." + target.getFileName() + ".archdoc-previous");
  }

  static FolderSwap of(Path target) {
    return new FolderSwap(target.toAbsolutePath().normalize());
  }

  /** Where the old state waits while a swap is between its renames. */
  Path previous() {
    return previous;
  }

  /**
   * Puts back what a crash left (the old state, when the folder is missing), clears what it left
   * half made, and gives a fresh, empty staging folder.
   */
  Path begin() throws IOException {
    Files.createDirectories(target.getParent());
    if (!Files.exists(target) && Files.isDirectory(previous)) {
      Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE); // a crash between the renames
    }
    AtomicFiles.deleteTree(staging);
    AtomicFiles.deleteTree(previous); // a crash after the second rename: the new state is in place
    Files.createDirectory(staging);
    return staging;
  }

  /** Swaps the staging folder in; the old state goes only once the new one is in place. */
  void commit() throws IOException {
    if (Files.exists(target)) {
      Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (Files.exists(previous)) {
        Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    AtomicFiles.deleteTree(previous);
  }

  /** Drops the staging folder of a change that did not happen (nothing when it was swapped in). */
  void abandon() throws IOException {
    AtomicFiles.deleteTree(staging);
  }
}
