package dev.archdoc.maven;

import dev.archdoc.core.publish.Publish;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Lists a published site's versions, newest first, as {@code archdoc publish list} does (mike's
 * {@code list}): title, version, aliases, the default, and the commit each was built from. Changes
 * nothing. {@code mvn archdoc:publish-list -Darchdoc.publish.branch=gh-pages}.
 */
@Mojo(name = "publish-list", threadSafe = true)
public class PublishListMojo extends PublishedSiteMojo {

  @Override
  String goal() {
    return "publish-list";
  }

  @Override
  void run(Path root, Publish.Target target) throws java.io.IOException {
    Publish.Listing listing = Publish.list(root, target);
    if (listing.versions().isEmpty()) {
      getLog().info("archdoc: no versions published");
    }
    for (Publish.Version version : listing.versions()) {
      getLog().info((version.title().equals(version.version()) ? version.version()
          : "\"" + version.title() + "\" (" + version.version() + ")")
          + (version.aliases().isEmpty() ? "" : " [" + String.join(", ", version.aliases()) + "]")
          + (version.isDefault() ? "  (default)" : "")
          + version.commit().map(c -> "  commit " + c.substring(0, Math.min(12, c.length()))
              + (version.dirty() ? " dirty" : "")).orElse(""));
    }
  }
}
