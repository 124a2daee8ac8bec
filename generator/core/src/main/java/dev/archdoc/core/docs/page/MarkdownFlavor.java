package dev.archdoc.core.docs.page;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown archdoc reads: CommonMark plus GitHub's tables, strikethrough, task lists,
 * autolinks and footnotes, YAML front matter, and headings with GitHub's ids and anchor links. Reading and rendering
 * share these options, so the heading ids the checker knows are the ids the site has.
 */
public final class MarkdownFlavor {

  public static final DataHolder OPTIONS = new MutableDataSet()
      .set(Parser.EXTENSIONS, List.of(
          TablesExtension.create(),
          StrikethroughExtension.create(),
          TaskListExtension.create(),
          AutolinkExtension.create(),
          AnchorLinkExtension.create(),
          YamlFrontMatterExtension.create(),
          FootnoteExtension.create()))
      // GitHub's table rules, so a table reads the same here and on github.com
      .set(TablesExtension.COLUMN_SPANS, false)
      .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
      .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
      .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
      // heading ids as GitHub makes them, so #anchors written for github.com keep working: letters
      // and digits lower-cased, spaces to '-', '-' and '_' kept, other punctuation dropped
      .set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " ")
      .set(HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS, "-_")
      .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, false)
      .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
      // the id on the heading itself, and an empty anchor link before its text
      .set(HtmlRenderer.GENERATE_HEADER_ID, true)
      .set(HtmlRenderer.RENDER_HEADER_ID, true)
      .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
      .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false)
      .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "heading-anchor")
      .toImmutable();

  public static final Parser PARSER = Parser.builder(OPTIONS).build();

  private static final Pattern INFO_ATTRIBUTE =
      Pattern.compile("([\\w-]+)=(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");

  private MarkdownFlavor() {}

  /** The language of a fenced block: the first word of its info string. */
  public static String language(String info) {
    String trimmed = info.strip();
    int space = trimmed.indexOf(' ');
    return space < 0 ? trimmed : trimmed.substring(0, space);
  }

  public static boolean isDiagram(String info) {
    String language = language(info);
    return language.equals("plantuml") || language.equals("puml");
  }

  /** A fenced block GitHub draws with Mermaid: {@code ```mermaid}. */
  public static boolean isMermaid(String info) {
    return language(info).equalsIgnoreCase("mermaid");
  }

  /** {@code key="value"} pairs after the language, e.g. {@code include="x.java" tag="step"}. */
  public static Map<String, String> attributes(String info) {
    Map<String, String> attributes = new java.util.LinkedHashMap<>();
    Matcher m = INFO_ATTRIBUTE.matcher(info);
    while (m.find()) {
      String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
      attributes.put(m.group(1), value);
    }
    return attributes;
  }

  /** The tags a snippet names: {@code tag="a"} or {@code tags="a;b"}. */
  public static List<String> tags(Map<String, String> attributes) {
    String tags = attributes.getOrDefault("tags", attributes.get("tag"));
    if (tags == null || tags.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(tags.split("[;,]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }
}
