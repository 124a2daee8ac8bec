package dev.archdoc.doclet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.JavaFileObject;

/**
 * Turns javadoc's diagnostics into problems with a hint of what to do. Only compiler errors are
 * kept: javadoc's warnings (deprecation, doclint-style remarks) are not archdoc's business. Of
 * those, names missing from the class path become warnings, the rest (syntax, encoding) errors.
 * Each problem keeps javac's diagnostic (code, kind, positions, the name it pointed at) as data.
 */
final class DiagnosticProblems implements DiagnosticListener<JavaFileObject> {

  private final Path projectRoot;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<Path> failingFiles = new LinkedHashSet<>();
  /** Files javac reported on, read once each to find the names it pointed at. */
  private final Map<JavaFileObject, CharSequence> sources = new HashMap<>();
  private static final Pattern NAME = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}.]*");

  DiagnosticProblems(Path projectRoot) {
    this.projectRoot = projectRoot;
  }

  List<Problem> problems() {
    return problems;
  }

  Set<Path> failingFiles() {
    return failingFiles;
  }

  @Override
  public void report(Diagnostic<? extends JavaFileObject> diagnostic) {
    String code = diagnostic.getCode() == null ? "" : diagnostic.getCode();
    boolean error = diagnostic.getKind() == Diagnostic.Kind.ERROR || code.startsWith("compiler.err");
    if (!error) {
      return;
    }
    String file = ".";
    if (diagnostic.getSource() != null) {
      Path path = Path.of(diagnostic.getSource().toUri()).toAbsolutePath().normalize();
      failingFiles.add(path);
      file = SourceFinder.shown(projectRoot, path);
    }
    int line = diagnostic.getLineNumber() == Diagnostic.NOPOS ? 0 : (int) diagnostic.getLineNumber();
    String message = oneLine(diagnostic.getMessage(Locale.ROOT));
    JavacDiagnostic javac = new JavacDiagnostic(code, diagnostic.getKind().name(), Math.max(0, diagnostic.getLineNumber()),
        Math.max(0, diagnostic.getColumnNumber()), diagnostic.getStartPosition(), diagnostic.getEndPosition(),
        symbolAt(diagnostic));
    // A name the class path lacks leaves every element of the system in the model (the name is
    // kept as written), so it is a warning; anything else means part of a file could not be read.
    boolean missing = javac.missingFromClassPath();
    problems.add(new Problem(missing ? Problem.Severity.WARNING : Problem.Severity.ERROR, file, line, message,
        hint(javac, message), missing ? Problem.Kind.MISSING_FROM_CLASS_PATH : Problem.Kind.COMPILE_ERROR,
        Optional.of(javac)));
  }

  /**
   * The source text javac pointed at when it is a (possibly qualified) name; empty otherwise. Read
   * from the file, not from the message. For a qualified name javac points inside it, after the
   * part it could not find: {@code org.slf4j} of {@code org.slf4j.Logger} when the package does
   * not exist; for a simple name, at its start.
   */
  private String symbolAt(Diagnostic<? extends JavaFileObject> diagnostic) {
    long start = diagnostic.getStartPosition();
    long end = diagnostic.getPosition() > start ? diagnostic.getPosition() : diagnostic.getEndPosition();
    if (diagnostic.getSource() == null || start < 0 || end <= start) {
      return "";
    }
    CharSequence text = sources.computeIfAbsent(diagnostic.getSource(), DiagnosticProblems::content);
    if (end > text.length()) {
      return "";
    }
    String written = text.subSequence((int) start, (int) end).toString().replaceAll("\\s+", "");
    return NAME.matcher(written).matches() ? written : "";
  }

  private static CharSequence content(JavaFileObject source) {
    try {
      return source.getCharContent(true);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static String oneLine(String message) {
    List<String> parts = new ArrayList<>();
    for (String line : message.split("\\R")) {
      if (!line.isBlank()) {
        parts.add(line.strip().replaceAll("\\s+", " "));
      }
    }
    return String.join("; ", parts);
  }

  private static String hint(JavacDiagnostic javac, String message) {
    String code = javac.code();
    if (javac.missingFromClassPath()) {
      return "add the jar or class folder that defines it to `classpath:` in archdoc.yml (or --classpath);"
          + " archdoc read the rest of the sources";
    }
    if (code.contains("illegal.char.for.encoding") || message.contains("unmappable character")) {
      return "save the file as UTF-8; archdoc reads sources as UTF-8";
    }
    if (code.contains("expected") || code.contains("illegal.start") || code.contains("premature.eof")
        || code.contains("not.stmt") || code.contains("class.public.should.be.in.file")) {
      return "fix the syntax error; archdoc read what it could of the file and the rest of the sources";
    }
    return "fix the compile error; archdoc read the rest of the sources";
  }
}
