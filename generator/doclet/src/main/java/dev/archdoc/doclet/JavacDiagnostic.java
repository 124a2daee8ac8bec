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
   * The compiler's codes for text that is not Java, whatever the class path: the parser's and
   * the scanner's errors, a file that is not in the declared encoding, a public class in a file
   * of another name (without the {@code compiler.err.} prefix).
   */
  private static final java.util.Set<String> SYNTAX = java.util.Set.of(
      "expected", "expected2", "expected3", "expected4", "expected.module.or.open", "dot.class.expected",
      "illegal.start.of.expr", "illegal.start.of.type", "illegal.start.of.stmt", "premature.eof", "not.stmt",
      "orphaned", "else.without.if", "catch.without.try", "finally.without.try",
      "try.without.catch.finally.or.resource.decls", "invalid.meth.decl.ret.type.req", "illegal.dot",
      "variable.not.allowed", "class.not.allowed", "this.as.identifier", "underscore.as.identifier",
      "illegal.char", "illegal.esc.char", "illegal.unicode.esc", "illegal.line.end.in.char.lit",
      "illegal.text.block.open", "empty.char.lit", "unclosed.char.lit", "unclosed.str.lit",
      "unclosed.text.block", "unclosed.comment", "malformed.fp.lit", "int.number.too.large",
      "invalid.hex.number", "invalid.binary.number", "illegal.nonascii.digit", "illegal.underscore",
      "varargs.must.be.last", "array.dimension.missing", "illegal.array.creation.both.dimension.and.initialization",
      "restricted.type.not.allowed", "restricted.type.not.allowed.here", "restricted.type.not.allowed.array",
      "restricted.type.not.allowed.compound", "invalid.lambda.parameter.declaration", "illegal.char.for.encoding",
      "unmappable.character", "class.public.should.be.in.file", "duplicate.class", "file.not.found",
      "cant.read.file", "error.reading.file");

  /** Whether javac says the file itself is not Java (see {@link #SYNTAX}). */
  public boolean syntax() {
    return SYNTAX.contains(code.startsWith("compiler.err.") ? code.substring("compiler.err.".length()) : code);
  }

  /**
   * Whether the diagnostic comes from a name missing from the class path rather than from the
   * file itself. A project reaches archdoc compiling in its own build, so every compiler error
   * that is not syntax does: a type or package javac cannot find or access, and also what javac
   * says when it takes an unknown class for a package ("static import only from classes and
   * interfaces", "interface expected here"), as on JabRef's picocli and langchain4j imports.
   */
  public boolean missingFromClassPath() {
    return code.startsWith("compiler.err.") && !syntax();
  }
}
