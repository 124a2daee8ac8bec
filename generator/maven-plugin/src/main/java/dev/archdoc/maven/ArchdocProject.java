package dev.archdoc.maven;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.orchestration.SiteBuild;
import dev.archdoc.core.cache.CodeCache;
import dev.archdoc.core.config.ProjectLocator;
import dev.archdoc.core.pipeline.Loaded;
import dev.archdoc.core.pipeline.Pipeline;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;

/**
 * The archdoc project a module belongs to, and which one module of the build acts for it.
 *
 * <p>Maven runs a goal in every module that has it (every module of the build, for a goal typed on
 * the command line), while the archdoc project is one folder for the whole build. Every goal
 * therefore acts once per project: in the module chosen here, and logs one line in the others.
 */
@Decision("ADR-23")
final class ArchdocProject {

  private ArchdocProject() {}

  /**
   * The project root: {@code configured} when set, else found from the module's folder by
   * {@link ProjectLocator}, which Maven's view of the build helps: the reactor's top and the
   * folders of the module's parent POMs are tops of the build even without a build-file chain.
   */
  static Path root(MavenSession session, MavenProject module, File configured) {
    if (configured != null) {
      return configured.toPath().toAbsolutePath().normalize();
    }
    List<Path> tops = new ArrayList<>();
    if (session.getTopLevelProject() != null && session.getTopLevelProject().getBasedir() != null) {
      tops.add(session.getTopLevelProject().getBasedir().toPath());
    }
    if (session.getRequest() != null && session.getRequest().getMultiModuleProjectDirectory() != null) {
      tops.add(session.getRequest().getMultiModuleProjectDirectory().toPath());
    }
    for (MavenProject parent = module.getParent(); parent != null; parent = parent.getParent()) {
      if (parent.getBasedir() != null) {
        tops.add(parent.getBasedir().toPath());
      }
    }
    return ProjectLocator.find(module.getBasedir().toPath(), tops);
  }

  /**
   * The module of this build that acts for the project at {@code root} in a goal that must run once:
   * the last module of the build that belongs to the project and runs the goal, since it is built
   * after the others and has their classes on its class path. A goal typed on the command line
   * runs in every module; one bound to a phase only in the modules whose POM declares it.
   */
  static MavenProject lastRunning(MavenSession session, MavenProject current, File configured, Path root,
      MojoExecution execution) {
    MavenProject acting = current;
    for (MavenProject module : modulesOf(session, configured, root)) {
      if (execution == null || execution.getSource() == MojoExecution.Source.CLI || declaresGoal(module, execution)) {
        acting = module;
      }
    }
    return acting;
  }

  /**
   * The module that builds the report of the project at {@code root}: the first of the build that
   * belongs to it and lists the plugin under {@code <reporting>}, usually the top, so the report is
   * made once, at the top of the Maven site.
   */
  static MavenProject firstReporting(MavenSession session, MavenProject current, File configured, Path root,
      String pluginKey) {
    Predicate<MavenProject> reports = module -> module.getReportPlugins().stream()
        .map(ReportPlugin::getKey).anyMatch(pluginKey::equals);
    return modulesOf(session, configured, root).stream().filter(reports).findFirst().orElse(current);
  }

  /** The modules of this build that belong to the project at {@code root}, in build order. */
  static List<MavenProject> modulesOf(MavenSession session, File configured, Path root) {
    List<MavenProject> reactor = session.getProjects() == null ? List.of() : session.getProjects();
    return reactor.stream().filter(module -> root(session, module, configured).equals(root)).toList();
  }

  private static boolean declaresGoal(MavenProject module, MojoExecution execution) {
    String key = execution.getMojoDescriptor().getPluginDescriptor().getPluginLookupKey();
    for (Plugin plugin : module.getBuildPlugins()) {
      if (plugin.getKey().equals(key)
          && plugin.getExecutions().stream().anyMatch(e -> e.getGoals().contains(execution.getGoal()))) {
        return true;
      }
    }
    return false;
  }

  static Loaded load(Path root, MavenSession session, MavenProject module, ProjectDependenciesResolver resolver, Log log) {
    List<Path> classpath = ReactorClasspath.of(session, module, resolver, log);
    log.debug("archdoc: project root " + root + ", class path " + classpath);
    // archdoc:build in package has usually just read the same code: check in verify reuses it (ADR-15)
    return Pipeline.load(root, new Pipeline.Options(classpath, new CodeCache(SiteBuild.codeCache(root)), null));
  }
}
