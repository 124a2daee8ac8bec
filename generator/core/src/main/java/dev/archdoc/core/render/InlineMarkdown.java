package dev.archdoc.core.render;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.archdoc.annotations.Decision;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Safelist;

/**
 * One line of Markdown as GitHub shows it in a heading, for ADR titles written
 * {@code # Use `BibEntry.getId` for *indexing*}: as HTML with only code, emphasis and
 * strikethrough kept (raw HTML is escaped, and jsoup's allowlist drops everything else, links
 * included, keeping their text), and as plain text for page titles, search and diagrams.
 */
@Decision("ADR-20")
public final class InlineMarkdown {

  private static final DataHolder OPTIONS = new MutableDataSet()
      .set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create()))
      .set(HtmlRenderer.ESCAPE_HTML, true) // raw HTML in a title is shown as text
      .toImmutable();
  private static final Parser PARSER = Parser.builder(OPTIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();
  private static final Safelist INLINE = Safelist.none().addTags("code", "em", "strong", "del", "s");
  private static final OutputSettings COMPACT = new OutputSettings().prettyPrint(false);

  private InlineMarkdown() {}

  /** The line as HTML: code, emphasis and strikethrough, everything else as escaped text. */
  public static String html(String markdown) {
    if (!needsMarkdown(markdown)) {
      return org.jsoup.nodes.Entities.escape(markdown);
    }
    Document document = PARSER.parse(markdown.replace('\n', ' '));
    return Jsoup.clean(RENDERER.render(document), "", INLINE, COMPACT).strip();
  }

  /** The line as plain text: {@code Use `BibEntry.getId`} reads {@code Use BibEntry.getId}. */
  public static String text(String markdown) {
    if (!needsMarkdown(markdown)) {
      return markdown;
    }
    return Jsoup.parseBodyFragment(html(markdown)).text();
  }

  private static boolean needsMarkdown(String text) {
    return text.indexOf('`') >= 0 || text.indexOf('*') >= 0 || text.indexOf('_') >= 0 || text.indexOf('~') >= 0
        || text.indexOf('\\') >= 0 || text.indexOf('&') >= 0 || text.indexOf('<') >= 0 || text.indexOf('[') >= 0;
  }
}
