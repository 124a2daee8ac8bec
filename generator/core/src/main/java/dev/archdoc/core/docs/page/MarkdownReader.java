package dev.archdoc.core.docs.page;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.docs.meta.FrontMatter;
import dev.archdoc.core.docs.ref.CodeRef;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.finding.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a Markdown page with flexmark: one parse, one walk over the tree. */
final class MarkdownReader {

  private static final Pattern HTML_ANCHOR =
      Pattern.compile("<a\\s[^>]*?\\b(?:id|name)\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);

  private final Path file;
  private final int lineOffset;
  private final List<Finding> findings = new ArrayList<>();
  private final List<Heading> headings = new ArrayList<>();
  private final Set<String> anchors = new LinkedHashSet<>();
  private final List<CodeRef> codeRefs = new ArrayList<>();
  private final List<DocLink> docLinks = new ArrayList<>();
  private final List<DiagramSource> diagrams = new ArrayList<>();
  private final List<SnippetInclude> snippets = new ArrayList<>();

  private MarkdownReader(Path file, int firstLine) {
    this.file = file;
    this.lineOffset = firstLine;
  }

  static PageRead read(Path file, String text, int firstLine) {
    return new MarkdownReader(file, firstLine).readPage(text);
  }

  private PageRead readPage(String written) {
    FrontMatter frontMatter = FrontMatter.read(written.lines().toList(), file, lineOffset, PageReader.SYNTAX_RULE);
    findings.addAll(frontMatter.findings());
    LiquidTags.Stripped liquid = LiquidTags.strip(file, lineOffset, written);
    liquid.finding().ifPresent(findings::add);
    String text = liquid.text();
    Document document = MarkdownFlavor.PARSER.parse(text);
    new HeaderIdGenerator(MarkdownFlavor.OPTIONS).generateIds(document);
    for (Node node : document.getDescendants()) {
      visit(node, document);
    }
    String title = titleOf(frontMatter.values());
    Page page = new Page(file, PageFormat.MARKDOWN, lineOffset, text, title, frontMatter.values(),
        headings, anchors, codeRefs, docLinks, diagrams, snippets);
    return new PageRead(page, findings);
  }

  private int lineOf(Node node) {
    return lineOffset + node.getStartLineNumber();
  }

  private void visit(Node node, Document document) {
    if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
      String id = heading.getAnchorRefId();
      headings.add(new Heading(heading.getLevel(), textOf(heading), id, lineOf(node)));
      anchors.add(id);
    } else if (node instanceof Link link) {
      link(link.getUrl().unescape(), textOf(link), node);
    } else if (node instanceof Image image) {
      link(image.getUrl().unescape(), textOf(image), node);
    } else if (node instanceof LinkRef ref) {
      Reference reference = ref.getReferenceNode(document);
      if (reference != null) {
        link(reference.getUrl().unescape(), textOf(ref), node);
      }
    } else if (node instanceof ImageRef ref) {
      Reference reference = ref.getReferenceNode(document);
      if (reference != null) {
        link(reference.getUrl().unescape(), textOf(ref), node);
      }
    } else if (node instanceof FencedCodeBlock block) {
      fencedBlock(block);
    } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
      Matcher m = HTML_ANCHOR.matcher(node.getChars());
      while (m.find()) {
        anchors.add(m.group(1));
      }
      // <img src>, <a href> written as HTML link to files too (GitHub renders them; the site needs the files)
      for (org.jsoup.nodes.Element element : org.jsoup.Jsoup.parseBodyFragment(node.getChars().toString())
          .select("img[src], a[href], source[src], video[src]")) {
        String url = element.hasAttr("src") ? element.attr("src") : element.attr("href");
        if (!url.isBlank()) {
          link(url, element.text(), node);
        }
      }
    }
  }

  private void link(String url, String text, Node node) {
    int line = lineOf(node);
    if (CodeRef.isCodeRef(url)) {
      String target = CodeRef.targetOf(url);
      codeRefs.add(new CodeRef(target, text.isBlank() ? target : text, file, line));
    } else if (LinkTargets.isLocal(url)) {
      Optional<DocLink> link = LinkTargets.docLink(file, line, url);
      if (link.isPresent()) {
        docLinks.add(link.get());
      } else {
        findings.add(Finding.error(dev.archdoc.core.finding.DriftRule.BROKEN_LINK.id(), file, line,
            "link '" + url + "' leaves the project root; the site cannot follow it"));
      }
    }
  }

  private void fencedBlock(FencedCodeBlock block) {
    String info = block.getInfo().toString();
    int fenceLine = lineOf(block);
    if (MarkdownFlavor.isDiagram(info)) {
      diagrams.add(new DiagramSource(file, fenceLine + 1, block.getContentChars().toString()));
      return;
    }
    Map<String, String> attributes = MarkdownFlavor.attributes(info);
    String target = attributes.get("include");
    if (target == null) {
      return;
    }
    Optional<Path> source = ProjectFiles.resolve(file, target);
    if (source.isEmpty()) {
      findings.add(Finding.error(Snippets.RULE, file, fenceLine,
          "snippet '" + target + "' is refused: it leaves the project root"));
      return;
    }
    snippets.add(new SnippetInclude(file, fenceLine, target, source.get(), MarkdownFlavor.tags(attributes)));
  }

  private String titleOf(Map<String, Object> frontMatter) {
    Object title = frontMatter.get("title");
    if (title != null && !String.valueOf(title).isBlank()) {
      return String.valueOf(title).strip();
    }
    return headings.stream().filter(h -> h.level() == 1).findFirst().map(Heading::text)
        .orElseGet(() -> PageReader.fileTitle(file));
  }

  private static String textOf(Node node) {
    return new TextCollectingVisitor().collectAndGetText(node).strip();
  }
}
