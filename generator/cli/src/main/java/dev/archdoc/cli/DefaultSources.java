package dev.archdoc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The source roots of a project without configuration: {@code src/main/java} of the project and
 * of its modules, found by looking a few folders deep (build output and hidden folders skipped).
 */
final class DefaultSources {

  /** Deep enough for {@code group/module/src/main/java}; test fixtures further down stay out. */
  private static final int DEPTH = 5;

  private static final Set<String> SKIPPED = Set.of("target", "build", "node_modules", "site", "out");

  private DefaultSources() {}

  static List<Path> of(Path projectRoot) {
    try (Stream<Path> walk = Files.walk(projectRoot, DEPTH)) {
      return walk.filter(Files::isDirectory)
          .filter(p -> p.endsWith(Path.of("src", "main", "java")))
          .filter(p -> !skipped(projectRoot.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (SKIPPED.contains(name) || name.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
