package dev.archdoc.doclet;

/**
 * What javac said, as javac said it: the facts a later stage may decide on, so that none of them
 * has to read javac's (localised, reworded between releases) message text.
 *
 * @param code javac's diagnostic code, e.g. {@code compiler.err.cant.resolve.location}
 * @param kind javac's {@link javax.tools.Diagnostic.Kind}, e.g. {@code ERROR}
 * @param line 1-based, or 0 when javac gave none
 * @param column 1-based, or 0 when javac gave none
 * @param startPosition the character offset in the file where the faulty text starts, or -1
 * @param endPosition the character offset where it ends, or -1
 * @param symbol the source text javac pointed at (for a name it could not resolve: that name,
 *     e.g. {@code org.slf4j} or {@code Logger}), or empty when it pointed at none
 */
public record JavacDiagnostic(
    String code, String kind, long line, long column, long startPosition, long endPosition, String symbol) {

  public JavacDiagnostic {
    code = code == null ? "" : code;
    kind = kind == null ? "" : kind;
    symbol = symbol == null ? "" : symbol;
  }

  /**
   * Whether the diagnostic says a name is missing from the class path (a type or package javac
   * cannot find or access), rather than that the file itself is wrong.
   */
  public boolean missingFromClassPath() {
    return code.contains("cant.resolve") || code.contains("doesnt.exist") || code.contains("cant.access");
  }
}
