package dev.archdoc.core.site;

import dev.archdoc.core.docs.page.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern STEP = Pattern.compile("^##\\s+(?:\\[(.+)]\\(code:([^)\\s]+(?:\\([^)]*\\))?)\\)|(.+?))\\s*$");

  static boolean isTour(Path docsFolder, Page page) {
    return page.file().startsWith(docsFolder.resolve("tours")) && page.file().toString().endsWith(".md");
  }

  static Tour read(Page page) {
    List<String> lines = page.source().lines().toList();
    int start = 0;
    if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
      // front matter: the page reader has the title from it already
      for (int i = 1; i < lines.size(); i++) {
        if (lines.get(i).strip().equals("---")) {
          start = i + 1;
          break;
        }
      }
    }
    StringBuilder current = new StringBuilder();
    int currentLine = page.firstLine() + start;
    Section intro = null;
    List<Step> steps = new ArrayList<>();
    String title = null;
    String target = null;
    boolean fenced = false;
    for (int i = start; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
        fenced = !fenced;
      }
      Matcher step = STEP.matcher(line);
      if (!fenced && step.matches()) {
        if (intro == null) {
          intro = new Section(current.toString(), currentLine);
        } else {
          steps.add(new Step(title, target, new Section(current.toString(), currentLine)));
        }
        title = step.group(1) != null ? step.group(1) : step.group(3);
        target = step.group(2);
        current.setLength(0);
        currentLine = page.firstLine() + i + 1;
      } else if (!fenced && intro == null && current.toString().isBlank() && line.startsWith("# ")) {
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
