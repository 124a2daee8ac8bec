package dev.archdoc.core.serve;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.cache.CodeCache;
import dev.archdoc.core.pipeline.Pipeline;
import dev.archdoc.doclet.CodeModelReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The last code model of each system, kept between rebuilds: the code is read again only when a
 * change may have touched it, and then, when the change is a plain edit, addition or deletion of
 * {@code .java} files under the source roots, only those files are read again
 * ({@link CodeModelReader#update}); anything else (a jar, {@code archdoc.yml}, a folder under a
 * source root) reads cold. The key is the whole request (root, source roots, class path), so a
 * changed {@code archdoc.yml} that moves the sources reads them afresh.
 *
 * <p>A re-read cannot see what a change does to the other files (a call elsewhere to a method
 * renamed here); serve's log line says the code was read again only for the changed files, and
 * {@code check}, which reads cold, is the gate.
 */
@Decision(value = "ADR-33", note = "serve re-reads only the changed .java files")
final class CodeMemo implements Pipeline.CodeReader {

  private final Map<CodeModelReader.Request, CodeModelReader.Result> last = new ConcurrentHashMap<>();
  /** The .java files changed since each kept model was read. */
  private final Map<CodeModelReader.Request, Set<Path>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger docletRuns = new AtomicInteger();
  private final AtomicInteger coldReads = new AtomicInteger();
  private final AtomicInteger rereadFiles = new AtomicInteger();
  private final CodeCache disk;

  /** @param disk where code models outlive this process: a serve started after a build reads none again */
  CodeMemo(CodeCache disk) {
    this.disk = disk;
  }

  @Override
  public CodeModelReader.Result read(CodeModelReader.Request request) {
    Set<Path> changed = pending.remove(request);
    CodeModelReader.Result previous = last.get(request);
    if (previous != null && changed != null) {
      Optional<CodeModelReader.Result> updated = CodeModelReader.update(request, previous, changed);
      if (updated.isPresent()) {
        docletRuns.incrementAndGet();
        rereadFiles.addAndGet(changed.size());
        last.put(request, updated.get());
        return updated.get();
      }
      last.remove(request);
    }
    return last.computeIfAbsent(request, r -> {
      docletRuns.incrementAndGet();
      coldReads.incrementAndGet();
      return disk.read(r);
    });
  }

  /**
   * Notes what changed: a {@code .java} file under a source root is read again at the next build;
   * any other change that may be code (a jar, {@code archdoc.yml}, a folder under a source root)
   * forgets every code model; other files under a source root (an editor's temporary files) change
   * nothing.
   *
   * @param changed absolute paths
   * @return whether the next build reads code again (some files or all)
   */
  boolean forgetIfCodeChanged(Set<Path> changed) {
    boolean any = false;
    Map<CodeModelReader.Request, Set<Path>> javaFiles = new ConcurrentHashMap<>();
    for (Path path : changed) {
      String name = path.getFileName() == null ? "" : path.getFileName().toString();
      boolean javaFile = name.endsWith(".java") && !Files.isDirectory(path);
      boolean underRoot = false;
      for (CodeModelReader.Request request : last.keySet()) {
        if (under(path, request)) {
          underRoot = true;
          if (javaFile) {
            javaFiles.computeIfAbsent(request, r -> new HashSet<>()).add(path.toAbsolutePath().normalize());
          }
        }
      }
      boolean readsCold = name.endsWith(".jar") || name.equals("archdoc.yml")
          || (underRoot && javaFile && !CodeModelReader.canUpdate())
          || (underRoot && !javaFile && mayHoldSources(path))
          || (name.endsWith(".java") && last.isEmpty());
      if (readsCold) {
        last.clear();
        pending.clear();
        return true;
      }
      any |= underRoot;
    }
    javaFiles.forEach((request, files) -> pending.computeIfAbsent(request, r -> new HashSet<>()).addAll(files));
    return any || last.isEmpty();
  }

  /** How many times the code was read, cold or in part. */
  int docletRuns() {
    return docletRuns.get();
  }

  /** What the reads since the last call did, for serve's log line; resets. */
  String takeNote() {
    int cold = coldReads.getAndSet(0);
    int files = rereadFiles.getAndSet(0);
    if (cold > 0) {
      return "code read";
    }
    if (files > 0) {
      return "code read again for " + files + " changed file" + (files == 1 ? "" : "s")
          + " only (what the change does to other files shows at the next `archdoc check`)";
    }
    return "code model reused";
  }

  /**
   * A folder under a source root (created, moved in), or a deleted path some model file was under:
   * which files came or went is not known, so the code is read cold. Any other file there (an
   * editor's backup or swap file, {@code sed -i}'s temporary file) holds no source.
   */
  private boolean mayHoldSources(Path path) {
    if (Files.isDirectory(path)) {
      return true;
    }
    if (Files.exists(path)) {
      return false;
    }
    for (Map.Entry<CodeModelReader.Request, CodeModelReader.Result> entry : last.entrySet()) {
      Path root = entry.getKey().projectDir().toAbsolutePath().normalize();
      Path absolute = path.toAbsolutePath().normalize();
      if (!absolute.startsWith(root)) {
        continue;
      }
      String folder = root.relativize(absolute).toString().replace('\\', '/') + "/";
      if (entry.getValue().model().files().stream().anyMatch(f -> f.path().startsWith(folder))) {
        return true;
      }
    }
    return false;
  }

  private static boolean under(Path path, CodeModelReader.Request request) {
    Path root = request.projectDir().toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    for (Path source : request.sourceRoots()) {
      Path folder = root.resolve(source).normalize();
      if (absolute.startsWith(folder) || folder.startsWith(absolute)) {
        return true;
      }
    }
    return false;
  }
}
