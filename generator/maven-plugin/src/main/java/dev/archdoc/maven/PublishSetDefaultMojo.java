package dev.archdoc.maven;

import dev.archdoc.core.publish.Publish;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes a published site's root open on a version or alias, as {@code archdoc publish set-default}
 * does (mike's {@code set-default}).
 * {@code mvn archdoc:publish-set-default -Darchdoc.publish.name=latest -Darchdoc.publish.branch=gh-pages}.
 */
@Mojo(name = "publish-set-default", threadSafe = true)
public class PublishSetDefaultMojo extends PublishedSiteMojo {

  /** The version or alias the root opens on. */
  @Parameter(property = "archdoc.publish.name", required = true)
  private String name;

  @Override
  String goal() {
    return "publish-set-default";
  }

  @Override
  void run(Path root, Publish.Target target) throws java.io.IOException {
    done("the default is now " + name, Publish.setDefault(root, target, name.trim(), Publish.StepListener.NONE));
  }
}
