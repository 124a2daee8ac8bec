package dev.archdoc.doclet.model;

import java.util.List;

/**
 * A source file that was read: where it is, which package and top-level types it declares, and
 * the {@code //!} prose that belongs to the file itself (written before the package declaration
 * or the first type).
 *
 * @param path relative to the project root, {@code /}-separated
 * @param types qualified names of the top-level types declared in the file, in source order
 */
public record SourceFile(String path, String packageName, List<String> types, List<Prose> prose) {

  public SourceFile {
    types = List.copyOf(types);
    prose = List.copyOf(prose);
  }
}
