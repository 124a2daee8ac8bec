package dev.archdoc.maven;

import dev.archdoc.core.publish.Publish;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that manage a published site's versions share (mike's {@code list}, {@code delete},
 * {@code set-default}, {@code retitle}): the site, given as for {@code archdoc:publish} (a folder
 * {@code to}, or a {@code branch} with {@code push}), and the same safety: the folder's lock and one
 * swap, or one commit on the branch's newest state (fetched first with push, refused when diverged).
 */
abstract class PublishedSiteMojo extends ArchdocMojo {

  /** The versioned site is this folder. Exactly one of {@code to} and {@code branch}. */
  @Parameter(property = "archdoc.publish.to")
  private File to;

  /** The versioned site is this branch of the project's git repository. */
  @Parameter(property = "archdoc.publish.branch")
  private String branch;

  /** Fetch origin's branch first, change it on its tip, and push the result to {@code origin}, never forced. */
  @Parameter(property = "archdoc.publish.push", defaultValue = "false")
  private boolean push;

  /** Skips the goal. */
  @Parameter(property = "archdoc.skip", defaultValue = "false")
  private boolean skip;

  /** The goal's name, for its messages. */
  abstract String goal();

  /** The goal's own work on the site. */
  abstract void run(Path root, Publish.Target target) throws IOException, MojoFailureException;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    String goal = "archdoc " + goal();
    if (skip) {
      getLog().info(goal + " skipped (archdoc.skip)");
      return;
    }
    boolean hasBranch = branch != null && !branch.isBlank();
    if ((to == null) == !hasBranch) {
      throw new MojoFailureException(goal + ": give exactly one of a folder"
          + " (<to>, -Darchdoc.publish.to=DIR) and a branch (<branch>, -Darchdoc.publish.branch=gh-pages)");
    }
    if (to != null && push) {
      throw new MojoFailureException(goal + ": push applies to a branch only, not to the folder " + to);
    }
    Publish.Target target = to != null ? new Publish.Folder(to.toPath().toAbsolutePath().normalize())
        : new Publish.Branch(branch.trim(), push);
    Path root = root();
    if (!actsForProject(root)) {
      return;
    }
    try {
      run(root, target);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(goal + ": " + e.getMessage() + "; the versioned site is left as it was");
    } catch (IOException e) {
      throw new MojoExecutionException(goal + ": " + e.getMessage() + "; the versioned site is left as it was", e);
    }
  }

  /** Logs what a change did. */
  void done(String what, Publish.Outcome outcome) {
    getLog().info("archdoc: " + what + outcome.commit().map(c -> " (commit " + c.substring(0, 12) + ")").orElse("")
        + "; versions: " + (outcome.versions().isEmpty() ? "none" : String.join(", ", outcome.versions())));
  }
}
