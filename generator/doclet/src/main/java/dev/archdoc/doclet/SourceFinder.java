package dev.archdoc.doclet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lists the {@code .java} files under the source roots, reporting roots that are not there. */
final class SourceFinder {

  private SourceFinder() {}

  static List<Path> find(Path projectRoot, List<Path> sourceRoots, List<Problem> problems) {
    List<Path> files = new ArrayList<>();
    for (Path root : sourceRoots) {
      if (!Files.isDirectory(root)) {
        problems.add(
            new Problem(
                Problem.Severity.ERROR, shown(projectRoot, root), 0,
                "source root does not exist or is not a folder",
                "fix `sources:` in archdoc.yml (or the --source option) to name a folder of .java files",
                Problem.Kind.SOURCE_ROOT_UNUSABLE));
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.getFileName().toString().endsWith(".java") && Files.isRegularFile(p))
            .map(p -> p.toAbsolutePath().normalize())
            .sorted()
            .forEach(
                p -> {
                  if (p.getFileName().toString().equals("module-info.java")) {
                    problems.add(
                        new Problem(
                            Problem.Severity.WARNING, shown(projectRoot, p), 1,
                            "module-info.java is not read: archdoc reads sources on the class path, so the module declaration is not part of the model",
                            "nothing to fix; if the module requires libraries, put their jars on `classpath:` so its types resolve",
                            Problem.Kind.MODULE_INFO_SKIPPED));
                  } else if (!files.contains(p)) {
                    files.add(p);
                  }
                });
      } catch (IOException | UncheckedIOException e) {
        problems.add(
            new Problem(
                Problem.Severity.ERROR, shown(projectRoot, root), 0,
                "cannot list the source root: " + e.getMessage(),
                "check that the folder is readable", Problem.Kind.SOURCE_ROOT_UNUSABLE));
      }
    }
    if (files.isEmpty() && problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR)) {
      problems.add(
          new Problem(
              Problem.Severity.ERROR, sourceRoots.isEmpty() ? "." : shown(projectRoot, sourceRoots.get(0)), 0,
              "no Java source files found in " + sourceRoots.stream().map(r -> shown(projectRoot, r)).toList(),
              "point `sources:` in archdoc.yml (or --source) at the folders that hold your .java files",
              Problem.Kind.NO_SOURCE_FILES));
    }
    return files;
  }

  static String shown(Path projectRoot, Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(projectRoot) ? projectRoot.relativize(absolute) : absolute;
    String text = shown.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }
}
