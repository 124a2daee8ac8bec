package dev.archdoc.maven;

import dev.archdoc.core.publish.Publish;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Changes what the version switcher shows for a published version, named by itself or an alias, as
 * {@code archdoc publish retitle} does (mike's {@code retitle}).
 * {@code mvn archdoc:publish-retitle -Darchdoc.publish.name=1.1 -Darchdoc.publish.title="1.1 (LTS)" -Darchdoc.publish.to=DIR}.
 */
@Mojo(name = "publish-retitle", threadSafe = true)
public class PublishRetitleMojo extends PublishedSiteMojo {

  /** The version or alias to retitle. */
  @Parameter(property = "archdoc.publish.name", required = true)
  private String name;

  /** What the switcher shows. */
  @Parameter(property = "archdoc.publish.title", required = true)
  private String title;

  @Override
  String goal() {
    return "publish-retitle";
  }

  @Override
  void run(Path root, Publish.Target target) throws java.io.IOException {
    done("retitled " + name + " \"" + title + "\"", Publish.retitle(root, target, name.trim(), title,
        Publish.StepListener.NONE));
  }
}
