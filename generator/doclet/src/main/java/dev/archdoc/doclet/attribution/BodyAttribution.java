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
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the files to attribution (no code generation, no annotation processing) and collects
 * every body's uses of types, by file.
 *
 * <p>javac normally stops before attribution once it has met an error; here it is told to go on
 * ({@code should-stop.ifError=FLOW}), so that a missing library or a broken file costs only the
 * names that depend on it.
 */
public final class BodyAttribution {

  private BodyAttribution() {}

  /** Starts in the background, on one daemon thread, and returns at once. */
  public static CompletableFuture<Map<Path, List<BodyUse>>> start(
      List<Path> files, List<Path> classpath, Charset charset) {
    CompletableFuture<Map<Path, List<BodyUse>>> result = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.complete(run(files, classpath, charset));
              } catch (Throwable t) {
                result.completeExceptionally(t);
              }
            },
            "archdoc-attribution");
    thread.setDaemon(true);
    thread.start();
    return result;
  }

  /** Attributes the files and returns the body uses of each, by absolute normalized path. */
  public static Map<Path, List<BodyUse>> run(List<Path> files, List<Path> classpath, Charset charset) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(d -> {}, Locale.ROOT, charset)) {
      List<String> options = new ArrayList<>(List.of("-proc:none", "-implicit:none", "-XDshould-stop.ifError=FLOW"));
      options.add("-classpath");
      options.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
      Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
      JavacTask task = (JavacTask) compiler.getTask(Writer.nullWriter(), fileManager, d -> {}, options, null, units);
      Trees trees = Trees.instance(task);
      List<CompilationUnitTree> parsed = new ArrayList<>();
      task.parse().forEach(parsed::add);
      task.analyze();
      Map<Path, List<BodyUse>> uses = new HashMap<>();
      for (CompilationUnitTree unit : parsed) {
        Path path = Path.of(unit.getSourceFile().toUri()).toAbsolutePath().normalize();
        uses.put(path, new BodyScanner(trees, task.getTypes(), task.getElements(), unit).scan());
      }
      return uses;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
