package dev.archdoc.maven;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.publish.Publish;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Builds the architecture site as one version and adds it to a versioned site, as {@code archdoc
 * publish} does, with the reactor's class path: into a folder ({@code to}) or onto a branch of
 * the project's git repository ({@code branch}, e.g. {@code gh-pages}). Run it by hand
 * ({@code mvn archdoc:publish -Darchdoc.publish.version=1.2 -Darchdoc.publish.to=...}); it has no
 * phase. Other versions are never removed or rewritten. In a multi-module build it runs in the
 * last module that belongs to the archdoc project (which has every module's classes on its class
 * path) and does nothing in the others, so running it from the top publishes once.
 */
@Mojo(name = "publish", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class PublishMojo extends ArchdocMojo {

  /** The version to publish; also its folder name (letters, digits, . _ + -). */
  @Parameter(property = "archdoc.publish.version", required = true)
  private String version;

  /** Aliases that move to this version ({@code latest}); the first becomes the default. */
  @Parameter(property = "archdoc.publish.aliases")
  private List<String> aliases;

  /** What the version switcher shows for this version; by default the version. */
  @Parameter(property = "archdoc.publish.title")
  private String title;

  /** Publish into this folder. Exactly one of {@code to} and {@code branch}. */
  @Parameter(property = "archdoc.publish.to")
  private File to;

  /** Publish to this branch of the project's git repository (created when missing). */
  @Parameter(property = "archdoc.publish.branch")
  private String branch;

  /**
   * Fetch origin's branch first, add the version on its tip (a local branch that diverged from it is
   * refused), and push the result to {@code origin}, never forced.
   */
  @Parameter(property = "archdoc.publish.push", defaultValue = "false")
  private boolean push;

  /**
   * Where the versioned site is served ({@code https://org.github.io/repo/}), for the absolute URLs
   * of {@code sitemap.xml}; kept for later publishes. Without it (and none given before) the site
   * has no sitemap.xml.
   */
  @Parameter(property = "archdoc.publish.siteUrl")
  private String siteUrl;

  /**
   * Publish even when the project has changes no commit holds (refused without it); versions.json
   * then records the version as built from a dirty tree.
   */
  @Parameter(property = "archdoc.publish.allowDirty", defaultValue = "false")
  private boolean allowDirty;

  /** Skips the publish. */
  @Parameter(property = "archdoc.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("archdoc publish skipped (archdoc.skip)");
      return;
    }
    List<String> aliasList = aliases == null ? List.of()
        : aliases.stream().map(String::trim).filter(a -> !a.isEmpty()).toList();
    Optional<String> problem = Publish.problemWithName("version", version);
    for (String alias : aliasList) {
      problem = problem.or(() -> Publish.problemWithName("alias", alias));
    }
    String givenSiteUrl = siteUrl == null || siteUrl.isBlank() ? null : siteUrl.strip();
    if (problem.isEmpty() && givenSiteUrl != null) {
      try {
        Publish.checkSiteUrl(givenSiteUrl);
      } catch (IllegalArgumentException e) {
        problem = Optional.of(e.getMessage());
      }
    }
    if (problem.isPresent()) {
      throw new MojoFailureException("archdoc publish: " + problem.get());
    }
    Publish.Target target = target();
    java.nio.file.Path root = root();
    if (!actsForProject(root)) {
      return;
    }
    Publish.Outcome outcome;
    try {
      outcome = Publish.run(new Publish.Request(root, version, aliasList, title, target, reactorClasspath(),
          givenSiteUrl, allowDirty));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("archdoc publish: " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("archdoc publish: " + e.getMessage()
          + "; the versioned site is left as it was", e);
    }
    if (!outcome.published()) {
      throw new MojoFailureException("archdoc publish: archdoc.yml cannot be used:\n  "
          + String.join("\n  ", outcome.build().configProblems().stream().map(Finding::toString).toList()));
    }
    outcome.build().findings().stream().limit(50).forEach(f -> getLog().warn(f.toString()));
    String where = target instanceof Publish.Folder folder ? folder.path().toString()
        : "branch " + branch + outcome.commit().map(c -> " at " + c.substring(0, 12)).orElse("")
            + (push ? ", pushed to origin" : "");
    getLog().info("archdoc: published " + version + (aliasList.isEmpty() ? "" : " (" + String.join(", ", aliasList) + ")")
        + " to " + where + "; versions: " + String.join(", ", outcome.versions()));
    outcome.notes().forEach(note -> getLog().info("archdoc: note: " + note));
  }

  private Publish.Target target() throws MojoFailureException {
    boolean hasBranch = branch != null && !branch.isBlank();
    if ((to == null) == !hasBranch) {
      throw new MojoFailureException("archdoc publish: give exactly one of a folder"
          + " (<to>, -Darchdoc.publish.to=DIR) and a branch (<branch>, -Darchdoc.publish.branch=gh-pages)");
    }
    if (to != null && push) {
      throw new MojoFailureException("archdoc publish: push applies to a branch only, not to the folder " + to);
    }
    return to != null ? new Publish.Folder(to.toPath().toAbsolutePath().normalize())
        : new Publish.Branch(branch.trim(), push);
  }
}
