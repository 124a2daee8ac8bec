package dev.archdoc.core.io;

import dev.archdoc.annotations.Decision;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a folder as a whole, the one way archdoc does it (a built site, a versioned site): the
 * next state is made in a staging folder beside it and swapped in with two renames, so the folder
 * is always the old state or the new one. A crash between the two renames leaves the old state
 * under {@code .<name>.archdoc-previous} and no folder; the next swap puts it back first, and
 * {@link #current} reads it meanwhile.
 *
 * <p>{@link #exclusive} is for a caller that holds the folder's lock: its staging folder has a
 * fixed name ({@code .<name>.archdoc-staging}), so what a crash left half made is cleared. {@link
 * #shared} is for one that does not: its staging folder is its own, so two runs never write into
 * each other's.
 */
@Decision(value = "ADR-29", note = "one swap with one crash recovery for every folder archdoc replaces")
public final class FolderSwap {

  private final Path target;
  private final Path previous;
  private final boolean exclusive;
  private Path staging;

  private FolderSwap(Path target, boolean exclusive) {
    this.target = target.toAbsolutePath().normalize();
    this.previous = this.target.resolveSibling("." + this.target.getFileName() + ".archdoc-previous");
    this.exclusive = exclusive;
  }

  /** A swap of {@code target} by a caller that holds its lock. */
  public static FolderSwap exclusive(Path target) {
    return new FolderSwap(target, true);
  }

  /** A swap of {@code target} by a caller that holds no lock. */
  public static FolderSwap shared(Path target) {
    return new FolderSwap(target, false);
  }

  /** The folder as it stands: itself, or its old state when a crash left it between the renames. */
  public static Path current(Path target) {
    FolderSwap swap = new FolderSwap(target, false);
    return Files.exists(swap.target) || !Files.isDirectory(swap.previous) ? swap.target : swap.previous;
  }

  /** Where the old state waits while a swap is between its renames. */
  public Path previous() {
    return previous;
  }

  /**
   * Puts back what a crash left (the old state, when the folder is missing), and gives a fresh,
   * empty staging folder beside the target.
   */
  public Path begin() throws IOException {
    Files.createDirectories(target.getParent());
    if (!Files.exists(target) && Files.isDirectory(previous)) {
      move(previous, target); // a crash between the renames
    }
    if (Files.exists(target)) {
      AtomicFiles.deleteTree(previous); // a crash after the second rename: the new state is in place
    }
    if (exclusive) {
      staging = target.resolveSibling("." + target.getFileName() + ".archdoc-staging");
      AtomicFiles.deleteTree(staging);
      Files.createDirectory(staging);
    } else {
      staging = AtomicFiles.folderBeside(target, "archdoc-staging");
    }
    return staging;
  }

  /** Swaps the staging folder in; the old state goes only once the new one is in place. */
  public void commit() throws IOException {
    if (Files.exists(target)) {
      move(target, previous);
    }
    try {
      move(staging, target);
    } catch (IOException e) {
      if (Files.exists(previous) && !Files.exists(target)) {
        move(previous, target);
      }
      throw e;
    }
    AtomicFiles.deleteTree(previous);
  }

  /** Drops the staging folder of a change that did not happen (nothing once it was swapped in). */
  public void abandon() throws IOException {
    if (staging != null) {
      AtomicFiles.deleteTree(staging);
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
