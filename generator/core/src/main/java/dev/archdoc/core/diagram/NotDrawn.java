package dev.archdoc.core.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * What a page shows for a diagram PlantUML could not draw: the same diagram without its arrows, or
 * a plain list of its boxes, or a line saying why. Never PlantUML's "has crashed" picture, which
 * tells the reader nothing about the system.
 */
final class NotDrawn {

  /** An arrow line of a generated diagram: {@code T1 ..> T2}, {@code P0 -[#c0392b,bold]-> P3 : 2 uses}. */
  private static final Pattern ARROW = Pattern.compile("^\\s*\\w+\\s+[-.<|o*][^\\s]*\\s+\\w+(\\s*:.*)?$");
  /** A box of a generated diagram: {@code class "Name" as T0 ...}, {@code folder "a.b" as P0 ...}. */
  private static final Pattern BOX = Pattern.compile("^\\s*\\w+\\s+\"([^\"]*)\"\\s+as\\s+\\w+");
  private static final int LINE_HEIGHT = 18;

  private NotDrawn() {}

  /** The source without its arrow lines. */
  static String withoutArrows(String source) {
    StringBuilder kept = new StringBuilder();
    for (String line : source.split("\n", -1)) {
      if (!ARROW.matcher(line).matches()) {
        kept.append(line).append('\n');
      }
    }
    return kept.toString().replaceAll("\n+$", "\n");
  }

  /** The names of the source's boxes, in order. */
  static List<String> boxes(String source) {
    List<String> names = new ArrayList<>();
    for (String line : source.split("\n")) {
      Matcher box = BOX.matcher(line);
      if (box.find()) {
        names.add(box.group(1).replaceAll("\\\\n.*", "").replaceAll("</?size[^>]*>", "").strip());
      }
    }
    return names;
  }

  /** An SVG of a heading and a list, one text line each. */
  static String svg(String heading, List<String> items) {
    List<String> lines = new ArrayList<>();
    lines.add(heading);
    items.forEach(item -> lines.add("• " + item));
    int width = 16 + 8 * lines.stream().mapToInt(String::length).max().orElse(10);
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"archdoc-not-drawn\" width=\"")
        .append(width).append("\" height=\"").append(LINE_HEIGHT * lines.size() + 10).append("\">");
    for (int i = 0; i < lines.size(); i++) {
      svg.append("<text x=\"8\" y=\"").append(LINE_HEIGHT * (i + 1)).append("\" font-family=\"sans-serif\" font-size=\"13\">")
          .append(Entities.escape(lines.get(i))).append("</text>");
    }
    return svg.append("</svg>").toString();
  }
}
