package dev.archdoc.core.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.archdoc.annotations.Decision;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Callouts as teams write them for GitHub and Jekyll, turned into classes on the block they mark,
 * with their marker text taken out of the page:
 *
 * <ul>
 *   <li>GitHub's alerts: a block quote whose first line is {@code [!NOTE]}, {@code [!TIP]},
 *       {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]};
 *   <li>kramdown's block attribute lines (just-the-docs' callouts): {@code {: .note }} on the
 *       line before a block applies to it, on the line after a block to that one. Only classes
 *       that name a callout ({@code note}, {@code tip}, {@code important}, {@code warning},
 *       {@code caution}, {@code highlight}, {@code new}, and each with {@code -title}) are kept;
 *       ids and {@code key=value} pairs are dropped, so a page cannot set attributes the theme does
 *       not expect.
 * </ul>
 *
 * The classes are {@code callout} and {@code callout-<kind>} (plus {@code callout-titled} for a
 * {@code -title} callout, whose first line is its title): plain classed HTML that the theme's CSS
 * draws and any HTML allowlist keeps.
 */
@Decision("ADR-20")
final class BlockClasses {

  private static final NullableDataKey<Map<Node, Set<String>>> CLASSES =
      new NullableDataKey<>("ARCHDOC_BLOCK_CLASSES");
  private static final Pattern ALERT = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]\\s*");
  private static final Pattern ATTRIBUTE_LINE = Pattern.compile("\\{:\\s*([^}]*)\\}\\s*");
  private static final Set<String> CALLOUTS =
      Set.of("note", "tip", "important", "warning", "caution", "highlight", "new");

  private BlockClasses() {}

  /** Finds the callouts of a parsed document, takes out their markers, and keeps their classes on it. */
  static void mark(Document document) {
    Map<Node, Set<String>> classes = new IdentityHashMap<>();
    document.set(CLASSES, classes);
    List<Node> blocks = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof Paragraph || node instanceof BlockQuote) {
        blocks.add(node);
      }
    }
    for (Node node : blocks) {
      if (node instanceof BlockQuote quote && quote.getFirstChild() instanceof Paragraph first) {
        Matcher alert = ALERT.matcher(firstLine(first));
        if (alert.matches()) {
          removeFirstLine(first);
          classes.computeIfAbsent(quote, n -> new LinkedHashSet<>())
              .addAll(List.of("callout", "callout-" + alert.group(1).toLowerCase(Locale.ROOT)));
        }
      } else if (node instanceof Paragraph paragraph && paragraph.getParent() != null) {
        markAttributeLines(paragraph, classes);
      }
    }
  }

  private static void markAttributeLines(Paragraph paragraph, Map<Node, Set<String>> classes) {
    List<String> lines = paragraph.getContentChars().toString().lines().toList();
    if (lines.isEmpty()) {
      return;
    }
    Matcher first = ATTRIBUTE_LINE.matcher(lines.get(0).strip());
    if (lines.size() == 1 && first.matches()) {
      // a line of its own: the block right after it, else the block right before it
      Node next = paragraph.getNext();
      Node previous = paragraph.getPrevious();
      Optional<Node> target = next != null && next.getStartLineNumber() == paragraph.getEndLineNumber() + 1
          ? Optional.of(next)
          : previous != null && previous.getEndLineNumber() + 1 == paragraph.getStartLineNumber()
              ? Optional.of(previous) : Optional.empty();
      target.ifPresent(block -> add(classes, block, first.group(1)));
      paragraph.unlink();
      return;
    }
    if (first.matches()) {
      add(classes, paragraph, first.group(1));
      removeFirstLine(paragraph);
    }
    Matcher last = ATTRIBUTE_LINE.matcher(lines.get(lines.size() - 1).strip());
    if (lines.size() > 1 && last.matches()) {
      add(classes, paragraph, last.group(1));
      removeLastLine(paragraph);
    }
  }

  private static void add(Map<Node, Set<String>> classes, Node block, String attributes) {
    Set<String> kept = new LinkedHashSet<>();
    for (String word : attributes.strip().split("\\s+")) {
      if (!word.startsWith(".")) {
        continue;
      }
      String name = word.substring(1).toLowerCase(Locale.ROOT);
      boolean titled = name.endsWith("-title");
      String kind = titled ? name.substring(0, name.length() - "-title".length()) : name;
      if (CALLOUTS.contains(kind)) {
        kept.add("callout");
        kept.add("callout-" + kind);
        if (titled) {
          kept.add("callout-titled");
        }
      }
    }
    if (!kept.isEmpty()) {
      classes.computeIfAbsent(block, n -> new LinkedHashSet<>()).addAll(kept);
    }
  }

  private static String firstLine(Paragraph paragraph) {
    String text = paragraph.getContentChars().toString();
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).strip();
  }

  /** Takes out the inline nodes of a paragraph's first line and the break after it (the whole paragraph when it is one line). */
  private static void removeFirstLine(Paragraph paragraph) {
    Node child = paragraph.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      boolean lineBreak = child instanceof SoftLineBreak || child instanceof HardLineBreak;
      child.unlink();
      if (lineBreak) {
        break;
      }
      child = next;
    }
    if (paragraph.getFirstChild() == null) {
      paragraph.unlink();
    }
  }

  private static void removeLastLine(Paragraph paragraph) {
    Node child = paragraph.getLastChild();
    while (child != null) {
      Node previous = child.getPrevious();
      boolean lineBreak = child instanceof SoftLineBreak || child instanceof HardLineBreak;
      child.unlink();
      if (lineBreak) {
        break;
      }
      child = previous;
    }
  }

  /** Puts the classes {@link #mark} found on the blocks as flexmark renders them. */
  static final class Provider extends IndependentAttributeProviderFactory {
    @Override
    public AttributeProvider apply(LinkResolverContext context) {
      Map<Node, Set<String>> found = CLASSES.get(context.getDocument());
      Map<Node, Set<String>> classes = found == null ? Map.of() : found;
      return (node, part, attributes) -> {
        if (part == AttributablePart.NODE && classes.containsKey(node)) {
          classes.get(node).forEach(name -> attributes.addValue("class", name));
        }
      };
    }
  }
}
