package dev.archdoc.core.safety;

/**
 * A short, printable excerpt of text from an input file, for a message: at most
 * {@value #MAX_CHARS} characters, control characters shown as {@code \n}, {@code \t} or
 * {@code \u001b}. A message quotes what it must to say what is wrong, never a whole file.
 */
public final class Excerpt {

  /** The most characters of a file's text a message quotes. */
  public static final int MAX_CHARS = 60;

  private Excerpt() {}

  public static String of(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < text.length() && shown < MAX_CHARS; i++, shown++) {
      out.append(printable(text.charAt(i)));
    }
    return shown < text.length() ? out.append('…').toString() : out.toString();
  }

  private static String printable(char c) {
    return dev.archdoc.core.finding.Finding.printable(String.valueOf(c));
  }
}
