package dev.archdoc.core.site;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import dev.archdoc.core.docs.meta.FrontMatter;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.docs.page.PageReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tour: an ordered walk through the code, written as a Markdown page in {@code <docs>/tours/}.
 * The text before the first level-2 heading introduces it; each level-2 heading that links to
 * code is a step, and the text under it is the step's note:
 *
 * <pre>
 * # Follow a client write
 * What happens between put and the disk.
 *
 * ## [The client sends the command](code:com.example.raft.boundary.KvClient#put)
 * Why this step matters ...
 * </pre>
 *
 * <p>The steps are the level-2 headings of flexmark's tree (so a heading in a code block, a quote
 * or a list is none), after the front matter as the one front-matter reader finds it.
 *
 * @param page the tour file as read
 * @param intro the introduction's Markdown and its first file line
 * @param steps in order
 */
record Tour(Page page, Section intro, List<Step> steps) {

  /** Markdown text and the file line it starts on. */
  record Section(String markdown, int firstLine) {}

  /**
   * @param title the heading's link text
   * @param target the code reference, or null for a step that names no code
   */
  record Step(String title, String target, Section note) {}

  private static final Parser COMMONMARK = Parser.builder().build();

  /** A step's heading: the index of its last line, and what it says. */
  private record StepHeading(int lastLine, String title, String target) {}

  static boolean isTour(Path docsFolder, Page page) {
    return page.file().startsWith(docsFolder.resolve("tours")) && page.file().toString().endsWith(".md");
  }

  static Tour read(Page page) {
    List<String> lines = page.source().lines().toList();
    // the page reader has the title and any front-matter finding already
    int start = FrontMatter.read(lines, page.file(), page.firstLine(), PageReader.SYNTAX_RULE).bodyStart();
    Map<Integer, StepHeading> stepsAt = new HashMap<>();
    Set<Integer> titles = new HashSet<>();
    for (Node node : COMMONMARK.parse(String.join("\n", lines.subList(start, lines.size()))).getChildren()) {
      if (node instanceof Heading heading && heading.getLevel() == 2) {
        Node only = heading.getFirstChild();
        boolean codeLink = only instanceof Link link && link.getNext() == null
            && link.getUrl().toString().startsWith("code:");
        stepsAt.put(start + heading.getStartLineNumber(), codeLink
            ? new StepHeading(start + heading.getEndLineNumber(), ((Link) only).getText().toString(),
                ((Link) only).getUrl().toString().substring("code:".length()))
            : new StepHeading(start + heading.getEndLineNumber(), heading.getText().toString().strip(), null));
      } else if (node instanceof Heading heading && heading.getLevel() == 1 && heading.isAtxHeading()) {
        titles.add(start + heading.getStartLineNumber());
      }
    }
    StringBuilder current = new StringBuilder();
    int currentLine = page.firstLine() + start;
    Section intro = null;
    List<Step> steps = new ArrayList<>();
    String title = null;
    String target = null;
    for (int i = start; i < lines.size(); i++) {
      String line = lines.get(i);
      StepHeading step = stepsAt.get(i);
      if (step != null) {
        if (intro == null) {
          intro = new Section(current.toString(), currentLine);
        } else {
          steps.add(new Step(title, target, new Section(current.toString(), currentLine)));
        }
        title = step.title();
        target = step.target();
        current.setLength(0);
        i = step.lastLine();
        currentLine = page.firstLine() + i + 1;
      } else if (intro == null && current.toString().isBlank() && titles.contains(i)) {
        currentLine = page.firstLine() + i + 1; // the title is the page's; the intro follows it
      } else {
        current.append(line).append('\n');
      }
    }
    if (intro == null) {
      intro = new Section(current.toString(), currentLine);
    } else {
      steps.add(new Step(title, target, new Section(current.toString(), currentLine)));
    }
    return new Tour(page, intro, List.copyOf(steps));
  }
}
