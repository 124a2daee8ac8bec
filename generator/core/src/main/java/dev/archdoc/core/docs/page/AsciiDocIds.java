package dev.archdoc.core.docs.page;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Asciidoctor's rule for the id of a section without an explicit one ({@code Section.generate_id}
 * in Asciidoctor 2): prefix {@code idprefix} (default {@code _}), lower-case the title, drop
 * markup, character references and every character that is not a word character, space, hyphen
 * or dot, turn runs of spaces, separators, dots and hyphens into one {@code idseparator} (default
 * {@code _}), drop a trailing one, and number duplicates {@code _2}, {@code _3}...
 *
 * <p>Asciidoctor applies the rule to the converted title, where typographic replacements ({@code
 * --}, {@code ...}, {@code ->}, {@code (C)}) have become character references; they are removed
 * here up front for the same effect.
 */
final class AsciiDocIds {

  private static final Pattern REPLACEMENTS =
      Pattern.compile(" -- |(?<=\\w)--(?=\\w)|\\.\\.\\.|->|=>|<-|<=|\\((?:C|R|TM)\\)");
  private static final Pattern MARKUP = Pattern.compile("<[^>]+>|&(?:[a-z][a-z]+\\d{0,2}|#\\d\\d\\d{0,4}|#x[\\da-f][\\da-f][\\da-f]{0,3});");
  private static final Pattern INVALID = Pattern.compile("[^ \\p{L}\\p{M}\\p{N}\\p{Pc}\\-.]");

  private AsciiDocIds() {}

  /**
   * @param prefix the document's {@code idprefix}, or null for the default
   * @param separator the document's {@code idseparator}, or null for the default
   * @param taken ids already used in the document; the result is added to it
   */
  static String generate(String title, String prefix, String separator, Set<String> taken) {
    String pre = prefix == null ? "_" : prefix;
    String sep = separator == null ? "_" : separator.isEmpty() ? "" : separator.substring(0, 1);
    String cleaned = REPLACEMENTS.matcher(title).replaceAll("");
    cleaned = MARKUP.matcher(cleaned.toLowerCase(Locale.ROOT)).replaceAll("");
    cleaned = INVALID.matcher(cleaned).replaceAll("");
    String id = pre + cleaned;
    if (sep.isEmpty()) {
      id = id.replace(" ", "");
    } else {
      String squeezable = sep.equals("-") || sep.equals(".") ? " .-" : " " + sep + ".-";
      id = squeeze(id, squeezable, sep.charAt(0));
      if (id.endsWith(sep)) {
        id = id.substring(0, id.length() - 1);
      }
      if (pre.isEmpty() && id.startsWith(sep)) {
        id = id.substring(1);
      }
    }
    String unique = id;
    for (int n = 2; taken.contains(unique); n++) {
      unique = id + sep + n;
    }
    taken.add(unique);
    return unique;
  }

  /** Ruby's {@code tr_s}: each run of characters from {@code set} becomes one {@code to}. */
  private static String squeeze(String s, String set, char to) {
    StringBuilder out = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (set.indexOf(c) >= 0) {
        if (!inRun) {
          out.append(to);
        }
        inRun = true;
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString();
  }
}
