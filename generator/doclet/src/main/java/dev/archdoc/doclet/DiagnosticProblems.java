package dev.archdoc.doclet;

import dev.archdoc.annotations.Decision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.JavaFileObject;

/**
 * Turns javadoc's diagnostics into problems with a hint of what to do. Only compiler errors are
 * kept: javadoc's warnings (deprecation, doclint-style remarks) are not archdoc's business. Of
 * those, syntax and encoding errors stay errors; every other one comes from a name the class path
 * lacks and becomes a warning, which the check folds into one per system. Decided on javac's
 * diagnostic code, never its words.
 */
@Decision(value = "ADR-16", note = "only syntax is an error; decided on javac's code")
final class DiagnosticProblems implements DiagnosticListener<JavaFileObject> {

  private static final Pattern NEEDED_RELEASE = Pattern.compile("(?:-source|--release|release) ([0-9]{1,3}) or (?:higher|later|above)");

  private final Path projectRoot;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<Path> failingFiles = new LinkedHashSet<>();
  private NewerJava newerJava;

  DiagnosticProblems(Path projectRoot) {
    this.projectRoot = projectRoot;
  }

  List<Problem> problems() {
    return problems;
  }

  Set<Path> failingFiles() {
    return failingFiles;
  }

  /** The first construct newer than the release read at, with the highest release javac asked for. */
  Optional<NewerJava> newerJava() {
    return Optional.ofNullable(newerJava);
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
    if (isNewerThanRelease(code)) {
      Matcher needed = NEEDED_RELEASE.matcher(message);
      int release = needed.find() ? Integer.parseInt(needed.group(1)) : 0;
      if (newerJava == null) {
        newerJava = new NewerJava(release, file, line, message);
      } else if (release > newerJava.release()) {
        newerJava = new NewerJava(release, newerJava.file(), newerJava.line(), newerJava.message());
      }
      return;
    }
    // A name the class path lacks leaves every element of the system in the model (the name is
    // kept as written), so it is a warning; anything else means part of a file could not be read.
    Problem.Severity severity = isMissingFromClassPath(code) ? Problem.Severity.WARNING : Problem.Severity.ERROR;
    problems.add(new Problem(severity, file, line, message, hint(code, message)));
  }

  /**
   * javac's codes for a construct the release being read does not have yet: a feature of a later
   * release, or one this JDK has only as a preview. Decided on the code; the release number
   * javac suggests is taken from the message ("use --release 21 or higher").
   */
  private static boolean isNewerThanRelease(String code) {
    return code.startsWith("compiler.err.feature.not.supported.in.source")
        || code.startsWith("compiler.err.preview.feature.disabled");
  }

  /**
   * The compiler's codes for text that is not Java, whatever the class path: the parser's and
   * the scanner's errors, a file that is not in the declared encoding, a public class in a file
   * of another name. Any other error javac reports while archdoc reads a project that its own
   * build compiles comes from a name archdoc could not resolve: a library missing from the class
   * path, which javac may also word as "static import only from classes and interfaces" or
   * "interface expected here", having taken the unknown class for a package.
   */
  private static final Set<String> SYNTAX = Set.of(
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
      "restricted.type.not.allowed.compound", "invalid.lambda.parameter.declaration", "illegal.char.for.encoding", "unmappable.character",
      "class.public.should.be.in.file", "duplicate.class", "file.not.found", "cant.read.file", "error.reading.file");

  private static boolean isSyntax(String code) {
    return SYNTAX.contains(code.startsWith("compiler.err.") ? code.substring("compiler.err.".length()) : code);
  }

  /** Not syntax: a name the class path lacks, the model keeps it as written (see {@link #SYNTAX}). */
  private static boolean isMissingFromClassPath(String code) {
    return code.startsWith("compiler.err.") && !isSyntax(code);
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
