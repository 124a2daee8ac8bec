package dev.archdoc.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.graph.Dependency;

/**
 * The class path the doclet reads the project's sources against: the compile class path of every
 * reactor module built before this one, then this module's. archdoc checks the whole project from
 * one module, and its systems' sources may span modules whose imports only the other modules'
 * class paths resolve.
 *
 * <p>The other modules' dependencies are resolved here again rather than read from their
 * {@link MavenProject}: Maven only keeps a module's resolved artifacts for the mojos of that
 * module, so by the time the last module runs the others' class paths read as empty. Reactor
 * siblings resolve to their build output, so nothing needs to be installed first.
 */
@dev.archdoc.annotations.Decision("ADR-23")
final class ReactorClasspath {

  private static final Set<String> COMPILE_SCOPES = Set.of("compile", "provided", "system");

  private ReactorClasspath() {}

  static List<Path> of(MavenSession session, MavenProject current, ProjectDependenciesResolver resolver, Log log) {
    Set<Path> paths = new LinkedHashSet<>();
    List<MavenProject> reactor = session.getProjects() == null ? List.of() : session.getProjects();
    for (MavenProject module : reactor) {
      if (sameModule(module, current)) {
        break;
      }
      addIfPresent(paths, module.getBuild().getOutputDirectory());
      paths.addAll(resolved(session, module, resolver, log));
    }
    try {
      current.getCompileClasspathElements().forEach(element -> addIfPresent(paths, element));
    } catch (DependencyResolutionRequiredException e) {
      paths.addAll(resolved(session, current, resolver, log));
    }
    return new ArrayList<>(paths);
  }

  /**
   * The compile class path of the given modules, for a goal that acts in a module built before
   * them (the report, at the top of the build): their classes folders, when built, and their
   * dependencies.
   */
  static List<Path> ofModules(MavenSession session, List<MavenProject> modules, ProjectDependenciesResolver resolver,
      Log log) {
    Set<Path> paths = new LinkedHashSet<>();
    for (MavenProject module : modules) {
      addIfPresent(paths, module.getBuild().getOutputDirectory());
      paths.addAll(resolved(session, module, resolver, log));
    }
    return new ArrayList<>(paths);
  }

  private static boolean sameModule(MavenProject a, MavenProject b) {
    return a.getGroupId().equals(b.getGroupId()) && a.getArtifactId().equals(b.getArtifactId())
        && a.getBasedir().equals(b.getBasedir());
  }

  private static List<Path> resolved(MavenSession session, MavenProject module, ProjectDependenciesResolver resolver, Log log) {
    DependencyResolutionResult result;
    try {
      result = resolver.resolve(new DefaultDependencyResolutionRequest(module, session.getRepositorySession()));
    } catch (DependencyResolutionException e) {
      // what did resolve is still worth having; the doclet names what stays missing
      log.debug("archdoc: not every dependency of " + module.getId() + " resolved: " + e.getMessage());
      result = e.getResult();
    }
    List<Path> paths = new ArrayList<>();
    if (result == null) {
      return paths;
    }
    for (Dependency dependency : result.getResolvedDependencies()) {
      File file = dependency.getArtifact().getFile();
      if (file != null && COMPILE_SCOPES.contains(dependency.getScope()) && file.exists()) {
        paths.add(file.toPath());
      }
    }
    return paths;
  }

  /** Only what exists: a module not built yet (or a pom module) has no classes folder. */
  private static void addIfPresent(Set<Path> paths, String element) {
    if (element != null && Files.exists(Path.of(element))) {
      paths.add(Path.of(element));
    }
  }
}
