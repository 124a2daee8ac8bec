package dev.archdoc.core.docs.adr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a Markdown or AsciiDoc document as far as ADR metadata needs it: its headings and
 * which lines are prose. Lines inside code blocks, comments (HTML comments, AsciiDoc {@code //}
 * and {@code ////}) and blank lines are not prose, so a {@code # comment} in a shell snippet is
 * never taken for a heading nor a {@code Status:} in a code sample for metadata.
 */
final class Outline {

  /** A heading: level 1 is the document title ({@code #} or {@code =}), 2 a section, ... */
  record Heading(int level, String text, int index) {

    /** The heading's words for matching section names: lower case, without markup or a colon. */
    String name() {
      String words = HEADING_MARKUP.matcher(MetadataText.clean(text)).replaceAll(" ").trim();
      return SPACES.matcher(words).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
  }

  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
  private static final Pattern ADOC_SECTION = Pattern.compile("^(={1,6})[ \\t]+(\\S.*?)(?:[ \\t]+=+)?[ \\t]*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
  private static final Pattern SETEXT_1 = Pattern.compile("^ {0,3}=+[ \\t]*$");
  private static final Pattern SETEXT_2 = Pattern.compile("^ {0,3}-{3,}[ \\t]*$");
  private static final Pattern ADOC_DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,}|`{3,}|_{4,})\\s*$");
  private static final Pattern BULLET = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s+.*");
  private static final Pattern CLOSED_HTML_COMMENT = Pattern.compile("<!--.*?-->");
  private static final Pattern HEADING_MARKUP = Pattern.compile("[*_`:]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final List<String> lines;
  private final boolean[] prose;
  private final List<Heading> headings;

  private Outline(List<String> lines, boolean[] prose, List<Heading> headings) {
    this.lines = lines;
    this.prose = prose;
    this.headings = List.copyOf(headings);
  }

  /** Scans the lines from index {@code from} (after any front matter or AsciiDoc header). */
  static Outline scan(List<String> lines, int from, boolean asciidoc) {
    boolean[] prose = new boolean[lines.size()];
    List<Heading> headings = new ArrayList<>();
    if (asciidoc) {
      scanAsciiDoc(lines, from, prose, headings);
    } else {
      scanMarkdown(lines, from, prose, headings);
    }
    return new Outline(lines, prose, headings);
  }

  private static void scanMarkdown(List<String> lines, int from, boolean[] prose, List<Heading> headings) {
    String fence = null;
    boolean inComment = false;
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      if (fence != null) {
        if (line.strip().startsWith(fence) && line.strip().replace(fence.substring(0, 1), "").isEmpty()) {
          fence = null;
        }
        continue;
      }
      if (inComment) {
        inComment = !line.contains("-->");
        continue;
      }
      Matcher opening = FENCE.matcher(line);
      if (opening.find()) {
        fence = opening.group(1);
        continue;
      }
      String withoutComments = line.contains("<!--") ? CLOSED_HTML_COMMENT.matcher(line).replaceAll("") : line;
      if (withoutComments.contains("<!--")) {
        inComment = true;
        withoutComments = withoutComments.substring(0, withoutComments.indexOf("<!--"));
      }
      if (withoutComments.isBlank()) {
        continue;
      }
      Matcher atx = ATX.matcher(withoutComments);
      if (atx.matches()) {
        headings.add(new Heading(atx.group(1).length(), atx.group(2) == null ? "" : atx.group(2).trim(), i));
        continue;
      }
      if (i + 1 < lines.size() && !BULLET.matcher(line).matches() && !line.startsWith("    ")) {
        String next = lines.get(i + 1);
        int level = SETEXT_1.matcher(next).matches() ? 1 : SETEXT_2.matcher(next).matches() ? 2 : 0;
        if (level > 0 && !isPreviousLineProse(prose, i, from)) {
          headings.add(new Heading(level, withoutComments.trim(), i));
          i++;
          continue;
        }
      }
      prose[i] = true;
    }
  }

  /** A setext underline only makes a heading of a one-line paragraph, as archdoc reads it. */
  private static boolean isPreviousLineProse(boolean[] prose, int i, int from) {
    return i > from && prose[i - 1];
  }

  private static void scanAsciiDoc(List<String> lines, int from, boolean[] prose, List<Heading> headings) {
    String delimiter = null;
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      if (delimiter != null) {
        if (line.strip().equals(delimiter)) {
          delimiter = null;
        }
        continue;
      }
      Matcher block = ADOC_DELIMITER.matcher(line);
      if (block.matches()) {
        delimiter = block.group(1);
        continue;
      }
      if (line.isBlank() || line.startsWith("//")) {
        continue;
      }
      Matcher section = ADOC_SECTION.matcher(line);
      if (section.matches()) {
        headings.add(new Heading(section.group(1).length(), section.group(2).trim(), i));
        continue;
      }
      Matcher atx = ATX.matcher(line);
      if (atx.matches() && atx.group(2) != null) {
        headings.add(new Heading(atx.group(1).length(), atx.group(2).trim(), i));
        continue;
      }
      prose[i] = true;
    }
  }

  List<Heading> headings() {
    return headings;
  }

  /** The first heading at or after a line index, if any. */
  Optional<Heading> firstHeadingFrom(int index) {
    return headings.stream().filter(heading -> heading.index() >= index).findFirst();
  }

  /** The first section whose heading reads {@code name} (any level below the title). */
  Optional<Heading> section(String name) {
    return headings.stream().filter(heading -> heading.level() > 1 && heading.name().equals(name)).findFirst();
  }

  /** Whether a section holds headings of its own before the next one of its level. */
  boolean hasSubsections(Heading section) {
    for (Heading heading : headings) {
      if (heading.index() > section.index()) {
        return heading.level() > section.level();
      }
    }
    return false;
  }

  /** The prose lines of a section: up to the next heading of the same or a higher level. */
  List<Integer> proseOf(Heading section) {
    int end = headings.stream()
        .filter(heading -> heading.index() > section.index() && heading.level() <= section.level())
        .mapToInt(Heading::index)
        .findFirst()
        .orElse(lines.size());
    return prose(section.index() + 1, end);
  }

  /** The indexes of prose lines in {@code [from, to)}. */
  List<Integer> prose(int from, int to) {
    List<Integer> result = new ArrayList<>();
    for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
      if (prose[i]) {
        result.add(i);
      }
    }
    return result;
  }

  String line(int index) {
    return lines.get(index);
  }
}
