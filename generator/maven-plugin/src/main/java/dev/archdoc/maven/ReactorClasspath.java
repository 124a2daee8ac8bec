package dev.archdoc.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The class path the doclet reads the project's sources against: the compile class path of every
 * reactor module built before this one, then this module's. archdoc checks the whole project from
 * one module, and its systems' sources may span modules whose imports only the other modules'
 * class paths resolve.
 */
final class ReactorClasspath {

  private ReactorClasspath() {}

  static List<Path> of(MavenSession session, MavenProject current) {
    Set<Path> paths = new LinkedHashSet<>();
    List<MavenProject> reactor = session.getProjects() == null ? List.of() : session.getProjects();
    for (MavenProject module : reactor) {
      if (sameModule(module, current)) {
        break;
      }
      paths.addAll(compileClasspath(module));
    }
    paths.addAll(compileClasspath(current));
    return new ArrayList<>(paths);
  }

  private static boolean sameModule(MavenProject a, MavenProject b) {
    return a.getGroupId().equals(b.getGroupId()) && a.getArtifactId().equals(b.getArtifactId())
        && a.getBasedir().equals(b.getBasedir());
  }

  /** Only what exists: a module not built yet (or a pom module) has no classes folder. */
  private static List<Path> compileClasspath(MavenProject module) {
    List<Path> paths = new ArrayList<>();
    try {
      for (String element : module.getCompileClasspathElements()) {
        Path path = Path.of(element);
        if (Files.exists(path)) {
          paths.add(path);
        }
      }
    } catch (DependencyResolutionRequiredException e) {
      // its dependencies were never resolved in this build: it was not built, nothing to add
    }
    return paths;
  }
}
