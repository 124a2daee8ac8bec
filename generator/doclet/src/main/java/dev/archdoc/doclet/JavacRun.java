package dev.archdoc.doclet;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import dev.archdoc.annotations.Decision;
import dev.archdoc.doclet.attribution.BodyAttribution;
import dev.archdoc.doclet.attribution.BodyUse;
import dev.archdoc.doclet.extract.ExtractionScope;
import dev.archdoc.doclet.extract.ModelExtractor;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.source.ScannedFile;
import dev.archdoc.doclet.source.SourceScanner;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Reads the files with one plain javac task, in-process and silently: one parse, one enter, one
 * attribution of every body; the model's types and members, their doc comments and the bodies'
 * dependencies are all read from that task's trees and elements. Diagnostics become
 * {@link Problem}s.
 *
 * <p>javac normally stops before attribution once it has met an error; here it is told to go on
 * ({@code should-stop.ifError=FLOW}), so code that does not compile (an unresolvable annotation
 * or type, a bad character, a syntax error) is reported and the rest is still read. Only the
 * diagnostics of parsing, entering (declarations, signatures, annotations) and of the extraction
 * are problems, as when javadoc read the code: an error inside a method body leaves every element
 * of the model in place, and the project's own build reports it. If javac fails all the same, the
 * run is repeated without the files that had errors.
 */
@Decision(value = "ADR-33", note = "one javac task reads declarations, doc comments and bodies")
final class JavacRun {

  private static final int ATTEMPTS = 3;

  private JavacRun() {}

  /** The model, and whether the sources turned out newer than the release they were read at. */
  record Outcome(CodeModel model, Optional<NewerJava> newerJava) {}

  static Outcome run(Path projectRoot, List<Path> files, List<Path> classpath, int release, List<Problem> problems) {
    Set<Path> excluded = new LinkedHashSet<>();
    Set<Problem> reported = new LinkedHashSet<>();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      List<Path> included = files.stream().filter(f -> !excluded.contains(f)).toList();
      if (included.isEmpty()) {
        break;
      }
      DiagnosticProblems diagnostics = new DiagnosticProblems(projectRoot);
      CodeModel model = attempt(projectRoot, included, classpath, release, diagnostics);
      if (diagnostics.newerJava().isPresent()) {
        // every later line would be a false syntax error: one problem says what the code needs
        return new Outcome(CodeModel.empty(), diagnostics.newerJava());
      }
      reported.addAll(diagnostics.problems());
      if (model != null) {
        for (Path skipped : excluded) {
          reported.add(
              new Problem(
                  Problem.Severity.ERROR, SourceFinder.shown(projectRoot, skipped), 0,
                  "file left out of the model: javac could not read the sources with it",
                  "fix the errors reported for this file", Problem.Kind.FILE_LEFT_OUT));
        }
        problems.addAll(reported);
        return new Outcome(model, Optional.empty());
      }
      Set<Path> failing = diagnostics.failingFiles();
      failing.removeAll(excluded);
      if (failing.isEmpty()) {
        break;
      }
      excluded.addAll(failing);
    }
    problems.addAll(reported);
    problems.add(
        new Problem(
            Problem.Severity.ERROR, ".", 0, "javac could not read the sources, so there is no code model",
            "fix the errors above; if there are none, run `javac` on the sources by hand to see why",
            Problem.Kind.NO_MODEL));
    return new Outcome(CodeModel.empty(), Optional.empty());
  }

  /** The model, or null when javac itself failed on these files. */
  private static CodeModel attempt(
      Path projectRoot, List<Path> files, List<Path> classpath, int release, DiagnosticProblems diagnostics) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    int scanThreads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    CompletableFuture<Map<Path, ScannedFile>> scans = SourceScanner.start(files, StandardCharsets.UTF_8, scanThreads);
    Gate gate = new Gate(diagnostics);
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(gate, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavacTask task =
          (JavacTask)
              compiler.getTask(
                  Writer.nullWriter(), fileManager, gate, options(release, classpath), null,
                  fileManager.getJavaFileObjectsFromPaths(files));
      task.setLocale(Locale.ROOT);
      DocTrees trees = DocTrees.instance(task);
      List<CompilationUnitTree> units = new ArrayList<>();
      ModelExtractor.Declarations model;
      AtAttribution read = new AtAttribution(gate,
          () -> ModelExtractor.declarations(
              ExtractionScope.of(trees, task.getElements(), task.getTypes(), units), scans.join(), projectRoot));
      try {
        task.parse().forEach(units::add);
        if (diagnostics.newerJava().isPresent()) {
          return CodeModel.empty();
        }
        // The declarations are read when attribution starts, after every file is entered: what
        // javadoc saw (attribution adds to the elements). Errors inside bodies are the build's to
        // report, not archdoc's: the gate is shut during attribution.
        task.addTaskListener(read);
        task.analyze();
        gate.open = true;
        model = read.declarations(); // read now when nothing was attributed: no file declares a type
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (RuntimeException | AssertionError | StackOverflowError javacFailed) {
        read.rethrowOwnFailure();
        return null;
      }
      return model.withBodies(BodyAttribution.scan(task, units));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * javac's options: no annotation processing, no class files, no files read beyond the given
   * ones but for their signatures ({@code -implicit:none}), and on through attribution whatever
   * errors come first.
   */
  static List<String> options(int release, List<Path> classpath) {
    List<String> options =
        new ArrayList<>(
            List.of(
                "-proc:none", "-implicit:none", "-XDshould-stop.ifError=FLOW", "-encoding", "UTF-8",
                "-Xmaxerrs", "100000", "-Xmaxwarns", "100000"));
    if (release > 0 && release < Runtime.version().feature()) {
      options.add("--release");
      options.add(Integer.toString(release));
    }
    options.add("-classpath");
    options.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    return options;
  }

  /**
   * Reads the declarations once, when attribution starts (after every file is entered, before
   * attribution adds to the elements), and shuts the gate: errors inside bodies are not archdoc's
   * to report. A failure of archdoc's own extraction is kept apart, so that it is not taken for
   * javac failing.
   */
  static final class AtAttribution implements TaskListener {

    private final Gate gate;
    private final java.util.function.Supplier<ModelExtractor.Declarations> read;
    private ModelExtractor.Declarations declarations;
    private RuntimeException ownFailure;

    AtAttribution(Gate gate, java.util.function.Supplier<ModelExtractor.Declarations> read) {
      this.gate = gate;
      this.read = read;
    }

    @Override
    public void started(TaskEvent event) {
      if (event.getKind() == TaskEvent.Kind.ANALYZE && declarations == null && ownFailure == null) {
        try {
          declarations = read.get();
        } catch (RuntimeException bug) {
          ownFailure = bug;
          throw bug;
        }
        gate.open = false;
      }
    }

    /** The declarations read when attribution started, or read now if nothing was attributed. */
    ModelExtractor.Declarations declarations() {
      if (declarations == null) {
        declarations = read.get();
      }
      return declarations;
    }

    /** Throws archdoc's own failure, if the extraction failed while javac attributed. */
    void rethrowOwnFailure() {
      if (ownFailure != null) {
        throw ownFailure;
      }
    }
  }

  /** Passes diagnostics on while open. */
  static final class Gate implements DiagnosticListener<JavaFileObject> {

    private final DiagnosticListener<JavaFileObject> to;
    boolean open = true;

    Gate(DiagnosticListener<JavaFileObject> to) {
      this.to = to;
    }

    @Override
    public void report(Diagnostic<? extends JavaFileObject> diagnostic) {
      if (open) {
        to.report(diagnostic);
      }
    }
  }
}
