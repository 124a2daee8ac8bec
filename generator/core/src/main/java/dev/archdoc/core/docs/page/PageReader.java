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
    if (format == PageFormat.MARKDOWN) {
      int deep = deeplyNestedLine(text);
      if (deep > 0) {
        // flexmark's work grows with the square of the nesting, then its stack overflows: not read
        return new PageRead(emptyPage(file, format, firstLine),
            java.util.List.of(dev.archdoc.core.safety.InputLimits.tooDeep(file, firstLine + deep - 1)));
      }
    }
    try {
      return switch (format) {
        case MARKDOWN -> MarkdownReader.read(file, text, firstLine);
        case ASCIIDOC -> AsciiDocReader.read(file, text, firstLine);
      };
    } catch (StackOverflowError e) {
      // quotes or lists thousands of levels deep: one finding, and the page is published empty
      return new PageRead(emptyPage(file, format, firstLine),
          java.util.List.of(dev.archdoc.core.safety.InputLimits.tooDeep(file, firstLine)));
    }
  }

  /** The most characters of quote and list markers and indentation a Markdown line may start with. */
  static final int MAX_NESTING_PREFIX = 400;

  /** The 1-based number of the first line nested deeper than {@link #MAX_NESTING_PREFIX} allows, or 0. */
  static int deeplyNestedLine(String text) {
    int line = 1;
    int prefix = 0;
    boolean atStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        prefix = 0;
        atStart = true;
      } else if (atStart && (c == ' ' || c == '\t' || c == '>' || ((c == '-' || c == '*' || c == '+')
          && i + 1 < text.length() && text.charAt(i + 1) == ' '))) {
        // indentation, quote markers and bullets; a rule of 500 dashes is not nesting
        if (++prefix > MAX_NESTING_PREFIX) {
          return line;
        }
      } else {
        atStart = false;
      }
    }
    return 0;
  }

  private static Page emptyPage(Path file, PageFormat format, int firstLine) {
    return new Page(file, format, firstLine, "", fileTitle(file), java.util.Map.of(), java.util.List.of(),
        java.util.Set.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of());
  }

  /** The title of a page that gives none: its file name without the extension. */
  static String fileTitle(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
