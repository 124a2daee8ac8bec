package dev.archdoc.maven;

import dev.archdoc.core.build.SiteBuild;
import dev.archdoc.core.cache.CodeCache;
import dev.archdoc.core.pipeline.Loaded;
import dev.archdoc.core.pipeline.Pipeline;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;

/** Reads the archdoc project a module belongs to, with the reactor's class path. */
final class ArchdocProject {

  private ArchdocProject() {}

  /** The project root: {@code configured} when set, else found from the module up. */
  static Path root(MavenSession session, MavenProject module, File configured) {
    if (configured != null) {
      return configured.toPath().toAbsolutePath().normalize();
    }
    List<Path> ceilings = new ArrayList<>();
    if (session.getExecutionRootDirectory() != null) {
      ceilings.add(Path.of(session.getExecutionRootDirectory()));
    }
    if (session.getRequest() != null && session.getRequest().getMultiModuleProjectDirectory() != null) {
      ceilings.add(session.getRequest().getMultiModuleProjectDirectory().toPath());
    }
    return ProjectRoot.find(module.getBasedir().toPath(), ceilings);
  }

  static Loaded load(Path root, MavenSession session, MavenProject module, ProjectDependenciesResolver resolver, Log log) {
    List<Path> classpath = ReactorClasspath.of(session, module, resolver, log);
    log.debug("archdoc: project root " + root + ", class path " + classpath);
    // archdoc:build in package has usually just read the same code: check in verify reuses it (ADR-15)
    return Pipeline.load(root, new Pipeline.Options(classpath, new CodeCache(SiteBuild.codeCache(root)), null));
  }
}
