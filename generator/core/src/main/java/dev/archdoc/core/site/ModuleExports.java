package dev.archdoc.core.site;

import com.sun.source.tree.ExportsTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import dev.archdoc.core.safety.ProjectBounds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The packages each source root's {@code module-info.java} exports to every module (qualified
 * {@code exports ... to} are not for everyone): a public type of a package its module keeps to
 * itself is seen by no other module. JabRef's GUI module exports nothing, so its 900 files are
 * the application, not an API. Read with javac's own parser; a source root without a
 * module-info, or with one javac cannot parse, exports every package.
 */
final class ModuleExports {

  private static final int MAX_BYTES = 1 << 20;

  /** Exported packages by source root; a root absent from the map exports everything. */
  private final Map<Path, Set<String>> byRoot;

  private ModuleExports(Map<Path, Set<String>> byRoot) {
    this.byRoot = byRoot;
  }

  static ModuleExports read(Path projectRoot, List<Path> sourceRoots) {
    Map<Path, Set<String>> byRoot = new HashMap<>();
    ProjectBounds bounds = new ProjectBounds(projectRoot);
    for (Path root : sourceRoots) {
      Path relative = root.resolve("module-info.java");
      Path file = projectRoot.resolve(relative);
      try {
        if (bounds.refusal(relative).isEmpty() && Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES) {
          exports(Files.readString(file, StandardCharsets.UTF_8)).ifPresent(found -> byRoot.put(root.normalize(), found));
        }
      } catch (IOException | RuntimeException e) {
        // unreadable: the root exports everything, as it would without a module-info
      }
    }
    return new ModuleExports(byRoot);
  }

  /** The packages a module declaration exports to everyone, or empty when javac cannot parse it. */
  static Optional<Set<String>> exports(String moduleInfo) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      return Optional.empty();
    }
    JavaFileObject unit = new SimpleJavaFileObject(java.net.URI.create("string:///module-info.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return moduleInfo;
      }
    };
    boolean[] failed = {false};
    JavacTask task = (JavacTask) javac.getTask(null, null, diagnostic -> {
      if (diagnostic.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
        failed[0] = true;
      }
    }, List.of("-proc:none"), null, List.of(unit));
    Set<String> exported = new TreeSet<>();
    boolean[] isModule = {false};
    for (var tree : task.parse()) {
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitModule(com.sun.source.tree.ModuleTree node, Void unused) {
          isModule[0] = true;
          return super.visitModule(node, unused);
        }

        @Override
        public Void visitExports(ExportsTree node, Void unused) {
          if (node.getModuleNames() == null || node.getModuleNames().isEmpty()) {
            exported.add(node.getPackageName().toString());
          }
          return null;
        }
      }.scan(tree, null);
    }
    return failed[0] || !isModule[0] ? Optional.empty() : Optional.of(exported);
  }

  /** Whether a package of the source file is exported by the module of the source root holding it. */
  boolean exports(String sourceFile, String packageName) {
    Path file = Path.of(sourceFile);
    for (Map.Entry<Path, Set<String>> root : byRoot.entrySet()) {
      if (file.startsWith(root.getKey())) {
        return root.getValue().contains(packageName);
      }
    }
    return true;
  }
}
