package dev.archdoc.core.docs.adr;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.archdoc.annotations.Decision;
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
 *
 * <p>Markdown is read from flexmark's tree, the parser that renders the page. AsciiDoc is still
 * scanned line by line: its metadata is read without starting AsciidoctorJ (ADR 5), which costs
 * seconds, and a section title is one line of {@code =} signs.
 */
@Decision(value = "ADR-28", note = "Markdown headings from flexmark's tree")
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
  private static final Pattern ADOC_DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,}|`{3,}|_{4,})\\s*$");
  private static final Parser COMMONMARK = Parser.builder().build();
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

  /**
   * Headings and prose from flexmark's tree of the body, so an ADR's sections are the headings its
   * page shows. Plain CommonMark: the extensions archdoc renders with change no heading and no
   * code block, and the front matter was read before {@code from}.
   */
  private static void scanMarkdown(List<String> lines, int from, boolean[] prose, List<Heading> headings) {
    Document document = COMMONMARK.parse(String.join("\n", lines.subList(from, lines.size())));
    for (int i = from; i < lines.size(); i++) {
      prose[i] = !lines.get(i).isBlank();
    }
    for (Node node : document.getDescendants()) {
      int first = from + node.getStartLineNumber();
      int last = from + document.getLineNumber(Math.max(node.getStartOffset(), node.getEndOffset() - 1));
      if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
        // a heading inside a quote or a list item is not a section of the ADR
        if (heading.getParent() instanceof Document) {
          headings.add(new Heading(heading.getLevel(), headingText(heading), first));
        }
        notProse(prose, first, last);
      } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
          || node instanceof HtmlCommentBlock) {
        notProse(prose, first, last);
      } else if (node instanceof HtmlInlineComment) {
        // the lines a comment continues onto inside a paragraph are not prose; its first line is
        notProse(prose, first + 1, last);
      }
    }
  }

  /** The heading's text as written, markup kept, without the comments a page does not show. */
  private static String headingText(com.vladsch.flexmark.ast.Heading heading) {
    String text = heading.getText().toString();
    for (Node node : heading.getDescendants()) {
      if (node instanceof HtmlInlineComment comment) {
        text = text.replace(comment.getChars().toString(), "");
      }
    }
    return SPACES.matcher(text.strip()).replaceAll(" ");
  }

  private static void notProse(boolean[] prose, int first, int last) {
    for (int i = first; i <= last && i < prose.length; i++) {
      prose[i] = false;
    }
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
