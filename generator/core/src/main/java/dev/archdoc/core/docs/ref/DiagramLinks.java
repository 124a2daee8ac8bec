package dev.archdoc.core.docs.ref;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PlantUML's {@code [[url]]} links that name code: {@code [[code:a.B#m(a.C,long)]]}, optionally
 * with a tooltip and a label ({@code [[code:a.B{tip} label]]}).
 *
 * <p>PlantUML ends a URL at a space, {@code {} or {@code ]]}, so the target is read the same way.
 * Links are rewritten in the source text before PlantUML sees it, so the SVG carries the final
 * {@code href} and the cache key covers it.
 */
public final class DiagramLinks {

  private static final Pattern CODE_LINK =
      Pattern.compile("\\[\\[\\s*code:([^\\s\\]{}]+)(\\{[^}]*})?([^\\]]*)]]");

  private DiagramLinks() {}

  static List<CodeRef> extract(DiagramSource source) {
    List<CodeRef> refs = new ArrayList<>();
    List<String> lines = source.text().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = CODE_LINK.matcher(lines.get(i));
      while (m.find()) {
        String label = m.group(3).trim();
        refs.add(new CodeRef(m.group(1), label.isEmpty() ? m.group(1) : label, source.file(),
            source.firstLine() + i));
      }
    }
    return List.copyOf(refs);
  }

  /**
   * The line with each code link pointing at its page, or, when there is none, reduced to its
   * label (or removed), so no {@code code:} URL reaches the site.
   */
  public static String rewrite(String line, CodeUrls urls) {
    Matcher m = CODE_LINK.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String url = urls.urlOf(m.group(1));
      String tooltip = m.group(2) == null ? "" : m.group(2);
      String replacement =
          url == null ? m.group(3).trim() : "[[" + url + tooltip + m.group(3) + "]]";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
