package dev.archdoc.maven;

import dev.archdoc.core.check.ReferenceLock;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.pipeline.Loaded;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
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
    Loaded loaded = load(root);
    if (loaded.project().isEmpty()) {
      throw new MojoFailureException("archdoc accept: archdoc.yml cannot be used:" + loaded.configProblems()
          .stream().map(Finding::toString).collect(Collectors.joining("\n  ", "\n  ", "")));
    }
    ReferenceLock lock = ReferenceLock.of(loaded.project().get());
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
