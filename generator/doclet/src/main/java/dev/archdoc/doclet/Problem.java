package dev.archdoc.doclet;

/**
 * Something about the input that a person should know or fix.
 *
 * @param file the file or folder concerned, relative to the project root where possible
 * @param line 1-based; 0 when the problem concerns a whole file or folder
 * @param message what is wrong, in the compiler's words where the compiler found it
 * @param hint what to do about it
 */
public record Problem(Severity severity, String file, int line, String message, String hint) {

  /** Errors mean the model is incomplete; warnings mean it is complete but something was skipped. */
  public enum Severity {
    ERROR,
    WARNING
  }

  /** {@code path:line: error: message (hint)}, the shape compilers and editors understand. */
  public String format() {
    String where = line > 0 ? file + ":" + line : file;
    return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message + " (" + hint + ")";
  }
}
