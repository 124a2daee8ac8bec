package dev.archdoc.doclet;

import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.source.SourceScanner;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.DocumentationTool;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs javadoc in-process over the files with {@link ArchdocDoclet}, silently: progress goes to a
 * writer nobody reads and diagnostics become {@link Problem}s.
 *
 * <p>javadoc runs with {@code --ignore-source-errors}, so code that does not compile (an
 * unresolvable annotation or type, a bad character) is reported but the doclet still runs and
 * sees the rest. If javadoc gives up all the same (it can, on some syntax errors), the run is
 * repeated without the files that had errors.
 */
final class JavadocRun {

  private static final int ATTEMPTS = 3;

  private JavadocRun() {}

  static CodeModel run(Path projectRoot, List<Path> files, List<Path> classpath, List<Problem> problems) {
    Set<Path> excluded = new LinkedHashSet<>();
    Set<Problem> reported = new LinkedHashSet<>();
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      List<Path> included = files.stream().filter(f -> !excluded.contains(f)).toList();
      if (included.isEmpty()) {
        break;
      }
      DiagnosticProblems diagnostics = new DiagnosticProblems(projectRoot);
      ArchdocDoclet.Session session = attempt(projectRoot, included, classpath, diagnostics);
      reported.addAll(diagnostics.problems());
      if (session.model != null) {
        for (Path skipped : excluded) {
          reported.add(
              new Problem(
                  Problem.Severity.ERROR, SourceFinder.shown(projectRoot, skipped), 0,
                  "file left out of the model: javadoc could not read the sources with it",
                  "fix the errors reported for this file", Problem.Kind.FILE_LEFT_OUT));
        }
        problems.addAll(reported);
        return session.model;
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
            Problem.Severity.ERROR, ".", 0, "javadoc could not read the sources, so there is no code model",
            "fix the errors above; if there are none, run `javadoc` on the sources by hand to see why",
            Problem.Kind.NO_MODEL));
    return CodeModel.empty();
  }

  private static ArchdocDoclet.Session attempt(
      Path projectRoot, List<Path> files, List<Path> classpath, DiagnosticProblems diagnostics) {
    DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
    int scanThreads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    ArchdocDoclet.Session session =
        new ArchdocDoclet.Session(projectRoot, SourceScanner.start(files, StandardCharsets.UTF_8, scanThreads));
    try (StandardJavaFileManager fileManager =
        tool.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(options());
      options.add("-classpath");
      options.add(classpath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
      DocumentationTool.DocumentationTask task =
          tool.getTask(
              new StringWriter(), fileManager, diagnostics, ArchdocDoclet.class, options,
              fileManager.getJavaFileObjectsFromPaths(files));
      task.setLocale(Locale.ROOT);
      ArchdocDoclet.SESSION.set(session);
      try {
        task.call();
      } finally {
        ArchdocDoclet.SESSION.remove();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (session.failure != null) {
      throw session.failure;
    }
    return session;
  }

  /** The options both archdoc and the benchmark's baseline run javadoc with. */
  static List<String> options() {
    return List.of(
        "-quiet", "-private", "--ignore-source-errors", "-encoding", "UTF-8",
        "-Xmaxerrs", "100000", "-Xmaxwarns", "100000");
  }
}
