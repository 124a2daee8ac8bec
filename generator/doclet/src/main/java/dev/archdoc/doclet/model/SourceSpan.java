package dev.archdoc.doclet.model;

/**
 * Where an element or a block of prose sits: a file relative to the project root (with {@code /}
 * separators, whatever the platform) and an inclusive, 1-based line range.
 */
public record SourceSpan(String file, int startLine, int endLine) {

  public SourceSpan {
    if (startLine > endLine) {
      throw new IllegalArgumentException("span ends before it starts: " + startLine + ".." + endLine);
    }
  }
}
