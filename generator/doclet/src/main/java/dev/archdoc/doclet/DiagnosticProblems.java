package dev.archdoc.doclet;

import java.nio.file.Path;
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
 */
final class DiagnosticProblems implements DiagnosticListener<JavaFileObject> {

  private final Path projectRoot;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<Path> failingFiles = new LinkedHashSet<>();

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
    // A name the class path lacks leaves every element of the system in the model (the name is
    // kept as written), so it is a warning; anything else means part of a file could not be read.
    Problem.Severity severity = isMissingFromClassPath(code) ? Problem.Severity.WARNING : Problem.Severity.ERROR;
    problems.add(new Problem(severity, file, line, message, hint(code, message)));
  }

  private static boolean isMissingFromClassPath(String code) {
    return code.contains("cant.resolve") || code.contains("doesnt.exist") || code.contains("cant.access");
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

  private static String hint(String code, String message) {
    if (isMissingFromClassPath(code)) {
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
