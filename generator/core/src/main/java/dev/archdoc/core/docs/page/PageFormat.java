package dev.archdoc.core.docs.page;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The markup a page is written in, told by its file name. */
public enum PageFormat {
  /** {@code .md}, {@code .markdown} */
  MARKDOWN,
  /** {@code .adoc}, {@code .asciidoc} */
  ASCIIDOC;

  /** The format of a file, or empty when it is not a page. */
  public static Optional<PageFormat> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return Optional.of(MARKDOWN);
    }
    if (name.endsWith(".adoc") || name.endsWith(".asciidoc")) {
      return Optional.of(ASCIIDOC);
    }
    return Optional.empty();
  }
}
