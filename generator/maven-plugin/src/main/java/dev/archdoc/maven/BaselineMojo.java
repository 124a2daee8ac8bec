package dev.archdoc.maven;

import dev.archdoc.core.check.LayerBaseline;
import dev.archdoc.core.pipeline.ProjectModel;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Records every layer violation the code has now in {@code archdoc.baseline} at the project root,
 * so that {@code archdoc:check} fails only on new ones. Run it by hand
 * ({@code mvn archdoc:baseline}) when adopting the gate; it has no phase.
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@dev.archdoc.annotations.Decision("ADR-19")
public class BaselineMojo extends ArchdocMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Path root = root();
    if (!actsForProject(root)) {
      return;
    }
    ProjectModel model = load(root, "baseline");
    LayerBaseline baseline = LayerBaseline.of(model);
    try {
      baseline.write(root);
    } catch (IOException e) {
      throw new MojoExecutionException("archdoc: cannot write " + root.resolve(LayerBaseline.FILE_NAME)
          + ": " + e.getMessage(), e);
    }
    getLog().info("archdoc baseline: recorded " + baseline.size() + " known layer violations in "
        + root.resolve(LayerBaseline.FILE_NAME));
  }
}
