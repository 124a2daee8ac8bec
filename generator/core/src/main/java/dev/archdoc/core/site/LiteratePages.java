package dev.archdoc.core.site;

import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.CodeMember;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.Doc;
import dev.archdoc.doclet.model.Prose;
import dev.archdoc.doclet.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Literate views: each source file as prose interleaved with its code, after Gordon Guthrie's
 * literate code reader. The {@code //!} prose replaces its comment lines; type and member Javadoc
 * is shown before the declaration it documents, at a level the reader picks (prose only, plus type
 * docs, plus member docs). Pages mirror the source tree and say they are generated.
 */
final class LiteratePages {

  /** One thing shown before a line of code. */
  private record Insert(int line, int order, String kind, String label, String html, int skipTo) {}

  private final Rendering r;
  private final SystemModel system;

  LiteratePages(Rendering r, SystemModel system) {
    this.r = r;
    this.system = system;
  }

  List<SourceFile> files() {
    return system.code().files().stream().filter(f -> r.hasLiterateView(system, f.path())).toList();
  }

  SitePage page(SourceFile file) {
    String path = r.map.source(system.config(), file.path());
    List<String> lines;
    List<dev.archdoc.core.finding.Finding> found = new ArrayList<>();
    try {
      lines = Files.readAllLines(r.project.root().resolve(file.path()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      found.add(dev.archdoc.core.finding.Finding.error(dev.archdoc.core.finding.DriftRule.BROKEN_LINK.id(), Path.of(file.path()), 0,
          "cannot read the source for its literate view: " + e.getMessage()));
      lines = List.of();
    }
    Map<Integer, List<Insert>> inserts = new TreeMap<>();
    StringBuilder search = new StringBuilder(file.path());
    for (Prose prose : file.prose()) {
      add(inserts, prose(prose, path, 0), search);
    }
    List<Map<String, Object>> typeLinks = new ArrayList<>();
    for (CodeType type : system.code().types()) {
      if (!type.span().file().equals(file.path())) {
        continue;
      }
      typeLinks.add(Map.of("name", CodePages.nestedName(type),
          "href", SiteMap.relative(path, r.typePlace(system, type))));
      for (Prose prose : type.prose()) {
        add(inserts, prose(prose, path, 1), search);
      }
      add(inserts, doc(file.path(), type.span().startLine(), "type", CodePages.nestedName(type), type.doc(), path), search);
      for (CodeMember member : type.members()) {
        for (Prose prose : member.prose()) {
          add(inserts, prose(prose, path, 1), search);
        }
        String label = CodePages.nestedName(type) + "." + member.name();
        add(inserts, doc(file.path(), member.span().startLine(), "member", label, member.doc(), path), search);
      }
    }
    List<Map<String, Object>> blocks = new ArrayList<>();
    StringBuilder code = new StringBuilder();
    JavaHighlighter colours = new JavaHighlighter();
    List<String> coloured = lines.stream().map(colours::line).toList();
    int line = 1;
    while (line <= lines.size()) {
      int next = line + 1;
      for (Insert insert : inserts.getOrDefault(line, List.of())) {
        flush(code, blocks);
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("proseHtml", insert.html());
        block.put("kind", insert.kind());
        block.put("label", insert.label());
        blocks.add(block);
        next = Math.max(next, insert.skipTo() + 1);
      }
      if (next == line + 1) {
        appendLine(code, line, coloured.get(line - 1));
      } else {
        // the //! lines themselves are shown as prose; keep their anchors so links still land
        for (int hidden = line; hidden < next && hidden <= lines.size(); hidden++) {
          code.append("<span id=\"").append(SiteMap.lineAnchor(hidden)).append("\"></span>");
        }
      }
      line = next;
    }
    flush(code, blocks);
    Path source = Path.of(file.path());
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", source.getFileName().toString());
    c.put("folder", source.getParent() == null ? "" : SiteMap.slashes(source.getParent()));
    c.put("sourceIndexHref", SiteMap.relative(path, r.map.sources(system.config())));
    c.put("types", typeLinks);
    c.put("blocks", blocks);
    return SitePage.of(path, source.getFileName().toString(), system.name(), r.theme.render("literate", c))
        .generatedFrom(file.path())
        .searchable("source", search.toString())
        .withFindings(found);
  }

  private void add(Map<Integer, List<Insert>> inserts, Insert insert, StringBuilder search) {
    if (insert == null || insert.html() == null) {
      return;
    }
    List<Insert> at = inserts.computeIfAbsent(insert.line(), k -> new ArrayList<>());
    at.add(insert);
    at.sort(java.util.Comparator.comparingInt(Insert::order));
    if (insert.kind().equals("prose")) {
      search.append(' ').append(Rendering.text(insert.html()));
    }
  }

  private Insert prose(Prose prose, String path, int order) {
    String html = r.markdown(system, prose.span().file(), prose.span().startLine(), prose.markdown(), path);
    return new Insert(prose.span().startLine(), order, "prose", null, html, prose.span().endLine());
  }

  private Insert doc(String sourceFile, int line, String kind, String label, Doc doc, String path) {
    if (doc.isEmpty()) {
      return null;
    }
    String html = r.markdown(system, sourceFile, line, doc.body(), path);
    return new Insert(line, 2, kind, label, html, line - 1);
  }

  /** One numbered line of code; {@code html} is already escaped and coloured. */
  private static void appendLine(StringBuilder code, int number, String html) {
    String anchor = SiteMap.lineAnchor(number);
    code.append("<a class=\"ln\" id=\"").append(anchor).append("\" href=\"#").append(anchor).append("\">")
        .append(number).append("</a>").append(html).append('\n');
  }

  private static void flush(StringBuilder code, List<Map<String, Object>> blocks) {
    if (code.length() > 0) {
      blocks.add(Map.of("codeHtml", code.toString()));
      code.setLength(0);
    }
  }

  /** Source lines {@code from..to} as a numbered code block linking into the literate view. */
  static String snippet(List<String> lines, int from, int to) {
    StringBuilder code = new StringBuilder();
    JavaHighlighter colours = new JavaHighlighter();
    for (int line = Math.max(1, from); line <= Math.min(to, lines.size()); line++) {
      code.append("<span class=\"ln\">").append(line).append("</span>").append(colours.line(lines.get(line - 1))).append('\n');
    }
    return code.toString();
  }
}
