package dev.archdoc.core.serve;

import dev.archdoc.core.cache.CodeCache;
import dev.archdoc.core.pipeline.Pipeline;
import dev.archdoc.doclet.CodeModelReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The last code model of each system, kept between rebuilds: the doclet (seconds on a real
 * project) runs again only when a change may have touched the code. The key is the doclet's whole
 * request (root, source roots, class path), so a changed {@code archdoc.yml} that moves the
 * sources reads them afresh.
 */
final class CodeMemo implements Pipeline.CodeReader {

  private final Map<CodeModelReader.Request, CodeModelReader.Result> last = new ConcurrentHashMap<>();
  private final AtomicInteger docletRuns = new AtomicInteger();
  private final CodeCache disk;

  /** @param disk where code models outlive this process: a serve started after a build reads none again */
  CodeMemo(CodeCache disk) {
    this.disk = disk;
  }

  @Override
  public CodeModelReader.Result read(CodeModelReader.Request request) {
    return last.computeIfAbsent(request, r -> {
      docletRuns.incrementAndGet();
      return disk.read(r);
    });
  }

  /**
   * Forgets every code model when a changed path may be code: a {@code .java} file, anything
   * under a source root (a folder created, moved or deleted there), a jar, or {@code archdoc.yml}.
   *
   * @param changed absolute paths
   * @return whether the next build runs the doclet again
   */
  boolean forgetIfCodeChanged(Set<Path> changed) {
    boolean code = changed.stream().anyMatch(this::mayBeCode);
    if (code) {
      last.clear();
    }
    return code || last.isEmpty();
  }

  int docletRuns() {
    return docletRuns.get();
  }

  private boolean mayBeCode(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (name.endsWith(".java") || name.endsWith(".jar") || name.equals("archdoc.yml")) {
      return true;
    }
    for (CodeModelReader.Request request : last.keySet()) {
      Path root = request.projectDir().toAbsolutePath().normalize();
      for (Path source : request.sourceRoots()) {
        Path folder = root.resolve(source).normalize();
        if (path.startsWith(folder) || folder.startsWith(path)) {
          return true;
        }
      }
    }
    return false;
  }
}
