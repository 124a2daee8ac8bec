package dev.archdoc.maven;

import dev.archdoc.core.orchestration.SiteBuild;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Builds the architecture site of the archdoc project this module belongs to, as {@code archdoc
 * build} does, with the reactor's class path. Bound to {@code package}. Drift findings are logged
 * as warnings and shown on the site's drift page; they fail the build only in {@code check}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class BuildMojo extends ArchdocMojo {

  /** Where the site goes; by default {@code site/} in the project root. */
  @Parameter(property = "archdoc.out")
  private File out;

  /** The version the site documents, shown on every page; none by default. */
  @Parameter(property = "archdoc.version")
  private String version;

  /** Skips the build. */
  @Parameter(property = "archdoc.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("archdoc build skipped (archdoc.skip)");
      return;
    }
    Path root = root();
    if (!actsForProject(root)) {
      return;
    }
    List<Path> classpath = reactorClasspath();
    long started = System.nanoTime();
    SiteBuild.Outcome outcome;
    try {
      outcome = SiteBuild.run(new SiteBuild.Request(root, out == null ? null : out.toPath(), version, classpath));
    } catch (IOException e) {
      throw new MojoExecutionException("archdoc: cannot write the site: " + e.getMessage(), e);
    }
    if (outcome.site().isEmpty()) {
      throw new MojoFailureException("archdoc build: archdoc.yml cannot be used:\n  "
          + String.join("\n  ", outcome.configProblems().stream().map(Finding::toString).toList()));
    }
    for (Finding finding : outcome.findings()) {
      if (finding.severity() == Severity.INFO) {
        getLog().info(finding.toString());
      } else {
        getLog().warn(finding.toString()); // drift fails the build in check, not here
      }
    }
    getLog().info("archdoc: wrote " + outcome.site().get().pages() + " pages to " + outcome.site().get().out()
        + " in " + (System.nanoTime() - started) / 1_000_000 + " ms (" + outcome.findings().size() + " findings)");
  }
}
