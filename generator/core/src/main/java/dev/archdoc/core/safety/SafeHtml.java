package dev.archdoc.core.safety;

import dev.archdoc.annotations.Decision;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML a page's content became (Markdown with raw HTML, AsciiDoc with passthroughs,
 * Javadoc, {@code //!} prose) with jsoup's {@link Safelist}: what is not on the list is dropped, so
 * no {@code <script>}, {@code <iframe>}, {@code <style>}, event handler, or {@code javascript:},
 * {@code vbscript:} or {@code data:} URL survives, whatever its letter case or entity spelling
 * (jsoup decodes before it decides). What the renderers legitimately write stays: tables, images,
 * details/summary, kbd, heading anchors, admonitions, callouts, source blocks, task lists.
 *
 * <p>Diagrams are not content HTML: PlantUML draws them and {@link SafeSvg} cleans them with a list
 * of SVG's own. A renderer hands them in as {@linkplain #figure placeholders} with their SVG kept
 * aside; the placeholders are cleaned like any element, then the SVG is put back into them. A
 * placeholder's key carries a random nonce of the render, so content cannot name one.
 */
@Decision(value = "ADR-16", note = "content HTML is cleaned with jsoup's allowlist, once, where a page is rendered")
public final class SafeHtml {

  /** The attribute a placeholder figure carries; removed from every element once figures are filled. */
  static final String FIGURE_KEY = "data-archdoc-figure";

  /**
   * The attribute that says where the author wrote a link or image of a page: {@code path:line},
   * relative to the project. The site's link check reports a broken link there, once, rather than
   * at each built page that shows it. Content may not set it: a renderer writes it through {@link
   * #sourceMark}, whose nonce the cleaning checks, and any other value is dropped.
   */
  public static final String SOURCE_KEY = "data-archdoc-source";

  /** A random nonce of this process: content cannot guess it, so cannot say where a link was written. */
  private static final String SOURCE_NONCE = java.util.HexFormat.of().formatHex(randomBytes()) + "|";

  /** Never resolved: jsoup needs a base to tell a relative link (kept) from a scheme (checked). */
  private static final String BASE = "https://archdoc.invalid/page/";

  private static final Safelist CONTENT = contentSafelist();

  /** Elements removed with everything inside them. */
  private static final String DROPPED_WHOLE =
      "svg, math, script, style, iframe, frame, frameset, object, embed, applet, template, noscript, textarea,"
          + " select, xmp, noembed, noframes, title, head, meta, link, base, form, button";

  private SafeHtml() {}

  /**
   * The HTML, cleaned, and a description of each kind of thing removed from it.
   *
   * @param html the cleaned HTML fragment
   * @param removed what was dropped, e.g. {@code <script>}, {@code onclick=}, {@code href=javascript:...};
   *     empty when the input was already clean
   */
  public record Cleaned(String html, List<String> removed) {}

  /**
   * Placeholder markup for a diagram figure: {@code key} is filled with its SVG by
   * {@link #clean(String, Map)}; {@code captionHtml} is content and is cleaned with the rest.
   */
  public static String figure(String key, String captionHtml) {
    String caption = captionHtml == null || captionHtml.isBlank() ? "" : "<figcaption>" + captionHtml + "</figcaption>";
    return "<figure class=\"diagram\" " + FIGURE_KEY + "=\"" + key + "\">" + caption + "</figure>";
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[12];
    new java.security.SecureRandom().nextBytes(bytes);
    return bytes;
  }

  /**
   * The value of {@link #SOURCE_KEY} a renderer writes on a link or image it made from a source
   * file; {@link #clean} keeps it (without its nonce) and drops any value content wrote.
   *
   * @param where {@code path:line}, relative to the project
   */
  public static String sourceMark(String where) {
    return SOURCE_NONCE + where;
  }

  /** Cleans content HTML that holds no diagrams. */
  public static Cleaned clean(String html) {
    return clean(html, Map.of());
  }

  /**
   * Cleans content HTML, then puts each diagram's SVG into its placeholder.
   *
   * @param figures the SVG of each placeholder key, already {@linkplain SafeSvg#clean cleaned}
   */
  public static Cleaned clean(String html, Map<String, String> figures) {
    if (html == null || html.isEmpty()) {
      return new Cleaned(html == null ? "" : html, List.of());
    }
    Document dirty = Jsoup.parseBodyFragment(html, BASE);
    Set<String> removed = new LinkedHashSet<>();
    // the safelist keeps the text of an element it drops; these hold no text a reader should see
    // (an inline SVG asset Asciidoctor read is dropped whole, so is whatever file it really was)
    for (Element whole : dirty.body().select(DROPPED_WHOLE)) {
      removed.add("<" + whole.normalName() + ">");
      whole.remove();
    }
    Cleaner cleaner = new Cleaner(CONTENT);
    if (!cleaner.isValidBodyHtml(html)) {
      describeRemoved(dirty.body(), removed);
    }
    Document clean = cleaner.clean(dirty);
    clean.outputSettings().prettyPrint(false);
    for (Element styled : clean.body().select("[style]")) {
      if (!isQuietStyle(styled.attr("style"))) {
        styled.removeAttr("style");
        removed.add("style=url(...)");
      }
    }
    for (Element marked : clean.body().select("[" + SOURCE_KEY + "]")) {
      String where = marked.attr(SOURCE_KEY);
      if (where.startsWith(SOURCE_NONCE)) {
        marked.attr(SOURCE_KEY, where.substring(SOURCE_NONCE.length()));
      } else {
        marked.removeAttr(SOURCE_KEY); // written by the content, not by a renderer
      }
    }
    for (Element placeholder : clean.body().select("figure[" + FIGURE_KEY + "]")) {
      String svg = figures.get(placeholder.attr(FIGURE_KEY));
      placeholder.removeAttr(FIGURE_KEY);
      if (svg != null) {
        placeholder.prependChild(new DataNode(svg));
      }
    }
    return new Cleaned(clean.body().html(), List.copyOf(removed));
  }

  /** Says what the safelist will drop, in the library's own terms: its tag and attribute decisions. */
  private static void describeRemoved(Element root, Set<String> removed) {
    for (Element element : root.getAllElements()) {
      if (element == root) {
        continue;
      }
      String tag = element.normalName();
      if (!CONTENT.isSafeTag(tag)) {
        removed.add("<" + tag + ">");
        continue;
      }
      for (Attribute attribute : element.attributes().asList()) {
        if (!CONTENT.isSafeAttribute(tag, element.clone(), attribute.clone())) {
          String value = attribute.getValue().strip();
          String scheme = value.matches("(?s)[A-Za-z][A-Za-z0-9+.\\-]*:.*")
              ? "=" + value.substring(0, value.indexOf(':') + 1).toLowerCase(Locale.ROOT)
              : "";
          removed.add(attribute.getKey() + scheme);
        }
      }
    }
  }

  private static Safelist contentSafelist() {
    Safelist list = Safelist.relaxed()
        .preserveRelativeLinks(true)
        .addTags("details", "summary", "kbd", "samp", "var", "mark", "abbr", "del", "ins", "s", "hr",
            "figure", "figcaption", "section", "article", "aside", "header", "footer", "nav",
            "input", "label", "small", "big", "tt", "sub", "sup", "wbr", "bdi", "bdo", "time", "dfn")
        .addAttributes(":all", "class", "id", "title", "lang", "dir", "role", "aria-hidden", "aria-label",
            "aria-describedby", "aria-labelledby")
        .addAttributes("a", "target", "rel", SOURCE_KEY)
        .addAttributes("img", "loading", "style", SOURCE_KEY)
        .addAttributes("col", "style")
        .addAttributes("code", "data-lang")
        .addAttributes("pre", "data-lang")
        .addAttributes("i", "data-value")
        .addAttributes("td", "style", "align", "valign")
        .addAttributes("th", "style", "align", "valign")
        .addAttributes("details", "open")
        .addAttributes("ol", "reversed")
        .addAttributes("div", "style")
        .addAttributes("span", "style")
        .addAttributes("time", "datetime")
        .addAttributes("abbr", "title")
        .addAttributes("figure", FIGURE_KEY)
        // task lists (flexmark) and checklists (Asciidoctor): a disabled checkbox, nothing more
        .addAttributes("input", "type", "checked", "disabled", "readonly", "data-item-complete")
        .addEnforcedAttribute("input", "disabled", "disabled")
        .addProtocols("a", "href", "#")
        .addProtocols("img", "src", "http", "https");
    return list;
  }

  /**
   * A style attribute that fetches ({@code url(...)} to anything but a fragment, {@code @import})
   * or scripts ({@code expression(...)}, old IE) is not kept: CSS is otherwise harmless here, and
   * Asciidoctor writes widths of table columns and images with it.
   */
  static boolean isQuietStyle(String style) {
    String css = style.toLowerCase(Locale.ROOT).replaceAll("[\\s\\\\]", "");
    return !css.contains("expression(") && !css.contains("@import") && !css.contains("behavior:")
        && !css.replace("url(#", "").replace("url('#", "").replace("url(\"#", "").contains("url(");
  }
}
