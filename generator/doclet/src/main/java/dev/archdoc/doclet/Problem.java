package dev.archdoc.doclet;

import java.util.Objects;
import java.util.Optional;

/**
 * Something about the input that a person should know or fix.
 *
 * <p>What a later stage decides on is typed: the {@link Kind} says what happened and {@link
 * #javac} carries javac's own diagnostic (its code, kind and positions) when javac found it. The
 * message and hint are for people only; no rule reads them.
 *
 * @param file the file or folder concerned, relative to the project root where possible
 * @param line 1-based; 0 when the problem concerns a whole file or folder
 * @param message what is wrong, in the compiler's words where the compiler found it
 * @param hint what to do about it
 * @param kind what happened, for the stages that treat problems differently
 * @param javac the compiler's diagnostic behind the problem, when javac reported it
 */
public record Problem(
    Severity severity, String file, int line, String message, String hint, Kind kind, Optional<JavacDiagnostic> javac) {

  /** Errors mean the model is incomplete; warnings mean it is complete but something was skipped. */
  public enum Severity {
    ERROR,
    WARNING,
    /** Worth knowing, nothing to fix (a module declaration not read). */
    INFO
  }

  /** What happened, decided where it happened. */
  public enum Kind {
    /** javac could not compile part of a file (syntax, encoding, a type error); see {@link #javac}. */
    COMPILE_ERROR,
    /**
     * javac could not resolve a name the class path should provide (a missing library); every
     * element of the system is still in the model. See {@link #javac}, whose {@code symbol} names it.
     */
    MISSING_FROM_CLASS_PATH,
    /** The source roots hold no {@code .java} file at all. */
    NO_SOURCE_FILES,
    /** A source root is not a folder, or cannot be listed. */
    SOURCE_ROOT_UNUSABLE,
    /** A {@code module-info.java} was skipped. */
    MODULE_INFO_SKIPPED,
    /** A class path entry does not exist. */
    CLASS_PATH_ENTRY_MISSING,
    /** A file javadoc could not read with the others was left out of the model. */
    FILE_LEFT_OUT,
    /** javadoc read nothing: there is no code model. */
    NO_MODEL,
    /** A source file over the size limit, or nesting brackets too deeply for javac: left out. */
    SOURCE_OVER_LIMIT,
    /** A source file or root that is a symbolic link out of the project or into {@code .git/}: not read. */
    SOURCE_OUTSIDE_PROJECT
  }

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(javac, "javac");
  }

  /** A problem archdoc found itself, not javac. */
  public Problem(Severity severity, String file, int line, String message, String hint, Kind kind) {
    this(severity, file, line, message, hint, kind, Optional.empty());
  }

  /** A compile error without a diagnostic: what callers made before problems had kinds. */
  public Problem(Severity severity, String file, int line, String message, String hint) {
    this(severity, file, line, message, hint, Kind.COMPILE_ERROR, Optional.empty());
  }

  /** {@code path:line: error: message (hint)}, the shape compilers and editors understand. */
  public String format() {
    String where = line > 0 ? file + ":" + line : file;
    return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message + " (" + hint + ")";
  }
}
