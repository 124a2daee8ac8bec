package dev.archdoc.doclet.attribution;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The types every body uses, read off an attributed javac task. archdoc's own reading
 * ({@code JavacRun}) attributes once and scans its own task; {@link #run} compiles the files in a
 * task of its own, for the doclet when the {@code javadoc} tool runs it (javadoc drops method bodies).
 *
 * <p>Compiles the files to attribution (no code generation, no annotation processing) and collects
 * every body's uses of types, by file.
 *
 * <p>javac normally stops before attribution once it has met an error; here it is told to go on
 * ({@code should-stop.ifError=FLOW}), so that a missing library or a broken file costs only the
 * names that depend on it.
 */
public final class BodyAttribution {

  private BodyAttribution() {}

  /** Attributes the files and returns the body uses of each, by absolute normalized path. */
  public static Map<Path, List<BodyUse>> run(List<Path> files, List<Path> classpath, Charset charset) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(d -> {}, Locale.ROOT, charset)) {
      List<String> options = new ArrayList<>(List.of("-proc:none", "-implicit:none", "-XDshould-stop.ifError=FLOW"));
      options.add("-classpath");
      options.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
      Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
      JavacTask task = (JavacTask) compiler.getTask(Writer.nullWriter(), fileManager, d -> {}, options, null, units);
      List<CompilationUnitTree> parsed = new ArrayList<>();
      task.parse().forEach(parsed::add);
      task.analyze();
      return scan(task, parsed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The body uses of each of the units of a task that has attributed them ({@code analyze()}),
   * by absolute normalized path.
   */
  public static Map<Path, List<BodyUse>> scan(JavacTask task, List<CompilationUnitTree> units) {
    Trees trees = Trees.instance(task);
    Map<Path, List<BodyUse>> uses = new HashMap<>();
    for (CompilationUnitTree unit : units) {
      Path path = Path.of(unit.getSourceFile().toUri()).toAbsolutePath().normalize();
      uses.put(path, new BodyScanner(trees, task.getTypes(), task.getElements(), unit).scan());
    }
    return uses;
  }
}
