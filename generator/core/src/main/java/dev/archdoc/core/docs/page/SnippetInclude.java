package dev.archdoc.core.docs.page;

import java.nio.file.Path;
import java.util.List;

/**
 * A page's request to show a region of a source file.
 *
 * @param from the page, relative to the project root
 * @param line the 1-based line of the include
 * @param target the path as written
 * @param source the file it names, relative to the project root
 * @param tags the tagged regions to show; empty for the whole file
 */
public record SnippetInclude(Path from, int line, String target, Path source, List<String> tags) {

  public SnippetInclude {
    tags = List.copyOf(tags);
  }
}
