package dev.archdoc.cli;

import dev.archdoc.core.publish.Publish;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
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
      "Two publishes into one folder at once: the second is refused (a lock file beside the folder).",
      "With --push, origin's branch is fetched first and the version is added on its tip; a local branch that"
          + " diverged from origin's is refused. A project with changes no commit holds is refused unless"
          + " --allow-dirty; versions.json records the commit each version was built from.",
      "Sub-commands, as mike's: list, delete, set-default, retitle (archdoc publish list --help)."
    },
    subcommands = {PublishCommand.ListVersions.class, PublishCommand.Delete.class, PublishCommand.SetDefault.class,
        PublishCommand.Retitle.class},
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

  // not required = true: picocli would then ask for it before every sub-command too
  @Option(names = "--version", paramLabel = "V",
      description = "the version to publish (required); also its folder name (letters, digits, . _ + -)")
  String version;

  @Option(names = "--allow-dirty",
      description = "publish even when the project has changes no commit holds (refused without it);"
          + " versions.json then records the version as built from a dirty tree")
  boolean allowDirty;

  @Option(names = "--alias", paramLabel = "A",
      description = "an alias that moves to this version (repeatable); the first one becomes the default the site opens on")
  List<String> aliases = new ArrayList<>();

  @Option(names = "--title", paramLabel = "T", description = "what the version switcher shows (default: the version)")
  String title;

  @Option(names = "--site-url", paramLabel = "URL",
      description = "where the versioned site is served (https://org.github.io/repo/), for sitemap.xml's absolute URLs;"
          + " kept for later publishes. Without it (and none given before) the site has no sitemap.xml")
  String siteUrl;

  @Mixin SiteTarget where;

  /** Where the versioned site is: {@code --to DIR}, or {@code --branch NAME [--push]}. */
  static final class SiteTarget {
    @Option(names = "--to", paramLabel = "DIR", description = "the versioned site is this folder")
    Path to;

    @Option(names = "--branch", paramLabel = "NAME",
        description = "the versioned site is this branch of the project's repository (created when missing)")
    String branch;

    @Option(names = "--push", description = "with --branch: fetch origin's branch first, build on its tip, and push"
        + " the result to origin (never forced)")
    boolean push;

    /** The target, or why the options do not name one. */
    Publish.Target target(CommandSpec spec) {
      if ((to == null) == (branch == null)) {
        throw new ParameterException(spec.commandLine(), "give exactly one of --to DIR and --branch NAME");
      }
      if (to != null && push) {
        throw new ParameterException(spec.commandLine(), "--push applies to --branch only, not to --to " + to);
      }
      return to != null ? new Publish.Folder(to.toAbsolutePath().normalize()) : new Publish.Branch(branch, push);
    }

    String describe(Publish.Outcome outcome) {
      return to != null ? to.toAbsolutePath().normalize().toString()
          : "branch " + branch + outcome.commit().map(c -> " at " + c.substring(0, 12)).orElse("")
              + (push ? ", pushed to origin" : "");
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (version == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--version=V'"
          + " (or a sub-command: list, delete, set-default, retitle)");
    }
    Publish.Target target = where.target(spec);
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
    Publish.Outcome outcome;
    try {
      outcome = Publish.run(new Publish.Request(project, version, aliases, title, target, List.of(), siteUrl, allowDirty));
    } catch (IllegalArgumentException e) {
      err.println("archdoc: error: " + e.getMessage());
      return ArchdocCommand.BAD_INPUT;
    }
    if (!outcome.published()) {
      outcome.build().configProblems().forEach(err::println);
      return ArchdocCommand.BAD_INPUT;
    }
    outcome.build().findings().stream().limit(50).forEach(err::println);
    err.printf("archdoc: published %s%s to %s; versions: %s%n", version,
        aliases.isEmpty() ? "" : " (" + String.join(", ", aliases) + ")", where.describe(outcome),
        String.join(", ", outcome.versions()));
    outcome.notes().forEach(note -> err.println("archdoc: note: " + note));
    return ArchdocCommand.OK;
  }

  /** One change of a sub-command, as {@link Publish} makes it. */
  @FunctionalInterface
  private interface Change {
    Publish.Outcome make(Path project, Publish.Target target) throws IOException;
  }

  /** Runs a change of the versioned site; a refusal is one line and exit 2, the site left as it was. */
  static int change(CommandSpec spec, ProjectOption projectOption, SiteTarget where, String done, Change change)
      throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Publish.Target target = where.target(spec);
    Optional<Path> project = projectOption.folder(err);
    if (project.isEmpty()) {
      return ArchdocCommand.BAD_INPUT;
    }
    Publish.Outcome outcome;
    try {
      outcome = change.make(project.get(), target);
    } catch (IllegalArgumentException e) {
      err.println("archdoc: error: " + e.getMessage() + "; the versioned site is left as it was");
      return ArchdocCommand.BAD_INPUT;
    }
    err.printf("archdoc: %s in %s; versions: %s%n", done, where.describe(outcome),
        outcome.versions().isEmpty() ? "none" : String.join(", ", outcome.versions()));
    return ArchdocCommand.OK;
  }

  @Command(name = "list", description = {"Lists the published versions, newest first (mike's list): the title, the"
      + " version, its aliases, the default the site opens on, and the commit each was built from"
      + " (\"dirty\" when built with changes no commit holds).",
      "A branch is read as publish would find it without fetching. Nothing is changed."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:listed (no versions: nothing printed)", "2:bad usage, not a versioned site, I/O or git"})
  static final class ListVersions implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Mixin ProjectOption projectOption;

    @Mixin SiteTarget where;

    @Option(names = "--json", description = "print versions.json as the site holds it")
    boolean json;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter out = spec.commandLine().getOut();
      Publish.Target target = where.target(spec);
      Optional<Path> project = projectOption.folder(err);
      if (project.isEmpty()) {
        return ArchdocCommand.BAD_INPUT;
      }
      Publish.Listing listing;
      try {
        listing = Publish.list(project.get(), target);
      } catch (IllegalArgumentException e) {
        err.println("archdoc: error: " + e.getMessage());
        return ArchdocCommand.BAD_INPUT;
      }
      if (json) {
        out.print(listing.json());
        out.flush();
        return ArchdocCommand.OK;
      }
      if (listing.versions().isEmpty()) {
        err.println("archdoc publish list: no version is published there yet");
      }
      for (Publish.Version version : listing.versions()) {
        StringBuilder line = new StringBuilder(version.title().equals(version.version()) ? version.version()
            : "\"" + version.title() + "\" (" + version.version() + ")");
        if (!version.aliases().isEmpty()) {
          line.append(" [").append(String.join(", ", version.aliases())).append(']');
        }
        List<String> notes = new ArrayList<>();
        if (version.isDefault()) {
          notes.add("default");
        }
        version.commit().ifPresent(c -> notes.add("commit " + c.substring(0, Math.min(12, c.length()))
            + (version.dirty() ? " dirty" : "")));
        if (!notes.isEmpty()) {
          line.append("  (").append(String.join(", ", notes)).append(')');
        }
        out.println(line);
      }
      out.flush();
      return ArchdocCommand.OK;
    }
  }

  @Command(name = "delete", description = {"Deletes versions (each with its folder and aliases), or only an alias"
      + " when a name is one (mike's delete), in one change.",
      "As safe as publish: the folder's lock and one swap, or one commit on the branch (fetched first with --push)."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:deleted", "2:bad usage, a name the site does not have, I/O or git; the site is left as it was"})
  static final class Delete implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Mixin ProjectOption projectOption;

    @Mixin SiteTarget where;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "a version or alias")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      return change(spec, projectOption, where, "deleted " + String.join(", ", names),
          (project, target) -> Publish.delete(project, target, names, Publish.StepListener.NONE));
    }
  }

  @Command(name = "set-default", description = {"Makes the site's root open on a version or alias (mike's set-default).",
      "As safe as publish: the folder's lock and one swap, or one commit on the branch (fetched first with --push)."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:set", "2:bad usage, a name the site does not have, I/O or git; the site is left as it was"})
  static final class SetDefault implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Mixin ProjectOption projectOption;

    @Mixin SiteTarget where;

    @Parameters(index = "0", paramLabel = "NAME", description = "a version or alias")
    String name;

    @Override
    public Integer call() throws IOException {
      return change(spec, projectOption, where, "the default is now " + name,
          (project, target) -> Publish.setDefault(project, target, name, Publish.StepListener.NONE));
    }
  }

  @Command(name = "retitle", description = {"Changes what the version switcher shows for a version, named by"
      + " itself or an alias (mike's retitle).",
      "As safe as publish: the folder's lock and one swap, or one commit on the branch (fetched first with --push)."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:retitled", "2:bad usage, a name the site does not have, I/O or git; the site is left as it was"})
  static final class Retitle implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Mixin ProjectOption projectOption;

    @Mixin SiteTarget where;

    @Parameters(index = "0", paramLabel = "NAME", description = "a version or alias")
    String name;

    @Parameters(index = "1", paramLabel = "TITLE", description = "what the switcher shows")
    String title;

    @Override
    public Integer call() throws IOException {
      return change(spec, projectOption, where, "retitled " + name + " \"" + title + "\"",
          (project, target) -> Publish.retitle(project, target, name, title, Publish.StepListener.NONE));
    }
  }
}
