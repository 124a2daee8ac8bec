package dev.archdoc.core.site;

import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The source files that get no literate view: a plain list of glob patterns, one a line, in
 * {@code <docs>/literate-exclude.txt} ({@code #} starts a comment), matched against each file's
 * path below its source root, e.g. {@code **}{@code /generated/**} or {@code com/x/Legacy.java}.
 * Noise is excluded by a list of paths, as in Gordon Guthrie's literate code reader.
 */
final class LiterateExclusions {

  static final String FILE = "literate-exclude.txt";

  private final Map<String, List<PathMatcher>> bySystem;

  private LiterateExclusions(Map<String, List<PathMatcher>> bySystem) {
    this.bySystem = bySystem;
  }

  static LiterateExclusions read(ProjectModel project) {
    Map<String, List<PathMatcher>> bySystem = new HashMap<>();
    for (SystemModel system : project.systems()) {
      Path list = project.root().resolve(system.config().docs()).resolve(FILE);
      List<PathMatcher> matchers = new ArrayList<>();
      boolean inside = new dev.archdoc.core.safety.ProjectBounds(project.root())
          .refusal(project.root().relativize(list.toAbsolutePath().normalize())).isEmpty();
      if (Files.isRegularFile(list) && inside) {
        try {
          for (String line : Files.readAllLines(list)) {
            String pattern = line.strip();
            if (!pattern.isEmpty() && !pattern.startsWith("#")) {
              try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
              } catch (IllegalArgumentException e) {
                // a pattern that is not a glob excludes nothing; the rest of the list still applies
              }
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      bySystem.put(system.name(), List.copyOf(matchers));
    }
    return new LiterateExclusions(bySystem);
  }

  boolean excludes(SystemConfig system, String sourceFile) {
    Path path = Path.of(sourceFile);
    for (Path root : system.sources()) {
      if (!root.toString().isEmpty() && path.startsWith(root)) {
        path = root.relativize(path);
        break;
      }
    }
    Path below = path;
    return bySystem.getOrDefault(system.name(), List.of()).stream().anyMatch(m -> m.matches(below));
  }

  /** The list itself is configuration, not a document to publish. */
  static boolean isListFile(SystemConfig system, Path file) {
    return file.normalize().equals(system.docs().resolve(FILE).normalize());
  }
}
