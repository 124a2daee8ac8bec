package dev.archdoc.maven;

import dev.archdoc.core.check.ReferenceLock;
import dev.archdoc.core.pipeline.ProjectModel;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Records the signature of every code element the docs reference in {@code archdoc.lock} at the
 * project root, after a reviewer confirmed the docs still hold. Run it by hand
 * ({@code mvn archdoc:accept}); it has no phase.
 */
@Mojo(name = "accept", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class AcceptMojo extends ArchdocMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Path root = root();
    if (!actsForProject(root)) {
      return;
    }
    ProjectModel model = load(root, "accept");
    ReferenceLock lock = ReferenceLock.of(model);
    try {
      lock.write(root);
    } catch (IOException e) {
      throw new MojoExecutionException("archdoc: cannot write " + root.resolve(ReferenceLock.FILE_NAME)
          + ": " + e.getMessage(), e);
    }
    getLog().info("archdoc accept: recorded " + lock.size() + " references in "
        + root.resolve(ReferenceLock.FILE_NAME));
  }
}
