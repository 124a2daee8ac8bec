package dev.archdoc.core.publish;

import dev.archdoc.core.io.AtomicFiles;
import dev.archdoc.core.io.FolderSwap;
import dev.archdoc.core.publish.Publish.Step;
import dev.archdoc.core.publish.Publish.StepListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A versioned site in a folder: the next state is made in a staging copy beside it and swapped in
 * with two renames, so the folder is always either the old site or the new one (a crash between the
 * renames leaves the old one under a backup name, which the next publish puts back).
 */
final class VersionedFolder {

  private VersionedFolder() {}

  /**
   * One version to add, and how to write the root.
   *
   * @param title what the switcher shows (null: the version)
   * @param aliases the names that move to it
   * @param siteUrl the address the site is served at (absolute, ending in {@code /}); null keeps the
   *     one the site was published with before, if any
   * @param templates the project's theme folder, whose files override the theme's
   * @param source the commit the version was built from, when the project is in a git repository
   */
  record Publication(String version, String title, List<String> aliases, String siteUrl, Path templates,
      Optional<SourceState> source) {
    Publication {
      aliases = List.copyOf(aliases);
    }

    /** The change that adds {@code built} as this version. */
    Change adding(Path built) {
      return (before, staging, steps) -> {
        refuseClashes(before, version, aliases);
        VersionSet after = before.with(version, title, aliases, source);
        AtomicFiles.deleteTree(staging.resolve(version));
        copyTree(built, staging.resolve(version));
        steps.after(Step.VERSION_WRITTEN);
        return after;
      };
    }
  }

  /**
   * One change to a versioned site, made in the staging copy: it writes or removes version folders
   * there and gives the set after it; alias folders and root files are then written from that set.
   * It throws {@link IllegalArgumentException} to refuse (the site is then left as it was).
   */
  @FunctionalInterface
  interface Change {
    VersionSet apply(VersionSet before, Path staging, StepListener steps) throws IOException;
  }

  /** Removes versions (each with its folder and aliases) or single aliases, in one change. */
  static Change deleting(List<String> names) {
    return (before, staging, steps) -> {
      VersionSet after = before;
      for (String name : names) {
        after = after.without(name);
        if (VersionSet.problemWithName("version", name).isEmpty()) {
          AtomicFiles.deleteTree(staging.resolve(name)); // an alias's folder is written anew or not at all
        }
      }
      steps.after(Step.VERSION_WRITTEN);
      return after;
    };
  }

  /** Makes the root open on a version or alias. */
  static Change settingDefault(String name) {
    return (before, staging, steps) -> before.withDefault(name);
  }

  /** Shows a version under another title in the switcher. */
  static Change retitling(String name, String title) {
    return (before, staging, steps) -> before.retitled(name, title);
  }

  /** What the folder holds after a change: its versions, and the site URL its sitemap uses, if any. */
  record Published(VersionSet versions, Optional<String> siteUrl) {}

  /**
   * Adds {@code built} to the site at {@code target}, holding the folder's {@link PublishLock} from
   * before anything is read to after the swap.
   */
  static Published publish(Path built, Path target, Publication publication, StepListener steps) throws IOException {
    return change(target, publication.adding(built), publication.siteUrl(), publication.templates(), steps);
  }

  /** As {@link #publish}, for a caller that holds the folder's lock already. */
  static Published publishLocked(Path built, Path folder, Publication publication, StepListener steps)
      throws IOException {
    return changeLocked(folder, publication.adding(built), publication.siteUrl(), publication.templates(), steps);
  }

  /** Makes {@code change} to the site at {@code target} under the folder's {@link PublishLock}. */
  static Published change(Path target, Change change, String siteUrl, Path templates, StepListener steps)
      throws IOException {
    target = target.toAbsolutePath().normalize();
    try (PublishLock lock = PublishLock.take(target)) {
      return changeLocked(target, change, siteUrl, templates, steps);
    }
  }

  /**
   * Makes {@code change} in a staging copy of the site and swaps it in whole ({@link FolderSwap}, with the lock held):
   * the folder is the old site or the new one, never a mix, whatever fails or crashes between steps.
   */
  static Published changeLocked(Path folder, Change change, String givenSiteUrl, Path templates,
      StepListener steps) throws IOException {
    Path target = folder.toAbsolutePath().normalize();
    FolderSwap swap = FolderSwap.exclusive(target);
    Path staging = swap.begin();
    try {
      VersionSet before = read(target);
      copyTree(target, staging);
      steps.after(Step.COPIED);

      Optional<String> siteUrl = Optional.ofNullable(givenSiteUrl).or(before::site);
      VersionSet after = change.apply(before, staging, steps).withSiteUrl(siteUrl.orElse(null));
      for (String alias : before.aliases()) {
        removeFolderUnlessVersion(staging, alias, after); // every alias folder is written anew below
      }
      for (VersionSet.Entry entry : after.entries()) {
        for (String alias : entry.aliases()) {
          SiteFiles.writeAliasFolder(staging.resolve(entry.version()), staging.resolve(alias), entry.version());
        }
      }
      steps.after(Step.ALIASES_WRITTEN);

      SiteFiles.writeRootFiles(staging, after, siteUrl, templates);
      steps.after(Step.INDEX_WRITTEN);

      swap.commit();
      steps.after(Step.COMMITTED);
      return new Published(after, siteUrl);
    } finally {
      swap.abandon();
    }
  }

  /**
   * The versions of the site at {@code folder} as they stand, without changing it: when a crash
   * left the folder renamed away mid-swap, the set it will be put back as.
   */
  static VersionSet list(Path folder) throws IOException {
    Path target = folder.toAbsolutePath().normalize();
    return read(FolderSwap.current(target));
  }

  /** A name is a version or an alias, never both: folders of the two kinds must not overwrite each other. */
  static void refuseClashes(VersionSet before, String version, List<String> aliases) {
    for (VersionSet.Entry entry : before.entries()) {
      if (entry.aliases().contains(version)) {
        throw new IllegalArgumentException("\"" + version + "\" is already an alias of version " + entry.version()
            + "; a version cannot have an alias's name");
      }
      if (aliases.contains(entry.version())) {
        throw new IllegalArgumentException("the alias \"" + entry.version() + "\" is already a published version");
      }
    }
  }

  /**
   * The set a site folder holds now (empty when there is none yet), with its default and site URL
   * as versions.json records them; for a site an older archdoc wrote, as the {@code <meta>} tags of
   * its root index.html held them (read once more, then written to versions.json).
   */
  static VersionSet read(Path site) throws IOException {
    Path json = site.resolve("versions.json");
    if (!Files.isRegularFile(json)) {
      return VersionSet.empty();
    }
    List<VersionSet.Entry> entries = VersionSet.parse(Files.readString(json, StandardCharsets.UTF_8));
    Optional<VersionSet> recorded = VersionSet.withState(entries);
    if (recorded.isPresent()) {
      return recorded.get();
    }
    Path index = site.resolve("index.html");
    if (!Files.isRegularFile(index)) {
      return new VersionSet(entries, null);
    }
    Document page = Jsoup.parse(Files.readString(index, StandardCharsets.UTF_8));
    return new VersionSet(entries, meta(page, "archdoc-default"), meta(page, "archdoc-site-url"));
  }

  private static String meta(Document page, String name) {
    Element meta = page.selectFirst("meta[name=" + name + "]");
    return meta == null || meta.attr("content").isEmpty() ? null : meta.attr("content");
  }

  private static void removeFolderUnlessVersion(Path staging, String name, VersionSet after) throws IOException {
    boolean isVersion = after.entries().stream().anyMatch(e -> e.version().equals(name));
    if (!isVersion && VersionSet.problemWithName("alias", name).isEmpty()) {
      AtomicFiles.deleteTree(staging.resolve(name));
    }
  }

  /**
   * Copies a tree; a symbolic link is copied as the link it is, never as a copy of what it points
   * at (a link in a published folder to a file outside it must not become that file's bytes).
   */
  static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path copy = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
  }

  static List<String> htmlPages(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(p -> p.toString().endsWith(".html") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
