package dev.archdoc.maven;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.pipeline.Loaded;
import dev.archdoc.core.pipeline.ProjectModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;

/**
 * What every archdoc goal shares: it works on the whole archdoc project the module belongs to
 * (found from the module up, or {@code archdoc.projectRoot}) with the reactor's class path, once per
 * project however it is invoked.
 */
abstract class ArchdocMojo extends AbstractMojo {

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Component
  private ProjectDependenciesResolver resolver;

  /** The archdoc project root; by default the nearest folder up with archdoc.yml, else the top of the build. */
  @Parameter(property = "archdoc.projectRoot")
  private File projectRoot;

  /** The archdoc project root this module belongs to. */
  Path root() {
    return ArchdocProject.root(session, project, projectRoot);
  }

  /**
   * Whether this module acts for the archdoc project at {@code root}: every goal runs once per
   * project, in the last module of the build that belongs to it and runs the goal, since it is built
   * after the others and has their classes on its class path. The others log one line saying so.
   */
  boolean actsForProject(Path root) {
    MavenProject acting = ArchdocProject.lastRunning(session, project, projectRoot, root, mojoExecution);
    if (acting != project) {
      getLog().info("archdoc " + mojoExecution.getGoal() + ": not in " + project.getArtifactId()
          + "; the last module of this build that belongs to " + root + " runs it, once ("
          + acting.getArtifactId() + ")");
    }
    return acting == project;
  }

  /** The compile class path of every module built so far and this one's. */
  List<Path> reactorClasspath() {
    return ReactorClasspath.of(session, project, resolver, getLog());
  }

  /**
   * The project at {@code root}, read and linked with the reactor's class path, for the goals that
   * record what it is now ({@code accept}, {@code baseline}).
   *
   * @throws MojoFailureException naming {@code goal} and every problem, when archdoc.yml cannot be used
   */
  ProjectModel load(Path root, String goal) throws MojoFailureException {
    Loaded loaded = ArchdocProject.load(root, session, project, resolver, getLog());
    if (loaded.project().isEmpty()) {
      throw new MojoFailureException("archdoc " + goal + ": archdoc.yml cannot be used:" + loaded.configProblems()
          .stream().map(Finding::toString).collect(Collectors.joining("\n  ", "\n  ", "")));
    }
    return loaded.project().get();
  }
}
