package dev.archdoc.core.docs.page;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's Liquid tags in a Markdown page ({@code {% include x.html %}}, {@code {% figure %}},
 * {@code {% raw %}}) are left out, never run: Jekyll would replace them, GitHub shows them as
 * text, and archdoc has neither Jekyll's includes nor its plugins. What {@code {% raw %}} ...
 * {@code {% endraw %}} encloses is kept as written, as Jekyll keeps it; a
 * {@code {% comment %}} ... {@code {% endcomment %}} is left out with its content. Newlines are
 * kept, so every line keeps its number. A page with tags other than raw and comment gets one info
 * finding naming them, since what they would have produced is missing.
 */
@Decision("ADR-20")
final class LiquidTags {

  /** A page's text without its Liquid tags, and the finding that says which were left out. */
  record Stripped(String text, Optional<Finding> finding) {}

  private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)(.*?)-?%\\}", Pattern.DOTALL);
  private static final Pattern END_RAW = Pattern.compile("\\{%-?\\s*endraw\\s*-?%\\}");
  private static final Pattern END_COMMENT = Pattern.compile("\\{%-?\\s*endcomment\\s*-?%\\}");

  private LiquidTags() {}

  static Stripped strip(Path file, int firstLine, String text) {
    if (!text.contains("{%")) {
      return new Stripped(text, Optional.empty());
    }
    StringBuilder out = new StringBuilder(text.length());
    Set<String> names = new LinkedHashSet<>();
    int firstTagLine = 0;
    int at = 0;
    Matcher tag = TAG.matcher(text);
    while (at < text.length() && tag.find(at)) {
      out.append(text, at, tag.start());
      String name = tag.group(1);
      int end = tag.end();
      if (name.equals("raw") || name.equals("comment")) {
        Matcher close = (name.equals("raw") ? END_RAW : END_COMMENT).matcher(text);
        boolean closed = close.find(end);
        int closeStart = closed ? close.start() : text.length();
        int closeEnd = closed ? close.end() : text.length();
        if (name.equals("raw")) {
          out.append(newlinesOf(tag.group())).append(text, end, closeStart);
        } else {
          out.append(newlinesOf(text.substring(tag.start(), closeStart)));
        }
        out.append(newlinesOf(text.substring(closeStart, closeEnd)));
        end = closeEnd;
      } else {
        out.append(newlinesOf(tag.group()));
        if (names.isEmpty()) {
          firstTagLine = firstLine + lineOf(text, tag.start());
        }
        names.add(name);
      }
      at = end;
    }
    if (at < text.length()) {
      out.append(text, at, text.length());
    }
    Optional<Finding> finding = names.isEmpty() ? Optional.empty() : Optional.of(new Finding(
        PageReader.SYNTAX_RULE, Severity.INFO, file, firstTagLine, "Jekyll's Liquid tags ("
            + String.join(", ", names.stream().map(n -> "{% " + n + " %}").toList())
            + ") are left out of the site, not run; what they would add is missing"));
    return new Stripped(out.toString(), finding);
  }

  private static String newlinesOf(String text) {
    return "\n".repeat((int) text.chars().filter(c -> c == '\n').count());
  }

  private static int lineOf(String text, int index) {
    int line = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
