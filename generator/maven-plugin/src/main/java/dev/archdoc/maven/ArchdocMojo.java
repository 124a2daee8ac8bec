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

  /** The compile class path of every module built so far and this one's. */
  List<Path> reactorClasspath() {
    return ReactorClasspath.of(session, project, resolver, getLog());
  }

  /** The project at {@code root}, read and linked with the reactor's class path. */
  Loaded load(Path root) {
    return ArchdocProject.load(root, session, project, resolver, getLog());
  }
}
