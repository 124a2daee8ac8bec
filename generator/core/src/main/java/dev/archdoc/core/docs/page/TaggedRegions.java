package dev.archdoc.core.docs.page;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regions of a source file between {@code tag::name[]} and {@code end::name[]}, the way
 * Asciidoctor reads them: the markers may follow any comment syntax, every marker line is left out
 * of the result, regions with the same name are joined, and nested regions are allowed.
 */
public final class TaggedRegions {

  private static final Pattern MARKER = Pattern.compile("\\b(tag|end)::(\\S+?)\\[]");

  /**
   * The selected lines, the requested tags that never open, and those that never close (which run
   * to the end of the file, as in Asciidoctor).
   */
  record Selection(List<String> lines, List<String> missing, List<String> unclosed) {}

  private TaggedRegions() {}

  static Selection select(List<String> source, List<String> tags) {
    Set<String> wanted = new LinkedHashSet<>(tags);
    Set<String> seen = new LinkedHashSet<>();
    Set<String> open = new LinkedHashSet<>();
    List<String> out = new ArrayList<>();
    for (String line : source) {
      Matcher m = MARKER.matcher(line);
      boolean marker = false;
      while (m.find()) {
        marker = true;
        String name = m.group(2);
        if (!wanted.contains(name)) {
          continue;
        }
        if (m.group(1).equals("tag")) {
          open.add(name);
          seen.add(name);
        } else {
          open.remove(name);
        }
      }
      if (!marker && !open.isEmpty()) {
        out.add(line);
      }
    }
    List<String> missing = wanted.stream().filter(t -> !seen.contains(t)).toList();
    return new Selection(out, missing, List.copyOf(open));
  }

  /** Strips the indentation every non-blank line shares, so a method reads from column one. */
  public static List<String> dedent(List<String> lines) {
    int common = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(common)).toList();
  }
}
