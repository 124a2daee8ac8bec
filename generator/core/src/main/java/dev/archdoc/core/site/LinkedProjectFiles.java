package dev.archdoc.core.site;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.safety.InputLimits;
import dev.archdoc.core.safety.ProjectBounds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files of the project outside the docs that a page links to, such as JabRef's
 * {@code docs/code-howtos/localization.md} linking {@code ../../crowdin.yml}: the link works on
 * GitHub, so it works on the site too. Such a file is published under {@value #FOLDER} at its path
 * in the project, and the link points there. Only a regular file inside the project bounds is
 * published (never outside the root, never in {@code .git/}, never through a symbolic link that
 * leaves the project), and only one within the size archdoc reads; anything else keeps its link as
 * written, for the link check to report.
 */
@Decision(value = "ADR-25", note = "a linked repository file is published under _archdoc/project/")
final class LinkedProjectFiles {

  /** Where linked project files are published: archdoc's own folder, which no docs page can claim. */
  static final String FOLDER = SiteMap.ASSETS + "project/";

  private final ProjectBounds bounds;

  LinkedProjectFiles(Path projectRoot) {
    this.bounds = new ProjectBounds(projectRoot);
  }

  /**
   * The site path a linked file is published at, or empty when it is not published.
   *
   * @param file the linked file, relative to the project root
   */
  Optional<String> place(Path file) {
    Path normal = file.normalize();
    if (normal.toString().isEmpty() || normal.isAbsolute() || normal.startsWith("..")
        || bounds.refusal(normal).isPresent()) {
      return Optional.empty();
    }
    Path absolute = bounds.root().resolve(normal);
    try {
      if (!Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute)) {
        return Optional.empty();
      }
      if (Files.size(absolute) > InputLimits.MAX_TEXT_BYTES) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(FOLDER + normal.toString().replace('\\', '/'));
  }

  /** The bytes of a file {@link #place} publishes. */
  byte[] read(Path file) throws IOException {
    return Files.readAllBytes(bounds.root().resolve(file.normalize()));
  }
}
