package dev.archdoc.core.config;

import dev.archdoc.annotations.Decision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which archdoc project a folder belongs to, found the same way by the command line and the Maven
 * plugin from any folder of it (a module, a docs subfolder, the top): the nearest folder upwards
 * that holds {@code archdoc.yml}, else the top of the build.
 *
 * <p>The search never leaves the git work tree the folder is in (a stray {@code archdoc.yml}
 * above a checkout is not the project's); outside git it goes no higher than the top of the build.
 * The top of the build is the highest folder of the unbroken chain of folders, from the start
 * upwards, that hold a build file (a Maven {@code pom.xml}, a Gradle build or settings file), or a
 * top the caller knows better (Maven's reactor); the start itself when there is no build file.
 */
@Decision("ADR-23")
public final class ProjectLocator {

  /** The configuration file whose folder is the project root. */
  public static final String CONFIG = "archdoc.yml";

  private static final List<String> BUILD_FILES =
      List.of("pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts");

  private ProjectLocator() {}

  /** The project root of {@code start}, a folder of the project. */
  public static Path find(Path start) {
    return find(start, List.of());
  }

  /**
   * The project root of {@code start}.
   *
   * @param knownTops folders the caller knows to be tops of the build start belongs to (Maven's
   *     reactor and parent POMs); those that do not enclose start, or lie outside its git work
   *     tree, are ignored
   */
  public static Path find(Path start, Collection<Path> knownTops) {
    Path from = start.toAbsolutePath().normalize();
    Optional<Path> gitRoot = gitRoot(from);
    Path top = buildTop(from, gitRoot);
    for (Path known : knownTops) {
      Path candidate = known.toAbsolutePath().normalize();
      if (from.startsWith(candidate) && candidate.getNameCount() < top.getNameCount()
          && gitRoot.map(candidate::startsWith).orElse(true)) {
        top = candidate;
      }
    }
    Path ceiling = gitRoot.orElse(top);
    for (Path dir = from; dir != null && dir.startsWith(ceiling); dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(CONFIG))) {
        return dir;
      }
    }
    return top;
  }

  /** The nearest folder upwards, {@code from} included, that is the top of a git work tree. */
  public static Optional<Path> gitRoot(Path from) {
    for (Path dir = from.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) { // a folder, or a file in a worktree or submodule
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  private static Path buildTop(Path from, Optional<Path> gitRoot) {
    Path top = null;
    for (Path dir = from; dir != null && gitRoot.map(dir::startsWith).orElse(true); dir = dir.getParent()) {
      if (hasBuildFile(dir)) {
        top = dir;
      } else if (top != null) {
        break;
      }
    }
    return top == null ? from : top;
  }

  private static boolean hasBuildFile(Path dir) {
    return BUILD_FILES.stream().anyMatch(name -> Files.isRegularFile(dir.resolve(name)));
  }
}
