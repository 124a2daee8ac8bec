package dev.archdoc.doclet.source;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Parses source files with javac's parser (no attribution, no class path) and scans each tree.
 * Files are parsed in batches, one parser per batch, on a small thread pool; the parsed trees
 * are dropped as soon as a file is scanned, so memory stays proportional to one batch.
 */
public final class SourceScanner {

  private static final int BATCH = 48;

  private SourceScanner() {}

  /**
   * Starts scanning in the background and returns at once, so the scan can overlap with
   * javadoc's own work. Threads are daemons: an abandoned scan never keeps a JVM alive.
   */
  public static CompletableFuture<Map<Path, ScannedFile>> start(
      List<Path> files, Charset charset, int threads) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, threads),
            r -> {
              Thread t = new Thread(r, "archdoc-source-scan");
              t.setDaemon(true);
              return t;
            });
    Map<Path, ScannedFile> results = new ConcurrentHashMap<>();
    List<CompletableFuture<Void>> batches = new ArrayList<>();
    for (int from = 0; from < files.size(); from += BATCH) {
      List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
      batches.add(CompletableFuture.runAsync(() -> scanBatch(batch, charset, results), pool));
    }
    return CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new))
        .thenApply(done -> Map.copyOf(results))
        .whenComplete((r, e) -> pool.shutdown());
  }

  /** Scans the files on the calling thread and the pool and waits for the result. */
  public static Map<Path, ScannedFile> scan(List<Path> files, Charset charset, int threads) {
    return start(files, charset, threads).join();
  }

  private static void scanBatch(List<Path> batch, Charset charset, Map<Path, ScannedFile> results) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(d -> {}, Locale.ROOT, charset)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(batch);
      JavacTask task =
          (JavacTask) compiler.getTask(Writer.nullWriter(), files, d -> {}, List.of("-proc:none"), null, units);
      Trees trees = Trees.instance(task);
      SourcePositions positions = trees.getSourcePositions();
      for (CompilationUnitTree unit : task.parse()) {
        Path path = Path.of(unit.getSourceFile().toUri()).toAbsolutePath().normalize();
        results.put(path, scanUnit(path, unit, positions));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ScannedFile scanUnit(Path path, CompilationUnitTree unit, SourcePositions positions)
      throws IOException {
    CharSequence text = unit.getSourceFile().getCharContent(true);
    List<ImportDeclaration> imports = new ArrayList<>();
    for (ImportTree imp : unit.getImports()) {
      String name = imp.getQualifiedIdentifier().toString();
      boolean onDemand = name.endsWith(".*");
      imports.add(
          new ImportDeclaration(
              onDemand ? name.substring(0, name.length() - 2) : name, imp.isStatic(), onDemand));
    }
    FileScan scan = new FileScan(unit, positions);
    scan.scan(unit, null);
    String packageName = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    List<ProseBlock> prose = scan.attach(new CommentLexer(text));
    return new ScannedFile(
        path, packageName, imports, scan.declarations(), scan.recordComponents(), prose);
  }
}
