package dev.archdoc.core.docs.adr;

import dev.archdoc.annotations.Decision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a project's own ADR template for {@code archdoc new}, whatever its wording: the title, the
 * number, the status and the date go where the template keeps them.
 *
 * <ul>
 *   <li>adr-tools writes the tokens {@code NUMBER}, {@code TITLE}, {@code DATE} and {@code STATUS};
 *       they are replaced as whole upper-case words when the title line holds {@code TITLE}.
 *   <li>MADR, log4brains and Nygard-style templates keep a placeholder: a title line
 *       ({@code # {short title ...}}, {@code # [short title ...]}, {@code = Title}) takes the
 *       title, keeping a leading number mark; a status or date whose value is a placeholder
 *       ({@code {...}}, {@code [...]}, {@code <...>}, {@code a | b}) or is empty becomes
 *       {@code proposed} or today, in front matter, in bullets, in AsciiDoc attributes, and in YAML comments
 *       ({@code # status: "{proposed | ...}"}, as JabRef's template keeps them), which are
 *       uncommented. Other placeholder metadata in front matter ({@code decision-makers: {...}},
 *       which YAML reads as a mapping) becomes an empty list.
 *   <li>Jekyll's {@code title:} and {@code nav_order:} in front matter take the title and number.
 * </ul>
 *
 * A template with no title line has no place for the title; filling it is refused, so that no ADR
 * without a title is written.
 */
@Decision("ADR-20")
final class TemplateFilling {

  /**
   * A filled template, or why it cannot be filled.
   *
   * @param text the new ADR's text, when it could be filled
   * @param problem why not, otherwise
   */
  record Filled(Optional<String> text, Optional<String> problem) {}

  private static final Pattern MD_TITLE = Pattern.compile("^#\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern ADOC_TITLE = Pattern.compile("^=\\s+(.*?)\\s*$");
  /** A leading number mark kept from a template's title: {@code NUMBER. }, {@code ADR-NNN: }. */
  private static final Pattern NUMBER_MARK = Pattern.compile("^((?i:adr)[-_ ]?)?(NUMBER|N+|X+|\\d+|\\{[^}]*}|\\[[^]]*])([.:]|\\s+-)\\s+");
  private static final Pattern TOKEN = Pattern.compile("\\b(NUMBER|TITLE|DATE|STATUS)\\b");
  /** {@code key: value}, in front matter, a bullet, a YAML comment or an AsciiDoc attribute. */
  private static final Pattern METADATA = Pattern.compile(
      "^(\\s*(?:#\\s*)?(?:[-*+]\\s+)?(?:\\*\\*)?:?)([A-Za-z][A-Za-z _-]{0,30}?)((?:\\*\\*)?:(?:\\*\\*)?\\s*)(.*)$");
  private static final Pattern SECTION = Pattern.compile("^(#{2,6}|={2,6})\\s+\\S.*$");
  private static final Pattern STATUS_SECTION = Pattern.compile("(?i)^(#{2,6}|={2,6})\\s+status\\s*$");
  private static final Set<String> LIST_KEYS = Set.of("deciders", "consulted", "informed", "tags");

  private TemplateFilling() {}

  static Filled fill(String template, String title, int number, LocalDate today, boolean asciidoc) {
    List<String> lines = new ArrayList<>(List.of(template.split("\n", -1)));
    boolean frontMatter = !asciidoc && !lines.isEmpty() && lines.get(0).strip().equals("---");
    int frontMatterEnd = frontMatter ? closing(lines) : -1;
    Pattern titlePattern = asciidoc ? ADOC_TITLE : MD_TITLE;
    int titleLine = -1;
    boolean inFence = false;
    for (int i = Math.max(0, frontMatterEnd + 1); i < lines.size() && titleLine < 0; i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
        inFence = !inFence;
      } else if (!inFence && titlePattern.matcher(line).matches()) {
        titleLine = i;
      }
    }
    if (titleLine < 0) {
      return new Filled(Optional.empty(), Optional.of("has no title line ('" + (asciidoc ? "= " : "# ")
          + "...') for the new title to go in; add one to the template"));
    }
    boolean adrTools = lines.get(titleLine).contains("TITLE");
    if (adrTools) {
      for (int i = 0; i < lines.size(); i++) {
        lines.set(i, replaceTokens(lines.get(i), title, number, today));
      }
    } else {
      Matcher heading = titlePattern.matcher(lines.get(titleLine));
      heading.matches();
      String written = heading.group(1);
      Matcher mark = NUMBER_MARK.matcher(written);
      String prefix = mark.lookingAt()
          ? (mark.group(1) == null ? "" : mark.group(1)) + number + mark.group(3) + " " : "";
      lines.set(titleLine, (asciidoc ? "= " : "# ") + prefix + title);
    }
    int metadataEnd = firstSection(lines, titleLine);
    boolean inStatusSection = false;
    for (int i = 0; i < metadataEnd; i++) {
      String line = lines.get(i);
      if (i == titleLine) {
        continue;
      }
      if (i > frontMatterEnd && SECTION.matcher(line).matches()) {
        inStatusSection = STATUS_SECTION.matcher(line).matches();
        continue;
      }
      boolean inFrontMatter = i > 0 && i < frontMatterEnd;
      if (inStatusSection && !line.isBlank() && isPlaceholder(line)) {
        lines.set(i, "Proposed" + trailingComment(line)); // Nygard: "[Proposed | Accepted | ...]"
      } else {
        lines.set(i, fillMetadata(line, title, number, today, inFrontMatter));
      }
    }
    return new Filled(Optional.of(String.join("\n", lines)), Optional.empty());
  }

  private static String replaceTokens(String line, String title, int number, LocalDate today) {
    Matcher token = TOKEN.matcher(line);
    StringBuilder out = new StringBuilder();
    while (token.find()) {
      String value = switch (token.group(1)) {
        case "NUMBER" -> String.valueOf(number);
        case "TITLE" -> title;
        case "DATE" -> today.toString();
        default -> "Proposed";
      };
      token.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    token.appendTail(out);
    return out.toString();
  }

  private static String fillMetadata(String line, String title, int number, LocalDate today, boolean inFrontMatter) {
    Matcher entry = METADATA.matcher(line);
    if (!entry.matches()) {
      return line;
    }
    String lead = entry.group(1);
    boolean yamlComment = lead.strip().startsWith("#");
    if (yamlComment && !inFrontMatter) {
      return line; // a Markdown heading, not a commented key
    }
    String key = AdrParser.canonicalKey(entry.group(2));
    String value = entry.group(4);
    String uncommented = yamlComment ? lead.replaceFirst("#\\s*", "") : lead;
    if (inFrontMatter && !yamlComment && key.equals("title")) {
      return lead + entry.group(2) + entry.group(3) + yamlString(title);
    }
    if (inFrontMatter && !yamlComment && key.equals("nav-order")) {
      return lead + entry.group(2) + entry.group(3) + number;
    }
    boolean emptyToFill = value.isBlank() && (key.equals("status") || key.equals("date"));
    if (!isPlaceholder(value) && !emptyToFill) {
      return line;
    }
    String comment = trailingComment(value);
    String separator = entry.group(3).endsWith(" ") ? entry.group(3) : entry.group(3) + " ";
    return switch (key) {
      case "status" -> uncommented + entry.group(2) + separator + (inFrontMatter ? "proposed" : "Proposed") + comment;
      case "date" -> uncommented + entry.group(2) + separator + today + comment;
      default -> inFrontMatter && !yamlComment && LIST_KEYS.contains(key)
          ? lead + entry.group(2) + separator + "[]"
          : line;
    };
  }

  /** Whether a value is a template's placeholder rather than a value: {@code {...}}, {@code [...]}, {@code a | b}. */
  static boolean isPlaceholder(String value) {
    String text = value.replaceAll("<!--.*?(-->|$)", "").strip();
    if (text.startsWith("\"") || text.startsWith("'")) {
      text = text.substring(1).strip();
    }
    return text.startsWith("{") || text.startsWith("[") || text.startsWith("<") || text.contains(" | ");
  }

  private static String trailingComment(String value) {
    int comment = value.indexOf("<!--");
    return comment < 0 ? "" : " " + value.substring(comment).strip();
  }

  private static String yamlString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static int closing(List<String> lines) {
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals("---") || line.equals("...")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The front matter and the lines between the title and the first section hold the metadata; a
   * Status section right there (Nygard) does too.
   */
  private static int firstSection(List<String> lines, int titleLine) {
    for (int i = titleLine + 1; i < lines.size(); i++) {
      if (SECTION.matcher(lines.get(i)).matches() && !STATUS_SECTION.matcher(lines.get(i)).matches()) {
        return i;
      }
    }
    return lines.size();
  }
}
