package dev.archdoc.core.site;

import dev.archdoc.core.diagram.DiagramRenderer;
import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.diagram.RenderedDiagram;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.adr.AdrId;
import dev.archdoc.core.docs.page.DocLink;
import dev.archdoc.core.docs.page.FileUrls;
import dev.archdoc.core.render.InlineMarkdown;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.docs.page.PageReader;
import dev.archdoc.core.render.PageRenderer;
import dev.archdoc.core.render.RenderedPage;
import dev.archdoc.core.docs.ref.CodeUrls;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.CodeElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * What every page builder reads during one build: the project, the site map, the theme and the
 * renderers. It holds no state a page changes: what rendering finds comes back with what it
 * rendered ({@link RenderedPage}, {@link RenderedDiagram}), and each page builder returns its
 * pages with their findings ({@link SitePage#findings}), so pages render in parallel with nothing
 * shared to guard.
 */
final class Rendering {

  final ProjectModel project;
  final SiteMap map;
  final Theme theme;
  final PageRenderer pages;
  final DiagramRenderer diagrams;

  /** Files outside the docs that pages link to, published under {@link LinkedProjectFiles#FOLDER}. */
  final LinkedProjectFiles projectFiles;
  private final Map<String, DiagramAnchors> diagramAnchors;
  /** Each system's pages and ADRs, by project-relative path: the files a folder link may open. */
  private final Map<String, java.util.Set<Path>> docFiles = new LinkedHashMap<>();
  private final Map<String, ShownCode> shown = new LinkedHashMap<>();

  Rendering(ProjectModel project, SiteMap map, Theme theme, PageRenderer pages, DiagramRenderer diagrams,
      LiterateExclusions exclusions) {
    this.project = project;
    this.projectFiles = new LinkedProjectFiles(project.root());
    this.map = map;
    this.theme = theme;
    this.pages = pages;
    this.diagrams = diagrams;
    Map<String, DiagramAnchors> anchors = new LinkedHashMap<>();
    for (SystemModel system : project.systems()) {
      anchors.put(system.name(), DiagramAnchors.of(system.config().docs(), system.docs().diagrams()));
      java.util.Set<Path> docs = new java.util.HashSet<>();
      system.docs().allPages().forEach(page -> docs.add(page.file().normalize()));
      system.docs().decisions().adrs().forEach(adr -> docs.add(adr.file().normalize()));
      docFiles.put(system.name(), docs);
      shown.put(system.name(), new ShownCode(system, project.config().site(),
          file -> !exclusions.excludes(system.config(), file), ModuleExports.read(project.root(), system.config().sources())));
    }
    this.diagramAnchors = java.util.Collections.unmodifiableMap(anchors);
  }

  /**
   * Whether a source file has a literate view: the site shows it ({@code site: sources:}) and
   * {@code literate-exclude.txt} does not exclude it.
   */
  boolean hasLiterateView(SystemModel system, String sourceFile) {
    return shown(system).hasLiterateView(sourceFile);
  }

  /** Which of a system's code the site shows in full. */
  ShownCode shown(SystemModel system) {
    return shown.get(system.name());
  }

  /** What every system's site shows of its code, for the pages' cache keys. */
  String shownFingerprint() {
    StringBuilder all = new StringBuilder();
    shown.forEach((name, code) -> all.append(name).append('\n').append(code.fingerprint()).append('\n'));
    return all.toString();
  }

  /** Where a type is shown: its own page, or its entry on its package page. */
  String typePlace(SystemModel system, dev.archdoc.doclet.model.CodeType type) {
    return shown(system).hasPage(type)
        ? map.typePage(system.config(), type)
        : map.packagePage(system.config(), type.packageName()) + "#" + SiteMap.typeAnchor(type);
  }

  /** Where code references point from a page of a system's section: that element's page. */
  CodeUrls codeUrls(SystemModel system, String fromPage) {
    return target -> system.code().resolve(target)
        .map(element -> url(system, element))
        .map(to -> SiteMap.relative(fromPage, to))
        .orElse(null);
  }

  /**
   * Where links to files that are not pages point from a page of a system's section: a diagram
   * file to its place on the diagrams page of the system it belongs to (this one first, so a file
   * two systems read leads to this one's page); any other file stays as written.
   */
  FileUrls fileUrls(SystemModel system, String fromPage) {
    return new FileUrls() {
      @Override
      public String urlOf(Path file) {
        return diagramPlace(system, file)
            .or(() -> folderPage(system, file))
            .or(() -> map.asset(system.config(), file).isPresent() ? Optional.empty() : projectFiles.place(file))
            .map(to -> SiteMap.relative(fromPage, to))
            .orElse(null);
      }

      /** A decisions folder's template is no page of the site (ADR-20): a link to it opens the file. */
      @Override
      public String unpublishedPage(Path file) {
        return isDecisionTemplate(system, file)
            ? projectFiles.place(file).map(to -> SiteMap.relative(fromPage, to)).orElse(null)
            : null;
      }
    };
  }

  /** Whether a file is a template for new ADRs in one of the system's decisions folders. */
  static boolean isDecisionTemplate(SystemModel system, Path file) {
    return system.config().decisions().stream().anyMatch(file::startsWith)
        && dev.archdoc.core.docs.adr.AdrLoader.isTemplate(file);
  }

  /**
   * A link to a folder of the docs opens its {@code README} (or {@code index}) page, as on GitHub:
   * Eclipse EDC's decision-records index links each ADR as {@code 2022-02-03-integration-testing/}.
   */
  private Optional<String> folderPage(SystemModel system, Path folder) {
    if (folder.toString().isEmpty() || !Files.isDirectory(project.root().resolve(folder))) {
      return Optional.empty();
    }
    java.util.Set<Path> docs = docFiles.get(system.name());
    for (String name : List.of("README.md", "readme.md", "Readme.md", "index.md", "README.adoc", "index.adoc")) {
      Path page = folder.resolve(name).normalize();
      if (docs.contains(page)) {
        return Optional.of(map.doc(system.config(), page));
      }
    }
    return Optional.empty();
  }

  private Optional<String> diagramPlace(SystemModel system, Path file) {
    List<SystemModel> thisOneFirst = new ArrayList<>(List.of(system));
    project.systems().stream().filter(other -> other != system).forEach(thisOneFirst::add);
    for (SystemModel owner : thisOneFirst) {
      Optional<String> id = diagramAnchors(owner).ofFile(file);
      if (id.isPresent()) {
        return Optional.of(map.diagrams(owner.config()) + "#" + id.get());
      }
    }
    return Optional.empty();
  }

  /** The ids of a system's hand-drawn diagrams on its diagrams page. */
  DiagramAnchors diagramAnchors(SystemModel system) {
    return diagramAnchors.get(system.name());
  }

  /**
   * The site path (with anchor) of a code element of the system: a package's page, a type's place
   * ({@link #typePlace}), a member's anchor on its type's page or, for a type its package page shows
   * in full, there; that type's place when the page does not list the member.
   */
  String url(SystemModel system, CodeElement element) {
    if (element instanceof dev.archdoc.doclet.model.CodeType type) {
      return typePlace(system, type);
    }
    if (element instanceof dev.archdoc.doclet.model.CodeMember member) {
      dev.archdoc.doclet.model.CodeType owner = system.code().findType(member.declaringType()).orElse(null);
      if (owner == null) {
        return null;
      }
      if (!shown(system).shows(owner, member) || ShownCode.isNoise(member, system.links())) {
        return typePlace(system, owner);
      }
      if (shown(system).inFullOnPackagePage(owner)) {
        return map.packagePage(system.config(), owner.packageName()) + "#" + SiteMap.memberAnchorOnPackagePage(owner, member.id());
      }
      return shown(system).hasPage(owner)
          ? map.typePage(system.config(), owner) + "#" + SiteMap.memberAnchor(member.id())
          : typePlace(system, owner);
    }
    return map.element(system.config(), element, name -> system.code().findType(name).orElse(null));
  }

  /** A page of the docs, rendered for the site page at {@code fromPage}, with what rendering it found. */
  RenderedPage render(SystemModel system, Page page, String fromPage) {
    return pages.render(page, codeUrls(system, fromPage), fileUrls(system, fromPage));
  }

  /**
   * Markdown written in the code ({@code //!} prose, Javadoc), rendered for the site page at
   * {@code fromPage}. Its code links were checked when the model was linked, so rendering
   * problems are not reported twice.
   */
  String markdown(SystemModel system, String sourceFile, int line, String markdown, String fromPage) {
    if (markdown == null || markdown.isBlank()) {
      return null;
    }
    Path file = Path.of(sourceFile + ".md");
    Page page = PageReader.read(file, markdown, Math.max(1, line)).page();
    String unlinked = unlinkDangling(markdown, page);
    if (!unlinked.equals(markdown)) {
      page = PageReader.read(file, unlinked, Math.max(1, line)).page();
    }
    String html = belowPageHeadings(pages.render(page, codeUrls(system, fromPage), fileUrls(system, fromPage)).html());
    return markedWithSource(html, sourceFile, Math.max(1, line), markdown);
  }

  /**
   * Marks every link and image copied from a source file with where its author wrote it ({@code
   * data-archdoc-source="path:line"}), so the site's link check reports it once, there, and not on
   * each page that shows the comment. The line is the first of the comment's lines that holds the
   * link's target, else the comment's own.
   */
  private static String markedWithSource(String html, String sourceFile, int firstLine, String markdown) {
    if (html == null || !(html.contains("href=") || html.contains("src="))) {
      return html;
    }
    org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html);
    fragment.outputSettings().prettyPrint(false);
    List<String> lines = markdown.lines().toList();
    for (org.jsoup.nodes.Element element : fragment.body().select("[href], [src]")) {
      String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
      int line = firstLine;
      for (int i = 0; i < lines.size() && !target.isEmpty(); i++) {
        if (lines.get(i).contains(target)) {
          line = firstLine + i;
          break;
        }
      }
      element.attr("data-archdoc-source", sourceFile + ":" + line);
    }
    return fragment.body().html();
  }

  /**
   * Prose written in code starts its own outline ({@code //! # The Raft core}), but on the site it
   * sits under the page's title and a section heading: its headings move down two levels, so a
   * page keeps one {@code h1} and a screen reader's outline stays true.
   */
  private static String belowPageHeadings(String html) {
    if (html == null || !html.contains("<h")) {
      return html;
    }
    org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html);
    fragment.outputSettings().prettyPrint(false);
    for (org.jsoup.nodes.Element heading : fragment.body().select("h1, h2, h3, h4")) {
      int level = heading.tagName().charAt(1) - '0';
      heading.tagName("h" + Math.min(6, level + 2));
    }
    return fragment.body().html();
  }

  /**
   * Javadoc and {@code //!} prose are read as Markdown, so text that merely looks like a link
   * ({@code "superseded by [ADR-19](0019-x.md)"} in a parser's docs) would become a link to a file
   * next to the source that does not exist. Such links are shown as their text; a link to a doc
   * that exists is kept and published like any doc link.
   */
  private String unlinkDangling(String markdown, Page page) {
    String result = markdown;
    for (DocLink link : page.docLinks()) {
      if (!Files.exists(project.root().resolve(link.to()))) {
        result = result.replaceAll(
            "\\[([^\\]]*)\\]\\(\\s*" + Pattern.quote(link.target()) + "\\s*\\)",
            "$1");
      }
    }
    return result;
  }

  /** A diagram as inline SVG, its links pointing from {@code fromPage}, with what drawing it found. */
  RenderedDiagram diagram(SystemModel system, DiagramSource source, String fromPage) {
    return diagrams.render(source, codeUrls(system, fromPage));
  }

  /**
   * A generated diagram that the system's diagrams page shows too (layers, packages, decisions):
   * drawn once, with its links written from the diagrams page, and moved to {@code fromPage} by
   * rewriting its relative links. Drawn per page, links differ, so neither the diagram cache nor
   * the in-flight sharing would spare the second drawing.
   *
   * @param source the diagram, its links written from the page it is given
   */
  RenderedDiagram sharedDiagram(SystemModel system, Function<String, DiagramSource> source, String fromPage) {
    String drawnFor = map.diagrams(system.config());
    RenderedDiagram drawn = diagram(system, source.apply(drawnFor), drawnFor);
    return fromPage.equals(drawnFor) ? drawn
        : new RenderedDiagram(moved(drawn.svg(), drawnFor, fromPage), drawn.findings());
  }

  /** Relative links of HTML written for the page {@code from}, rewritten to lead to the same places from {@code to}. */
  static String moved(String html, String from, String to) {
    String fromFolder = from.substring(0, from.lastIndexOf('/') + 1);
    String prefix = to.startsWith(fromFolder)
        ? SiteMap.rootOf(to.substring(fromFolder.length()))
        : SiteMap.rootOf(to) + fromFolder;
    return prefix.isEmpty() ? html : RELATIVE_LINK.matcher(html).replaceAll("$1" + Matcher.quoteReplacement(prefix));
  }

  /** An {@code href} or {@code xlink:href} that is neither absolute, nor a URL with a scheme, nor a fragment. */
  private static final Pattern RELATIVE_LINK = Pattern.compile("(\\s(?:xlink:)?href=\")(?![a-zA-Z][a-zA-Z0-9+.-]*:|#|/)");

  /** The fields every template that shows an ADR link uses: see {@link AdrLabels#summary}. */
  Map<String, Object> adrSummary(SystemModel system, Adr adr, String fromPage) {
    return AdrLabels.summary(system, adr, SiteMap.relative(fromPage, map.doc(system.config(), adr.file())));
  }

  Adr adr(SystemModel system, AdrId id) {
    return system.docs().decisions().graph().adr(id).orElse(null);
  }

  /** The text of rendered HTML, for the search index. */
  static String text(String html) {
    return html == null ? "" : Jsoup.parse(html).text();
  }
}
