package dev.archdoc.cli;

import dev.archdoc.core.publish.Publish;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archdoc publish}: builds the site as one version and adds it to a versioned site. */
@Command(
    name = "publish",
    description = {
      "Builds the project's site as version V and adds it to a versioned site: a folder (--to), or a branch"
          + " of the project's git repository (--branch, e.g. gh-pages), with versions.json (mike's format),"
          + " a version switcher on every page and aliases such as latest that move to the version given.",
      "Other versions are never removed or rewritten; a failure at any point leaves the site as it was.",
      "Beside the versions: decisions.html (the decisions in force in each version and what changed between"
          + " them), and sitemap.xml once the site's address is known (--site-url).",
      "Two publishes into one folder at once: the second is refused (a lock file beside the folder)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:published (build findings, if any, are printed)",
      "2:bad usage, a version or alias that cannot be a folder name, configuration, I/O or git;"
          + " the versioned site is left as it was"
    })
final class PublishCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin ProjectOption projectOption;

  @Option(names = "--version", paramLabel = "V", required = true,
      description = "the version to publish; also its folder name (letters, digits, . _ + -)")
  String version;

  @Option(names = "--alias", paramLabel = "A",
      description = "an alias that moves to this version (repeatable); the first one becomes the default the site opens on")
  List<String> aliases = new ArrayList<>();

  @Option(names = "--title", paramLabel = "T", description = "what the version switcher shows (default: the version)")
  String title;

  @Option(names = "--site-url", paramLabel = "URL",
      description = "where the versioned site is served (https://org.github.io/repo/), for sitemap.xml's absolute URLs;"
          + " kept for later publishes. Without it (and none given before) the site has no sitemap.xml")
  String siteUrl;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Where where;

  static final class Where {
    @Option(names = "--to", paramLabel = "DIR", description = "publish into this folder")
    Path to;

    @ArgGroup(exclusive = false)
    Branch branch;
  }

  static final class Branch {
    @Option(names = "--branch", paramLabel = "NAME", required = true,
        description = "publish to this branch of the project's repository (created when missing)")
    String name;

    @Option(names = "--push", description = "push the branch to origin afterwards")
    boolean push;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> problem = Publish.problemWithName("version", version);
    for (String alias : aliases) {
      problem = problem.or(() -> Publish.problemWithName("alias", alias));
    }
    if (problem.isEmpty() && siteUrl != null) {
      try {
        Publish.checkSiteUrl(siteUrl);
      } catch (IllegalArgumentException e) {
        problem = Optional.of(e.getMessage());
      }
    }
    if (problem.isPresent()) {
      err.println("archdoc: error: " + problem.get());
      return ArchdocCommand.BAD_INPUT;
    }
    Optional<Path> projectFolder = projectOption.folder(err);
    if (projectFolder.isEmpty()) {
      return ArchdocCommand.BAD_INPUT;
    }
    Path project = projectFolder.get();
    Publish.Target target = where.to != null
        ? new Publish.Folder(where.to.toAbsolutePath().normalize())
        : new Publish.Branch(where.branch.name, where.branch.push);
    Publish.Outcome outcome;
    try {
      outcome = Publish.run(new Publish.Request(project, version, aliases, title, target, List.of(), siteUrl));
    } catch (IllegalArgumentException e) {
      err.println("archdoc: error: " + e.getMessage());
      return ArchdocCommand.BAD_INPUT;
    }
    if (!outcome.published()) {
      outcome.build().configProblems().forEach(err::println);
      return ArchdocCommand.BAD_INPUT;
    }
    outcome.build().findings().stream().limit(50).forEach(err::println);
    String where = target instanceof Publish.Folder folder ? folder.path().toString()
        : "branch " + ((Publish.Branch) target).name() + outcome.commit().map(c -> " at " + c.substring(0, 12)).orElse("")
            + (((Publish.Branch) target).push() ? ", pushed to origin" : "");
    err.printf("archdoc: published %s%s to %s; versions: %s%n", version,
        aliases.isEmpty() ? "" : " (" + String.join(", ", aliases) + ")", where, String.join(", ", outcome.versions()));
    outcome.notes().forEach(note -> err.println("archdoc: note: " + note));
    return ArchdocCommand.OK;
  }
}
