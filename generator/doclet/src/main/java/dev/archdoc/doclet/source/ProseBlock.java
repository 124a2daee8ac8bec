package dev.archdoc.doclet.source;

/**
 * One {@code //!} block and the declaration it belongs to.
 *
 * @param owner start offset of the declaration the block precedes or sits in, or {@link #FILE}
 *     when it belongs to the file
 */
public record ProseBlock(int startLine, int endLine, String markdown, long owner) {

  /** The owner of a block that comes before the package declaration or the first type. */
  public static final long FILE = -1;
}
