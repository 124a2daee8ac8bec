package dev.archdoc.maven;

import dev.archdoc.core.pipeline.Loaded;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;

/**
 * What every archdoc goal shares: it works on the whole archdoc project the module belongs to
 * (found from the module up, or {@code archdoc.projectRoot}) with the reactor's class path.
 */
abstract class ArchdocMojo extends AbstractMojo {

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Component
  private ProjectDependenciesResolver resolver;

  /** The archdoc project root; by default the nearest folder up from this module with archdoc.yml. */
  @Parameter(property = "archdoc.projectRoot")
  private File projectRoot;

  /** The archdoc project root this module belongs to. */
  Path root() {
    return ArchdocProject.root(session, project, projectRoot);
  }

  /**
   * Whether this module acts for the archdoc project at {@code root} in goals that must run once
   * per project (publish): the last module of the build that belongs to it, since it is built after
   * the others and has their classes on its class path. A goal run from the top of a multi-module
   * build then runs once, not once per module.
   */
  boolean actsForProject(Path root) {
    MavenProject last = project;
    for (MavenProject module : session.getProjects()) {
      if (ArchdocProject.root(session, module, projectRoot).equals(root)) {
        last = module;
      }
    }
    return last == project;
  }

  /** The module this goal runs in, for messages. */
  String moduleName() {
    return project.getArtifactId();
  }

  /** The compile class path of every module built so far and this one's. */
  List<Path> reactorClasspath() {
    return ReactorClasspath.of(session, project, resolver, getLog());
  }

  /** The project at {@code root}, read and linked with the reactor's class path. */
  Loaded load(Path root) {
    return ArchdocProject.load(root, session, project, resolver, getLog());
  }
}
