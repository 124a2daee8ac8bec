package dev.archdoc.core.site;

import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Colours Java source one line at a time, for literate views and tour snippets: keywords,
 * literals, comments and annotations become {@code <span>}s the theme styles. It remembers an open
 * block comment or text block from one line to the next, so feed it a file's lines in order.
 * Not a parser: a reader's aid, deterministic, and always safe HTML.
 */
final class JavaHighlighter {

  private static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
      "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
      "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
      "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
      "throw", "throws", "transient", "try", "void", "volatile", "while", "var", "record", "sealed", "permits",
      "non-sealed", "yield", "true", "false", "null");

  private boolean inBlockComment;
  private boolean inTextBlock;

  String line(String text) {
    StringBuilder out = new StringBuilder(text.length() + 32);
    int i = 0;
    while (i < text.length()) {
      if (inBlockComment) {
        int end = text.indexOf("*/", i);
        int stop = end < 0 ? text.length() : end + 2;
        span(out, "c", text.substring(i, stop));
        inBlockComment = end < 0;
        i = stop;
        continue;
      }
      if (inTextBlock) {
        int end = text.indexOf("\"\"\"", i);
        int stop = end < 0 ? text.length() : end + 3;
        span(out, "s", text.substring(i, stop));
        inTextBlock = end < 0;
        i = stop;
        continue;
      }
      char c = text.charAt(i);
      if (text.startsWith("//", i)) {
        span(out, "c", text.substring(i));
        break;
      }
      if (text.startsWith("/*", i)) {
        inBlockComment = true;
        int end = text.indexOf("*/", i + 2);
        int stop = end < 0 ? text.length() : end + 2;
        span(out, "c", text.substring(i, stop));
        inBlockComment = end < 0;
        i = stop;
      } else if (text.startsWith("\"\"\"", i)) {
        int end = text.indexOf("\"\"\"", i + 3);
        int stop = end < 0 ? text.length() : end + 3;
        span(out, "s", text.substring(i, stop));
        inTextBlock = end < 0;
        i = stop;
      } else if (c == '"' || c == '\'') {
        int stop = endOfQuoted(text, i, c);
        span(out, "s", text.substring(i, stop));
        i = stop;
      } else if (c == '@' && i + 1 < text.length() && Character.isJavaIdentifierStart(text.charAt(i + 1))) {
        int stop = i + 1;
        while (stop < text.length() && (Character.isJavaIdentifierPart(text.charAt(stop)) || text.charAt(stop) == '.')) {
          stop++;
        }
        span(out, "a", text.substring(i, stop));
        i = stop;
      } else if (Character.isJavaIdentifierStart(c)) {
        int stop = i;
        while (stop < text.length() && Character.isJavaIdentifierPart(text.charAt(stop))) {
          stop++;
        }
        String word = text.substring(i, stop);
        if (KEYWORDS.contains(word)) {
          span(out, "k", word);
        } else {
          out.append(Entities.escape(word));
        }
        i = stop;
      } else if (Character.isDigit(c)) {
        int stop = i;
        while (stop < text.length() && (Character.isLetterOrDigit(text.charAt(stop)) || text.charAt(stop) == '_')) {
          stop++;
        }
        span(out, "n", text.substring(i, stop));
        i = stop;
      } else {
        out.append(Entities.escape(String.valueOf(c)));
        i++;
      }
    }
    return out.toString();
  }

  private static int endOfQuoted(String text, int start, char quote) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return text.length();
  }

  private static void span(StringBuilder out, String kind, String text) {
    out.append("<span class=\"").append(kind).append("\">").append(Entities.escape(text)).append("</span>");
  }
}
