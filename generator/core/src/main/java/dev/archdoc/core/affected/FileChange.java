package dev.archdoc.core.affected;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One file a change touches, relative to the project root.
 *
 * @param path the file as it is now (for a deleted file: as it was)
 * @param kind what happened to it
 * @param oldPath where it was before, for a renamed file
 * @param lines the changed lines of the file as it is now, 1-based and inclusive; a deletion marks
 *     the lines on both sides of the gap; empty for a deleted or binary file
 */
public record FileChange(Path path, Kind kind, Optional<Path> oldPath, List<LineRange> lines) {

  public FileChange {
    lines = List.copyOf(lines);
  }

  /** What the change did to the file. */
  public enum Kind {
    ADDED,
    MODIFIED,
    DELETED,
    RENAMED
  }

  /** An inclusive range of 1-based lines. */
  public record LineRange(int first, int last) {

    public LineRange {
      if (first < 1 || last < first) {
        throw new IllegalArgumentException("not a line range: " + first + ".." + last);
      }
    }

    boolean overlaps(int from, int to) {
      return first <= to && from <= last;
    }
  }

  /** The file with {@code /} separators, as every report writes it. */
  public String slashed() {
    return path.toString().replace('\\', '/');
  }
}
