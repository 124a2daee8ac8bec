package dev.archdoc.core.site;

import java.util.Comparator;
import java.util.List;

/**
 * The search index: a script that assigns every searchable page (title, path, kind, text) to
 * {@code window.ARCHDOC_SEARCH}. A script rather than JSON because browsers refuse {@code fetch}
 * of a local file, and the site must search from {@code file://} too.
 */
final class SearchIndex {

  /** Enough text to find a page by any word it says, without shipping whole source files. */
  private static final int MAX_TEXT = 20_000;

  private SearchIndex() {}

  static String script(List<SitePage> pages) {
    StringBuilder js = new StringBuilder("window.ARCHDOC_SEARCH = {\"entries\": [\n");
    List<SitePage> searchable = pages.stream()
        .filter(page -> page.searchKind() != null)
        .sorted(Comparator.comparing(SitePage::path))
        .toList();
    for (int i = 0; i < searchable.size(); i++) {
      SitePage page = searchable.get(i);
      String text = page.searchText().replaceAll("\\s+", " ").strip();
      if (text.length() > MAX_TEXT) {
        text = text.substring(0, MAX_TEXT);
      }
      js.append("{\"t\":").append(string(page.title()))
          .append(",\"u\":").append(string(page.path()))
          .append(",\"k\":").append(string(page.searchKind()))
          .append(",\"x\":").append(string(text))
          .append(i + 1 < searchable.size() ? "},\n" : "}\n");
    }
    return js.append("]};\n").toString();
  }

  /** A JSON string literal, safe inside a script: no {@code </script>}, no line separators. */
  static String string(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<' -> out.append("\\u003c");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
