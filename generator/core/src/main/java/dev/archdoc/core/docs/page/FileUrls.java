package dev.archdoc.core.docs.page;

import java.nio.file.Path;

/**
 * Where a link from a page to a file of the project that is not a page (a {@code .puml} diagram
 * file, ...) points once the docs are published, as seen from the page being rendered.
 *
 * <p>The renderer resolves the link against the page, as the checker does; only the caller (the
 * site stage) knows where such a file is shown, so it answers. Returning {@code null} keeps the link
 * as written: the right answer for a file copied beside the page, such as an image.
 */
@FunctionalInterface
public interface FileUrls {

  /** Keeps every link to a file as written: for previews and tests that have no site. */
  FileUrls AS_WRITTEN = file -> null;

  /**
   * @param file the linked file, relative to the project root and normalised
   * @return a URL relative to the page being rendered, or {@code null} to keep the link as written
   */
  String urlOf(Path file);

  /**
   * Where a link to a page file that the site does not publish as a page points (a decisions
   * folder's template, {@code adr-template.md}: the file as it is), or {@code null} for the built
   * page, as for every page the site has.
   *
   * @param file the linked page file, relative to the project root and normalised
   */
  default String unpublishedPage(Path file) {
    return null;
  }

  /**
   * Where the built page of a doc is when it is not where the link's own path puts it (the same
   * path with {@code .html}): a page that keeps its extension in its address because another file
   * of its name took that one ({@code madr.adoc.html} beside {@code madr.md}), or any doc when the
   * link is written somewhere other than a page of the docs; {@code null} for the built page at the
   * link's own path. The link's {@code #fragment} is added to it.
   *
   * @param file the linked page file, relative to the project root and normalised
   * @return a URL relative to the page being rendered, or {@code null}
   */
  default String pageElsewhere(Path file) {
    return null;
  }

  /**
   * Whether a link (or image) to this file is shown as its text instead: Javadoc and {@code //!}
   * prose are read as Markdown, so text that merely looks like a link there ({@code "superseded by
   * [ADR-19](0019-x.md)"}) names a file that does not exist; a page people wrote keeps such a link,
   * and the checker reports it.
   *
   * @param file the linked file (the page itself for a {@code #fragment}), relative to the project
   *     root and normalised
   */
  default boolean shownAsText(Path file) {
    return false;
  }
}
