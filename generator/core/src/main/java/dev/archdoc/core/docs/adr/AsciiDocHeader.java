package dev.archdoc.core.docs.adr;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.docs.meta.MetadataEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of an AsciiDoc document, read without Asciidoctor (which needs seconds to start
 * JRuby; see the dogfood ADR "Read ADR metadata without AsciidoctorJ"). It reads what an ADR
 * header holds: the document title ({@code = Title}), the optional author and revision lines
 * under it, and attribute entries ({@code :name: value}, continued onto the next line by a
 * trailing {@code " \"}, unset by {@code :name!:}), with line comments and comment blocks
 * skipped and earlier attributes substituted into later values ({@code {name}}). The header ends
 * at the first blank line, or at the first line that is none of these. Conditional preprocessor
 * directives are not evaluated.
 *
 * @param title the document title, if the header has one
 * @param titleLine its 1-based line, or 0
 * @param attributes each attribute entry, in order, with the lines its value was written on
 * @param bodyStart the 0-based index of the first line after the header
 */
@Decision(value = "ADR-5", note = "AsciiDoc ADR metadata without starting JRuby")
record AsciiDocHeader(Optional<String> title, int titleLine, List<MetadataEntry> attributes, int bodyStart) {

  private static final Pattern TITLE = Pattern.compile("^[=#]\\s+(\\S.*?)(?:\\s+[=#]+)?\\s*$");
  private static final Pattern ATTRIBUTE = Pattern.compile("^:(!?)([\\w][\\w-]*)(!?):(?:\\s+(.*?))?\\s*$");
  private static final Pattern REFERENCE = Pattern.compile("\\{([\\w][\\w-]*)\\}");
  private static final String CONTINUATION = " \\";

  static AsciiDocHeader read(List<String> lines) {
    Map<String, MetadataEntry> attributes = new LinkedHashMap<>();
    int i = 0;
    Optional<String> title = Optional.empty();
    int titleLine = 0;
    int linesAfterTitle = 0;
    boolean sawAttribute = false;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank()) {
        if (title.isPresent() || sawAttribute) {
          break;
        }
        i++;
        continue;
      }
      if (line.startsWith("////")) {
        i = endOfCommentBlock(lines, i);
        continue;
      }
      if (line.startsWith("//")) {
        i++;
        continue;
      }
      Matcher attribute = ATTRIBUTE.matcher(line);
      if (attribute.matches()) {
        sawAttribute = true;
        i = readAttribute(lines, i, attribute, attributes);
        continue;
      }
      Matcher titleMatch = TITLE.matcher(line);
      if (title.isEmpty() && titleMatch.matches()) {
        title = Optional.of(substitute(titleMatch.group(1).trim(), attributes));
        titleLine = i + 1;
        i++;
        continue;
      }
      if (title.isPresent() && !sawAttribute && linesAfterTitle < 2) {
        linesAfterTitle++; // the author line, then the revision line
        i++;
        continue;
      }
      break;
    }
    return new AsciiDocHeader(title, titleLine, List.copyOf(attributes.values()), i);
  }

  /** Reads one attribute entry starting at {@code start}; returns the index after it. */
  private static int readAttribute(
      List<String> lines, int start, Matcher attribute, Map<String, MetadataEntry> attributes) {
    String name = attribute.group(2);
    boolean unset = !attribute.group(1).isEmpty() || !attribute.group(3).isEmpty();
    String value = attribute.group(4) == null ? "" : attribute.group(4);
    List<MetadataEntry.Value> values = new ArrayList<>();
    int i = start;
    while (value.endsWith(CONTINUATION) || value.equals("\\")) {
      String part = value.substring(0, value.length() - 1).trim();
      if (!part.isEmpty()) {
        values.add(new MetadataEntry.Value(substitute(part, attributes), i + 1));
      }
      i++;
      if (i >= lines.size()) {
        value = "";
        break;
      }
      value = lines.get(i).trim();
    }
    if (!value.isEmpty()) {
      values.add(new MetadataEntry.Value(substitute(value, attributes), i + 1));
    }
    if (unset) {
      attributes.remove(name);
    } else {
      attributes.remove(name); // a redefinition moves to where it was last written
      attributes.put(name, new MetadataEntry(name, values, start + 1, MetadataEntry.Shape.TEXT));
    }
    return i + 1;
  }

  private static int endOfCommentBlock(List<String> lines, int start) {
    for (int i = start + 1; i < lines.size(); i++) {
      if (lines.get(i).startsWith("////")) {
        return i + 1;
      }
    }
    return lines.size();
  }

  /** Replaces {@code {name}} with the value of an attribute defined earlier; others stay. */
  private static String substitute(String text, Map<String, MetadataEntry> attributes) {
    Matcher reference = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (reference.find()) {
      MetadataEntry entry = attributes.get(reference.group(1));
      String replacement = entry == null ? reference.group()
          : String.join(" ", entry.values().stream().map(MetadataEntry.Value::text).toList());
      reference.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    reference.appendTail(out);
    return out.toString();
  }
}
