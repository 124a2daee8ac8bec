package dev.archdoc.core.render;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.archdoc.annotations.Decision;
import dev.archdoc.core.docs.page.FileUrls;
import dev.archdoc.core.docs.page.LinkTargets;
import dev.archdoc.core.docs.page.MarkdownFlavor;
import dev.archdoc.core.docs.page.Snippets;
import dev.archdoc.core.docs.page.TaggedRegions;
import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.docs.ref.CodeRef;
import dev.archdoc.core.safety.SafeHtml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a Markdown page with flexmark: a link resolver points {@code code:} links at the code's
 * pages, links to {@code .md}/{@code .adoc} files at the built pages and links to other files
 * wherever the caller's {@link FileUrls} shows them; fenced {@code plantuml}
 * blocks become inline SVG, fenced {@code mermaid} blocks are left for the browser to draw, and
 * fenced {@code include=} blocks show the snippet.
 *
 * <p>The per-render {@link RenderScope} travels on the parsed document, flexmark's own channel
 * for per-document state, so one renderer serves every thread.
 */
@Decision(value = "ADR-30", note = "a mermaid block is escaped text in <pre class=mermaid>, drawn by the theme's Mermaid")
final class MarkdownRenderer {

  private static final NullableDataKey<RenderScope> SCOPE = new NullableDataKey<>("ARCHDOC_RENDER_SCOPE");

  private final HtmlRenderer renderer = HtmlRenderer.builder(MarkdownFlavor.OPTIONS)
      .linkResolverFactory(new SiteLinks())
      .nodeRendererFactory(options -> new FencedBlocks())
      .attributeProviderFactory(new BlockClasses.Provider())
      .attributeProviderFactory(new SourceLines())
      .build();

  RenderedPage render(RenderScope scope) {
    Document document = MarkdownFlavor.PARSER.parse(scope.page.source());
    document.set(SCOPE, scope);
    unlinkWhatLeadsNowhere(document, scope);
    BlockClasses.mark(document);
    String html = renderer.render(document);
    return new RenderedPage(html, scope.findings);
  }

  /**
   * A link with nowhere to lead is shown as its text (an image as its alt text), in the parsed
   * tree, so a {@code ]} in the text, a title or a code span that merely shows such a link are
   * read as Markdown reads them: a code reference with no page (a dead {@code code:} href must not
   * reach the site; the checker reports the reference), and a link to a file the caller's {@link
   * FileUrls#shownAsText} says has no place (prose in code naming a file that does not exist).
   */
  private static void unlinkWhatLeadsNowhere(Document document, RenderScope scope) {
    List<Node> unresolved = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      String url = null;
      if (node instanceof Link link) {
        url = link.getUrl().unescape();
      } else if (node instanceof Image image) {
        url = image.getUrl().unescape();
      } else if (node instanceof LinkRef ref) {
        Reference reference = ref.getReferenceNode(document);
        url = reference == null ? null : reference.getUrl().unescape();
      } else if (node instanceof ImageRef ref) {
        Reference reference = ref.getReferenceNode(document);
        url = reference == null ? null : reference.getUrl().unescape();
      }
      if (url == null) {
        continue;
      }
      boolean deadCodeRef = CodeRef.isCodeRef(url) && scope.codeUrls.urlOf(CodeRef.targetOf(url)) == null;
      if (deadCodeRef || LinkTargets.shownAsText(scope.page.file(), url, scope.fileUrls)) {
        unresolved.add(node);
      }
    }
    for (Node link : unresolved) {
      Node child = link.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        link.insertBefore(child);
        child = next;
      }
      link.unlink();
    }
  }

  /**
   * Marks every link and image with the page and line its author wrote it on ({@link
   * SafeHtml#SOURCE_KEY}), so the site's link check reports a broken one once, at that line, and
   * not again at the built page.
   */
  private static final class SourceLines extends IndependentAttributeProviderFactory {
    @Override
    public AttributeProvider apply(LinkResolverContext context) {
      RenderScope scope = SCOPE.get(context.getDocument());
      return (node, part, attributes) -> {
        if (scope != null && (node instanceof Link || node instanceof LinkRef || node instanceof Image
            || node instanceof ImageRef)) {
          int line = scope.page.firstLine() + node.getStartLineNumber();
          String file = scope.page.file().toString().replace('\\', '/');
          attributes.replaceValue(SafeHtml.SOURCE_KEY, SafeHtml.sourceMark(file + ":" + line));
        }
      };
    }
  }

  private static final class SiteLinks extends IndependentLinkResolverFactory {
    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      RenderScope scope = SCOPE.get(context.getDocument());
      return (node, ctx, link) -> resolve(scope, link);
    }

    private static ResolvedLink resolve(RenderScope scope, ResolvedLink link) {
      String url = link.getUrl();
      if (CodeRef.isCodeRef(url)) {
        String target = scope.codeUrls.urlOf(CodeRef.targetOf(url));
        return target == null ? link : link.withUrl(target).withStatus(LinkStatus.VALID);
      }
      if (link.getLinkType() == LinkType.LINK || link.getLinkType() == LinkType.LINK_REF) {
        String built = scope.onSite(url);
        if (!built.equals(url)) {
          return link.withUrl(built).withStatus(LinkStatus.VALID);
        }
      }
      return link;
    }
  }

  private static final class FencedBlocks implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, FencedBlocks::render));
    }

    private static void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
      RenderScope scope = SCOPE.get(context.getDocument());
      String info = block.getInfo().toString();
      int fenceLine = scope.page.firstLine() + block.getStartLineNumber();
      if (MarkdownFlavor.isDiagram(info)) {
        DiagramSource source =
            new DiagramSource(scope.page.file(), fenceLine + 1, block.getContentChars().toString());
        html.line().raw(scope.diagramFigure(source, null)).line();
        return;
      }
      if (MarkdownFlavor.isMermaid(info)) {
        // drawn in the reader's browser by the theme's own copy of Mermaid, in its strict mode (ADR 30)
        html.line().openPre().raw(PageRenderer.MERMAID_OPEN)
            .rawPre(Escaping.escapeHtml(block.getContentChars().toString(), false)).raw("</pre>").closePre().line();
        return;
      }
      Map<String, String> attributes = MarkdownFlavor.attributes(info);
      String target = attributes.get("include");
      if (target == null) {
        context.delegateRender();
        return;
      }
      Snippets.Snippet snippet = scope.snippets.load(
          scope.page.file(), fenceLine, target, MarkdownFlavor.tags(attributes));
      scope.findings.addAll(snippet.findings());
      String language = MarkdownFlavor.language(info);
      String code = snippet.found()
          ? String.join("\n", TaggedRegions.dedent(snippet.text().lines().toList())) + "\n"
          : "snippet missing: " + target + "\n";
      // openPre keeps flexmark's writer from re-indenting the code's lines
      html.line().openPre().raw("<pre class=\"snippet" + (snippet.found() ? "" : " snippet-missing") + "\"><code"
          + (language.isEmpty() ? "" : " class=\"language-" + Escaping.escapeHtml(language, true) + "\"")
          + ">").rawPre(Escaping.escapeHtml(code, false)).raw("</code></pre>").closePre().line();
    }
  }
}
