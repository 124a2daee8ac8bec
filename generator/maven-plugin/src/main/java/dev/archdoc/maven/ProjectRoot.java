package dev.archdoc.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the archdoc project of a Maven module is: the nearest folder, from the module's base
 * directory up to the top of the build, that holds {@code archdoc.yml}. A module of a
 * multi-module build is usually not the project the docs describe; the folder with the
 * configuration is. Without one, the module itself is the project and the defaults apply.
 */
@dev.archdoc.annotations.Decision("ADR-12")
final class ProjectRoot {

  static final String CONFIG = "archdoc.yml";

  private ProjectRoot() {}

  /**
   * @param basedir the module's base directory
   * @param ceilings the top folders of the build (execution root, multi-module project
   *     directory); the search goes no higher than the highest of them that encloses basedir
   */
  static Path find(Path basedir, List<Path> ceilings) {
    Path start = basedir.toAbsolutePath().normalize();
    Optional<Path> top = ceilings.stream()
        .map(c -> c.toAbsolutePath().normalize())
        .filter(start::startsWith)
        .min((a, b) -> Integer.compare(a.getNameCount(), b.getNameCount()));
    Path stop = top.orElse(start);
    for (Path dir = start; dir != null && dir.startsWith(stop); dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(CONFIG))) {
        return dir;
      }
    }
    return start;
  }
}
