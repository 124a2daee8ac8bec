package dev.archdoc.core.docs.page;

import java.nio.file.Path;

/**
 * Reads a page: a pure function of its project-relative path and text (no file is opened, no
 * AsciiDoc engine is started), returning the {@link Page} and what was wrong in it. Bad input
 * never throws; it becomes findings, and the rest of the page is still read.
 *
 * <p>AsciiDoc is read lexically, line by line, rather than through AsciidoctorJ: that costs
 * nothing (AsciidoctorJ takes seconds to start), gives exact lines, and lets {@code check} run on a
 * project whose pages it never renders. Section ids follow Asciidoctor's rule (see
 * {@link AsciiDocReader}); the rendering tests hold the two to the same ids.
 */
public final class PageReader {

  /** Rule id for problems in a doc's own syntax (front matter, AsciiDoc warnings). */
  public static final String SYNTAX_RULE = dev.archdoc.core.finding.DriftRule.DOC_SYNTAX.id();

  private PageReader() {}

  /**
   * @param file the page, relative to the project root; its extension picks the format
   * @param text its content
   * @throws IllegalArgumentException if the file is not a page ({@link PageFormat#of} is empty)
   */
  public static PageRead read(Path file, String text) {
    return read(file, text, 1);
  }

  /**
   * Reads text that starts at {@code firstLine} of its file, such as an ADR's body after its
   * metadata, so every line reported is a line of the file.
   */
  public static PageRead read(Path file, String text, int firstLine) {
    PageFormat format = PageFormat.of(file)
        .orElseThrow(() -> new IllegalArgumentException("not a Markdown or AsciiDoc page: " + file));
    return switch (format) {
      case MARKDOWN -> MarkdownReader.read(file, text, firstLine);
      case ASCIIDOC -> AsciiDocReader.read(file, text, firstLine);
    };
  }

  /** The title of a page that gives none: its file name without the extension. */
  static String fileTitle(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
