package dev.archdoc.doclet;

import dev.archdoc.doclet.model.CodeModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one entry point other stages use: sources in, code model and problems out.
 *
 * <p>Reading never throws for bad input. A missing source root, a file that does not compile, an
 * unresolvable annotation or a file that is not UTF-8 each become a {@link Problem}, and the model
 * holds everything that could still be read.
 */
public final class CodeModelReader {

  private CodeModelReader() {}

  /**
   * What to read.
   *
   * @param projectDir the project root; file paths in the model and in problems are relative to it
   * @param sourceRoots folders of Java sources (relative ones are resolved against projectDir)
   * @param classpath jars and class folders the sources compile against; archdoc's own
   *     annotations are always added, so {@code @Decision} resolves without them
   * @param release the Java release to read the sources at ({@code --release}), or 0 for the
   *     running JDK's own
   */
  public record Request(Path projectDir, List<Path> sourceRoots, List<Path> classpath, int release) {

    public Request {
      sourceRoots = List.copyOf(sourceRoots);
      classpath = List.copyOf(classpath);
    }

    /** Sources read at the running JDK's release. */
    public Request(Path projectDir, List<Path> sourceRoots, List<Path> classpath) {
      this(projectDir, sourceRoots, classpath, 0);
    }
  }

  /**
   * The model (possibly partial, possibly empty) and every problem met while reading.
   *
   * @param newerJava present when the sources use constructs newer than the release they were
   *     read at: then the model is not to be trusted, and the caller stops
   */
  public record Result(CodeModel model, List<Problem> problems, Optional<NewerJava> newerJava) {

    public Result {
      problems = List.copyOf(problems);
    }

    public Result(CodeModel model, List<Problem> problems) {
      this(model, problems, Optional.empty());
    }

    /** True when some problem means the model is missing something. */
    public boolean hasErrors() {
      return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }
  }

  /**
   * The previous result of the same request with the changed files read again (edited, added or
   * deleted {@code .java} files under the source roots), the other files' part of the model kept;
   * empty when only a cold {@link #read} will do. What it cannot see is what the change does to
   * the other files (a call elsewhere to a method renamed here): {@code check} reads cold.
   *
   * @param changed absolute paths of the {@code .java} files that changed since {@code previous}
   */
  public static Optional<Result> update(Request request, Result previous, Set<Path> changed) {
    Path root = request.projectDir().toAbsolutePath().normalize();
    List<Path> sourceRoots = request.sourceRoots().stream().map(root::resolve).map(Path::normalize).toList();
    List<Path> classpath = ClassPath.of(root, request.classpath(), new ArrayList<>());
    return Reread.reread(root, sourceRoots, classpath, request.release(), previous, changed);
  }

  /** True when {@link #update} can re-read files in this JVM (it needs javac's API exported to it). */
  public static boolean canUpdate() {
    return Reread.available();
  }

  public static Result read(Request request) {
    Path root = request.projectDir().toAbsolutePath().normalize();
    List<Problem> problems = new ArrayList<>();
    List<Path> sourceRoots = request.sourceRoots().stream().map(root::resolve).map(Path::normalize).toList();
    List<Path> files = SourceFinder.find(root, sourceRoots, problems);
    if (files.isEmpty()) {
      return new Result(CodeModel.empty(), problems);
    }
    List<Path> classpath = ClassPath.of(root, request.classpath(), problems);
    JavacRun.Outcome outcome = JavacRun.run(root, files, classpath, request.release(), problems);
    return new Result(outcome.model(), problems, outcome.newerJava());
  }
}
