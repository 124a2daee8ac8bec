package dev.archdoc.core.docs.page;

import dev.archdoc.core.docs.ref.ProjectFiles;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which link targets are links into the project, and how they read once the docs are pages of
 * the site. One rule for both formats, used when reading (to check them) and when rendering.
 */
public final class LinkTargets {

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Pattern DOC_EXTENSION =
      Pattern.compile("\\.(md|markdown|adoc|asciidoc)$", Pattern.CASE_INSENSITIVE);

  /** A target split at {@code #}. */
  record Split(String path, String anchor) {}

  private LinkTargets() {}

  /** Whether a target names a file of the project or an anchor, rather than the outside world. */
  static boolean isLocal(String target) {
    return target != null && !target.isBlank() && !SCHEME.matcher(target).find()
        && !target.startsWith("//");
  }

  static Split split(String target) {
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    String anchor = hash < 0 ? null : target.substring(hash + 1);
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    return new Split(path, anchor == null || anchor.isEmpty() ? null : anchor);
  }

  /**
   * A local link as a {@link DocLink}, or empty when it leaves the project root (the caller
   * reports that).
   */
  static Optional<DocLink> docLink(Path page, int line, String target) {
    Split split = split(target);
    if (split.path().isEmpty()) {
      return Optional.of(new DocLink(page, line, target, page, split.anchor()));
    }
    String decoded;
    try {
      decoded = URLDecoder.decode(split.path().replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = split.path();
    }
    return ProjectFiles.resolve(page, decoded)
        .map(to -> new DocLink(page, line, target, to, split.anchor()));
  }

  /** Whether a path names a page (Markdown or AsciiDoc). */
  static boolean isPage(String path) {
    return DOC_EXTENSION.matcher(path).find();
  }

  /**
   * The built page's name for a doc: the same relative path with {@code .html} instead of its
   * extension ({@code decisions/0002-x.md} becomes {@code decisions/0002-x.html}).
   */
  public static String htmlName(String docPath) {
    return DOC_EXTENSION.matcher(docPath).replaceFirst(".html");
  }

  /** A local link to a page, pointed at the built page; other targets unchanged. */
  static String toBuiltPage(String target) {
    if (!isLocal(target)) {
      return target;
    }
    Split split = split(target);
    if (!isPage(split.path())) {
      return target;
    }
    return htmlName(split.path()) + (split.anchor() == null ? "" : "#" + split.anchor());
  }

  /**
   * A link as the site shows it: a link to a page pointed at the built page, a link to another
   * file of the project wherever {@code files} shows it, anything else unchanged.
   *
   * @param page the page the link is written in, relative to the project root
   */
  public static String onSite(Path page, String target, FileUrls files) {
    String built = toBuiltPage(target);
    if (!built.equals(target)) {
      Optional<Path> file = docLink(page, 0, target).map(link -> link.to().normalize());
      String asFile = file.map(files::unpublishedPage).orElse(null);
      if (asFile != null) {
        return asFile;
      }
      String anchor = split(target).anchor();
      return file.map(files::pageElsewhere)
          .map(elsewhere -> anchor == null ? elsewhere : elsewhere + "#" + anchor)
          .orElse(built);
    }
    String shown = toShownFile(page, target, files);
    return shown == null ? target : shown;
  }

  /**
   * Whether {@code files} shows a local link as its text (see {@link FileUrls#shownAsText}),
   * resolved against the page as the checker resolves it; false for a link to the outside world
   * or one that leaves the project.
   *
   * @param page the page the link is written in, relative to the project root
   */
  public static boolean shownAsText(Path page, String target, FileUrls files) {
    return isLocal(target)
        && docLink(page, 0, target).map(link -> files.shownAsText(link.to().normalize())).orElse(false);
  }

  /**
   * Where {@code files} shows the project file a local link names, resolved against the page as
   * the checker resolves it; null for a link to a page, an anchor, the outside world, or a file
   * {@code files} does not place. A fragment written after such a file is dropped: a file that is
   * not a page has no anchors of its own.
   */
  public static String toShownFile(Path page, String target, FileUrls files) {
    if (!isLocal(target) || split(target).path().isEmpty() || isPage(split(target).path())) {
      return null;
    }
    return docLink(page, 0, target).map(link -> files.urlOf(link.to())).orElse(null);
  }
}
