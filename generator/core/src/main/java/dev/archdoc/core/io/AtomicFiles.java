package dev.archdoc.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file or prepares a folder beside its final place, then moves it in; and deletes
 * folders that were staged or replaced.
 *
 * <p>The temporary sibling is created with the process's ordinary permissions (its umask), not
 * the owner-only ones {@code Files.createTempFile} gives: these are files people commit and folders
 * web servers serve, so they must end up readable like any file the user writes.
 */
public final class AtomicFiles {

  private static final AtomicLong SEQUENCE = new AtomicLong();

  private AtomicFiles() {}

  /** Something that writes the content of a file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  /** Replaces {@code target} with {@code text} (UTF-8); the old file stays if anything fails. */
  public static void writeString(Path target, String text) throws IOException {
    write(target, writer -> writer.write(text));
  }

  /** Replaces {@code target} with what {@code content} writes (UTF-8); the old file stays if anything fails. */
  public static void write(Path target, Content content) throws IOException {
    replace(target, partial -> {
      try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
        content.writeTo(writer);
      }
    });
  }

  /** Replaces {@code target} with {@code bytes}; the old file stays if anything fails. */
  public static void write(Path target, byte[] bytes) throws IOException {
    replace(target, partial -> Files.write(partial, bytes, StandardOpenOption.CREATE_NEW));
  }

  /** Deletes a folder and everything in it; nothing happens when it does not exist. */
  public static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Writes a file's whole content to the partial path it is given. */
  @FunctionalInterface
  private interface PartialWrite {
    void to(Path partial) throws IOException;
  }

  private static void replace(Path target, PartialWrite write) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      throw new IOException(target + ": is a folder; give the path of a file to write");
    }
    Files.createDirectories(absolute.getParent());
    Path partial = sibling(absolute, "tmp");
    try {
      write.to(partial);
      try {
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /**
   * A new, empty folder beside {@code target} (same file system, so moving it into place is a
   * rename), named {@code .<name>.<purpose>-<unique>}, with ordinary permissions.
   */
  public static Path folderBeside(Path target, String purpose) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Files.createDirectories(absolute.getParent());
    while (true) {
      Path candidate = sibling(absolute, purpose);
      try {
        return Files.createDirectory(candidate);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // another process chose the same name; take the next one
      }
    }
  }

  private static Path sibling(Path absolute, String purpose) {
    return absolute.resolveSibling("." + absolute.getFileName() + "." + purpose + "-"
        + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet());
  }
}
