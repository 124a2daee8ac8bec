package dev.archdoc.maven;

import dev.archdoc.core.publish.Publish;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Deletes versions (each with its folder and aliases), or only an alias when a name is one, as
 * {@code archdoc publish delete} does (mike's {@code delete}), in one change.
 * {@code mvn archdoc:publish-delete -Darchdoc.publish.names=2.0-rc1 -Darchdoc.publish.branch=gh-pages}.
 */
@Mojo(name = "publish-delete", threadSafe = true)
public class PublishDeleteMojo extends PublishedSiteMojo {

  /** The versions or aliases to delete. */
  @Parameter(property = "archdoc.publish.names")
  private List<String> names;

  @Override
  String goal() {
    return "publish-delete";
  }

  @Override
  void run(Path root, Publish.Target target) throws java.io.IOException, MojoFailureException {
    List<String> given = names == null ? List.of() : names.stream().map(String::trim).filter(n -> !n.isEmpty()).toList();
    if (given.isEmpty()) {
      throw new MojoFailureException("archdoc publish-delete: name what to delete (-Darchdoc.publish.names=1.0,old)");
    }
    done("deleted " + String.join(", ", given), Publish.delete(root, target, given, Publish.StepListener.NONE));
  }
}
