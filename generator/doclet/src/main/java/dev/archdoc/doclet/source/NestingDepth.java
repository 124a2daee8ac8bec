package dev.archdoc.doclet.source;

/**
 * How deeply a Java source nests brackets ({@code ( [ {}), outside comments, strings, text blocks
 * and character literals. javac parses nesting by recursion, so a file nested a few thousand levels
 * deep (a generated or hostile one) overflows its stack and javadoc gives up on every file; such a
 * file is left out before javadoc sees it.
 */
public final class NestingDepth {

  /** The deepest nesting read; real code stays far below it, javac overflows around 2,000 here. */
  public static final int LIMIT = 1_000;

  private NestingDepth() {}

  /** The greatest depth reached in {@code source}. */
  public static int of(CharSequence source) {
    int depth = 0;
    int max = 0;
    int n = source.length();
    int i = 0;
    while (i < n) {
      char c = source.charAt(i);
      char next = i + 1 < n ? source.charAt(i + 1) : '\0';
      if (c == '/' && next == '/') {
        i = skipTo(source, i + 2, "\n");
      } else if (c == '/' && next == '*') {
        i = skipTo(source, i + 2, "*/");
      } else if (c == '"' && next == '"' && i + 2 < n && source.charAt(i + 2) == '"') {
        i = skipQuoted(source, i + 3, "\"\"\"");
      } else if (c == '"' || c == '\'') {
        i = skipQuoted(source, i + 1, String.valueOf(c));
      } else {
        if (c == '(' || c == '[' || c == '{') {
          max = Math.max(max, ++depth);
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
          depth--;
        }
        i++;
      }
    }
    return max;
  }

  private static int skipTo(CharSequence source, int from, String end) {
    int at = indexOf(source, end, from);
    return at < 0 ? source.length() : at + end.length();
  }

  /** Past the closing quote, escapes skipped; a line break ends a broken one-line literal. */
  private static int skipQuoted(CharSequence source, int from, String quote) {
    int i = from;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (quote.length() == 1 && c == '\n') {
        return i + 1;
      } else if (startsWith(source, quote, i)) {
        return i + quote.length();
      } else {
        i++;
      }
    }
    return source.length();
  }

  private static int indexOf(CharSequence source, String what, int from) {
    for (int i = from; i + what.length() <= source.length(); i++) {
      if (startsWith(source, what, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(CharSequence source, String what, int at) {
    if (at + what.length() > source.length()) {
      return false;
    }
    for (int k = 0; k < what.length(); k++) {
      if (source.charAt(at + k) != what.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
