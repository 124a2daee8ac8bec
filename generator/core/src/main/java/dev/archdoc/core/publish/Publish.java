package dev.archdoc.core.publish;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.orchestration.SiteBuild;
import dev.archdoc.core.config.ArchdocConfig;
import dev.archdoc.core.config.ConfigReader;
import dev.archdoc.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Builds a project's site as one version and adds it to a versioned site: the door of this
 * package. The versions already there are never removed or rewritten; only the published version's
 * folder, the alias folders and the root files change.
 */
@Decision(value = "ADR-13", note = "one folder per version, aliases as redirect folders, swapped in whole")
public final class Publish {

  private Publish() {}

  /** Where the versioned site lives. */
  public sealed interface Target {}

  /** A folder, replaced as a whole by renames. */
  public record Folder(Path path) implements Target {}

  /**
   * A branch of the project's git repository (created as an orphan when missing), committed to
   * without touching the work tree or the index; {@code push} then pushes it to {@code origin}.
   */
  public record Branch(String name, boolean push) implements Target {}

  /**
   * What to publish.
   *
   * @param root the project root
   * @param version the version the site documents; its folder name
   * @param aliases names that move to this version ({@code latest}); the first becomes the default
   * @param title what the switcher shows for this version (null: the version)
   * @param target the folder or branch
   * @param extraClasspath as for {@link SiteBuild.Request}
   * @param siteUrl where the versioned site is served ({@code https://org.github.io/repo/}), for the
   *     absolute URLs of sitemap.xml; null keeps the one given at an earlier publish (without any,
   *     the site has no sitemap.xml)
   * @param allowDirty publish even when the project has changes no commit holds (the version then
   *     records that it was built from a dirty tree); without it such a publish is refused
   */
  public record Request(Path root, String version, List<String> aliases, String title, Target target,
      List<Path> extraClasspath, String siteUrl, boolean allowDirty) {
    public Request {
      root = root.toAbsolutePath().normalize();
      aliases = List.copyOf(aliases);
      extraClasspath = List.copyOf(extraClasspath);
    }

    /** A clean tree only. */
    public Request(Path root, String version, List<String> aliases, String title, Target target,
        List<Path> extraClasspath, String siteUrl) {
      this(root, version, aliases, title, target, extraClasspath, siteUrl, false);
    }

    /** Without a site URL: the one given before, if any, stays. */
    public Request(Path root, String version, List<String> aliases, String title, Target target,
        List<Path> extraClasspath) {
      this(root, version, aliases, title, target, extraClasspath, null);
    }

    Request allowingDirty() {
      return new Request(root, version, aliases, title, target, extraClasspath, siteUrl, true);
    }
  }

  /**
   * What came of it.
   *
   * @param build the site build (its findings; no site when archdoc.yml could not be used)
   * @param versions the versions now published, newest first, when the publish happened
   * @param commit the commit made on the branch, when publishing to one
   * @param notes what the user should know of the result, one line each (a sitemap left out)
   */
  public record Outcome(SiteBuild.Outcome build, List<String> versions, Optional<String> commit, List<String> notes) {
    public Outcome {
      versions = List.copyOf(versions);
      notes = List.copyOf(notes);
    }

    Outcome withBuild(SiteBuild.Outcome siteBuild) {
      return new Outcome(siteBuild, versions, commit, notes);
    }

    public boolean published() {
      return !versions.isEmpty();
    }
  }

  /** The steps of a publish, in order; after {@link #COMMITTED} the new state is the current one. */
  public enum Step {
    /** the site was built into a temporary folder */
    BUILT,
    /** the current versioned site was copied to the staging area */
    COPIED,
    /** the new version's folder was written in the staging area */
    VERSION_WRITTEN,
    /** the alias folders were written anew */
    ALIASES_WRITTEN,
    /** versions.json, versions.js, index.html, 404.html, decisions.html, sitemap.xml and .nojekyll were written */
    INDEX_WRITTEN,
    /** the staging area was swapped in (a folder) or committed and the branch moved (git) */
    COMMITTED,
    /** the branch was pushed */
    PUSHED
  }

  /** Told after each step; throwing stops the publish there (tests inject failures this way). */
  @FunctionalInterface
  public interface StepListener {
    StepListener NONE = step -> {};

    void after(Step step) throws IOException;
  }

  /** Why a version or alias name is refused, or empty when it is fine. */
  public static Optional<String> problemWithName(String kind, String name) {
    return VersionSet.problemWithName(kind, name);
  }

  /** The site URL as publish uses it (a trailing {@code /} added); throws when it is not an absolute http(s) URL. */
  public static String checkSiteUrl(String siteUrl) {
    return SiteFiles.siteUrl(siteUrl);
  }

  /** Builds and publishes. */
  public static Outcome run(Request request) throws IOException {
    return run(request, StepListener.NONE);
  }

  /**
   * Builds and publishes, telling {@code steps} after each step.
   *
   * @throws IllegalArgumentException when the version or an alias cannot be a folder name
   * @throws IOException when reading, writing or git fails; the previous state is then left whole
   */
  public static Outcome run(Request request, StepListener steps) throws IOException {
    validate(request.version(), request.aliases());
    validateTarget(request);
    if (request.siteUrl() != null) {
      SiteFiles.siteUrl(request.siteUrl());
    }
    if (request.target() instanceof Folder folder) {
      // taken before the build, so a second publish is refused at once rather than after building
      try (PublishLock lock = PublishLock.take(folder.path())) {
        Optional<SourceState> source = source(request);
        return buildAndAdd(request, source, steps, true);
      }
    }
    Branch branch = (Branch) request.target();
    Optional<SourceState> source = source(request);
    GitBranch.preflight(request.root(), branch.name(), branch.push());
    return buildAndAdd(request, source, steps, false);
  }

  private static Outcome buildAndAdd(Request request, Optional<SourceState> source, StepListener steps,
      boolean folderLocked) throws IOException {
    Path work = Files.createTempDirectory("archdoc-publish");
    try {
      Path built = work.resolve("site");
      SiteBuild.Outcome build = SiteBuild.run(
          new SiteBuild.Request(request.root(), built, request.version(), request.extraClasspath()));
      if (build.site().isEmpty()) {
        return new Outcome(build, List.of(), Optional.empty(), List.of());
      }
      recordDecisions(build, built);
      steps.after(Step.BUILT);
      return add(built, request, source, steps, folderLocked).withBuild(build);
    } finally {
      AtomicFiles.deleteTree(work);
    }
  }

  /**
   * Publishes a site that is already built (the last half of {@link #run}); the decisions the page
   * of decisions across versions shows are those recorded in {@code built} (none when it has no
   * record: {@link #run} writes one). The project's git state is checked and recorded as by {@link #run}.
   */
  public static Outcome addBuilt(Path built, Request request, StepListener steps) throws IOException {
    validate(request.version(), request.aliases());
    validateTarget(request);
    return add(built, request, source(request), steps, false);
  }

  /**
   * The commit the project is at, when it is in a git repository; refuses a tree with changes no
   * commit holds unless the request allows them. archdoc's own files are not changes: the
   * publish's folder and its lock and staging siblings, the build cache, and a site {@code build}
   * wrote to the default {@code site/}.
   */
  private static Optional<SourceState> source(Request request) throws IOException {
    Path root = PublishTarget.real(request.root());
    Path folder = request.target() instanceof Folder f ? PublishTarget.real(f.path().toAbsolutePath().normalize()) : null;
    // archdoc's own output is not a change of the sources: its cache, and the site `build` wrote
    Path cache = PublishTarget.real(SiteBuild.cacheRoot(request.root()));
    Path builtSite = root.resolve("site");
    boolean archdocSite = Files.isRegularFile(builtSite.resolve("_archdoc/search-index.js"));
    Optional<SourceState> source = SourceState.of(request.root(), file -> file.startsWith(cache)
        || archdocSite && file.startsWith(builtSite)
        || folder != null && (file.startsWith(folder) || file.getParent() != null
            && file.getParent().equals(folder.getParent())
            && file.getFileName().toString().startsWith("." + folder.getFileName() + ".archdoc-")));
    if (!request.allowDirty()) {
      source.flatMap(SourceState::refusal).ifPresent(problem -> {
        throw new IllegalArgumentException(problem);
      });
    }
    return source;
  }

  private static Outcome add(Path built, Request request, Optional<SourceState> source, StepListener steps,
      boolean folderLocked) throws IOException {
    validate(request.version(), request.aliases());
    validateTarget(request);
    String siteUrl = request.siteUrl() == null ? null : SiteFiles.siteUrl(request.siteUrl());
    VersionedFolder.Publication publication = new VersionedFolder.Publication(request.version(), request.title(),
        request.aliases(), siteUrl, themeFolder(request.root()), source);
    VersionedFolder.Published published;
    Optional<String> commit = Optional.empty();
    if (request.target() instanceof Branch branch) {
      GitBranch.Result result = GitBranch.publish(request.root(), branch.name(), branch.push(), built, publication, steps);
      published = result.published();
      commit = Optional.of(result.commit());
    } else {
      Path folder = ((Folder) request.target()).path();
      published = folderLocked ? VersionedFolder.publishLocked(built, folder, publication, steps)
          : VersionedFolder.publish(built, folder, publication, steps);
    }
    List<String> notes = published.siteUrl().isPresent() ? List.of()
        : List.of("no sitemap.xml: the sitemaps protocol needs absolute URLs; give the site's address once"
            + " (--site-url https://org.github.io/repo/, in Maven archdoc.publish.siteUrl) and later publishes keep it");
    return new Outcome(null, names(published.versions()), commit, notes);
  }

  /**
   * One published version as {@code list} shows it.
   *
   * @param commit the commit it was built from, when recorded
   * @param dirty whether it was built with changes that commit does not hold
   * @param isDefault whether the site's root opens on it (through an alias or by its name)
   */
  public record Version(String version, String title, List<String> aliases, Optional<String> commit, boolean dirty,
      boolean isDefault) {
    public Version {
      aliases = List.copyOf(aliases);
    }
  }

  /**
   * The versions of a site, newest first.
   *
   * @param defaultName the version or alias the root opens on, when one was set
   * @param json the site's versions.json as archdoc writes it
   */
  public record Listing(List<Version> versions, Optional<String> defaultName, String json) {
    public Listing {
      versions = List.copyOf(versions);
    }
  }

  /**
   * The versions published at {@code target}; nothing is changed (a branch is read as a publish
   * would find it without fetching: the local branch, or origin's as last fetched when the local
   * one is behind it or missing).
   */
  public static Listing list(Path root, Target target) throws IOException {
    VersionSet set;
    if (target instanceof Branch branch) {
      set = GitBranch.list(root.toAbsolutePath().normalize(), branch.name());
    } else {
      Path folder = ((Folder) target).path();
      PublishTarget.problemWithFolder(root, folder).ifPresent(p -> {
        throw new IllegalArgumentException(p);
      });
      set = VersionedFolder.list(folder);
    }
    Optional<String> landing = set.landingVersion();
    List<Version> versions = set.entries().stream().map(e -> new Version(e.version(), e.title(), e.aliases(),
        e.commit(), e.dirty(), landing.filter(e.version()::equals).isPresent())).toList();
    return new Listing(versions, Optional.ofNullable(set.defaultName()), set.toJson());
  }

  /**
   * Removes versions with their aliases, or only an alias when a name is one (mike's {@code delete}),
   * in one change.
   */
  public static Outcome delete(Path root, Target target, List<String> names, StepListener steps) throws IOException {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("name the version or alias to delete");
    }
    return change(root, target, VersionedFolder.deleting(List.copyOf(names)),
        "archdoc: delete " + String.join(", ", names) + "\n", steps);
  }

  /** Makes the site's root open on a version or alias (mike's {@code set-default}). */
  public static Outcome setDefault(Path root, Target target, String name, StepListener steps) throws IOException {
    return change(root, target, VersionedFolder.settingDefault(name), "archdoc: set-default " + name + "\n", steps);
  }

  /** Shows the version {@code name} stands for as {@code title} in the switcher (mike's {@code retitle}). */
  public static Outcome retitle(Path root, Target target, String name, String title, StepListener steps)
      throws IOException {
    return change(root, target, VersionedFolder.retitling(name, title),
        "archdoc: retitle " + name + " \"" + title + "\"\n", steps);
  }

  /**
   * Makes one change to a published site with the same guards as a publish: the folder's lock and
   * one swap, or one commit on the branch's newest state (fetched first with push, refused when
   * diverged); a failure at any step leaves the site as it was.
   */
  private static Outcome change(Path root, Target target, VersionedFolder.Change change, String message,
      StepListener steps) throws IOException {
    Path project = root.toAbsolutePath().normalize();
    Path templates = themeFolder(project);
    VersionedFolder.Published published;
    Optional<String> commit = Optional.empty();
    if (target instanceof Branch branch) {
      PublishTarget.problemWithBranch(branch.name()).ifPresent(p -> {
        throw new IllegalArgumentException(p);
      });
      GitBranch.Result result = GitBranch.change(project, branch.name(), branch.push(), change, null, templates,
          message, steps);
      published = result.published();
      commit = Optional.of(result.commit());
    } else {
      Path folder = ((Folder) target).path().toAbsolutePath().normalize();
      PublishTarget.problemWithFolder(project, folder).ifPresent(p -> {
        throw new IllegalArgumentException(p);
      });
      if (!Files.exists(folder) && !Files.exists(dev.archdoc.core.io.FolderSwap.exclusive(folder).previous())) {
        throw new IllegalArgumentException("there is no versioned site at " + folder + " (publish a version first)");
      }
      try (PublishLock lock = PublishLock.take(folder)) {
        published = VersionedFolder.changeLocked(folder, change, null, templates, steps);
      }
    }
    return new Outcome(null, names(published.versions()), commit, List.of());
  }

  /** Records the decisions of a built site's project in it, as {@link #run} does before publishing. */
  static void recordDecisions(SiteBuild.Outcome build, Path built) throws IOException {
    DecisionSnapshot.of(build.project().orElseThrow(), built).write(built);
  }

  /** The project's theme folder, whose files override the decisions page's look as the site's. */
  private static Path themeFolder(Path root) {
    return root.resolve(ConfigReader.read(root).config().map(ArchdocConfig::theme).orElse(ArchdocConfig.DEFAULT_THEME));
  }

  private static void validate(String version, List<String> aliases) {
    Optional<String> problem = problemWithName("version", version);
    for (String alias : aliases) {
      problem = problem.or(() -> problemWithName("alias", alias));
      if (alias.equals(version)) {
        problem = problem.or(() -> Optional.of("the alias \"" + alias + "\" is the version itself"));
      }
    }
    problem.ifPresent(p -> {
      throw new IllegalArgumentException(p);
    });
  }

  /** Refuses a folder publish must not write to, or a branch name git would refuse. */
  private static void validateTarget(Request request) {
    Optional<String> problem = request.target() instanceof Folder folder
        ? PublishTarget.problemWithFolder(request.root(), folder.path())
        : PublishTarget.problemWithBranch(((Branch) request.target()).name());
    problem.ifPresent(p -> {
      throw new IllegalArgumentException(p);
    });
  }

  /** Why {@code name} cannot be the branch a site is published to, or empty when it can. */
  public static Optional<String> problemWithBranch(String name) {
    return PublishTarget.problemWithBranch(name);
  }

  private static List<String> names(VersionSet versions) {
    return versions.entries().stream().map(VersionSet.Entry::version).toList();
  }
}
