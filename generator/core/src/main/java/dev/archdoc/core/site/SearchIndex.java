package dev.archdoc.core.site;

import java.util.List;
import java.util.Map;

/**
 * The search index: a script that assigns every searchable page (title, path, kind, text) to
 * {@code window.ARCHDOC_SEARCH}. A script rather than JSON because browsers refuse {@code fetch}
 * of a local file, and the site must search from {@code file://} too.
 */
final class SearchIndex {

  /** Enough text to find a page by any word it says, without shipping whole source files. */
  private static final int MAX_TEXT = 20_000;

  private SearchIndex() {}

  /**
   * The script from each page's {@link #entry} (made once per page and kept with it in the page
   * cache: escaping every page's text is most of the index's cost).
   *
   * @param entries each page's path and entry, null for a page search leaves out
   */
  static String script(java.util.Collection<Map.Entry<String, String>> entries) {
    List<String> searchable = entries.stream()
        .filter(entry -> entry.getValue() != null)
        .sorted(Map.Entry.comparingByKey())
        .map(Map.Entry::getValue)
        .toList();
    StringBuilder js = new StringBuilder("window.ARCHDOC_SEARCH = {\"entries\": [\n");
    for (int i = 0; i < searchable.size(); i++) {
      js.append(searchable.get(i)).append(i + 1 < searchable.size() ? "},\n" : "}\n");
    }
    return js.append("]};\n").toString();
  }

  /** A page's entry, open at its end ({@code {"t":...,"x":"..."}); null when search leaves it out. */
  static String entry(SitePage page) {
    if (page.searchKind() == null) {
      return null;
    }
    String text = page.searchText().replaceAll("\\s+", " ").strip();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    return "{\"t\":" + string(page.title())
        + ",\"u\":" + string(page.path())
        + ",\"k\":" + string(page.searchKind())
        + ",\"x\":" + string(text);
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
