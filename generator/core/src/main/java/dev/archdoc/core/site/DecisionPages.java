package dev.archdoc.core.site;

import dev.archdoc.core.diagram.RenderedDiagram;
import dev.archdoc.core.diagram.generated.GeneratedDiagrams;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.adr.AdrDate;
import dev.archdoc.core.docs.adr.AdrId;
import dev.archdoc.core.docs.adr.DecisionGraph;
import dev.archdoc.core.docs.adr.RelationKind;
import dev.archdoc.core.render.InlineMarkdown;
import dev.archdoc.core.render.RenderedPage;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.CodeElement;
import dev.archdoc.doclet.model.CodeMember;
import dev.archdoc.doclet.model.CodePackage;
import dev.archdoc.doclet.model.CodeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.archdoc.core.docs.page.Page;
import java.util.Optional;
import java.util.TreeMap;

/** The decisions of a system: one page per ADR, the index with filters, the timeline, the graph. */
final class DecisionPages {

  private final Rendering r;
  private final SystemModel system;
  private final DecisionGraph graph;

  DecisionPages(Rendering r, SystemModel system) {
    this.r = r;
    this.system = system;
    this.graph = system.docs().decisions().graph();
  }

  /** The pages that list every decision: the index, the timeline and the supersession graph. */
  List<SitePage> lists() {
    return List.of(index(), timeline(), graphPage());
  }

  List<Adr> adrs() {
    return graph.adrs();
  }

  SitePage adrPage(Adr adr) {
    String path = r.map.doc(system.config(), adr.file());
    Map<String, Object> c = r.adrSummary(system, adr, path);
    c.put("indexHref", SiteMap.relative(path, r.map.decisions(system.config())));
    c.put("date", adr.date().map(AdrDate::shown).orElse(null));
    c.put("deciders", adr.deciders().isEmpty() ? null : String.join(", ", adr.deciders()));
    c.put("tags", adr.tags());
    c.put("hasTags", !adr.tags().isEmpty());
    c.put("file", SiteMap.slashes(adr.file()));
    Optional<Adr> replacement = graph.currentReplacement(adr.id());
    c.put("supersededBy", replacement.map(next -> link(next, path)).orElse(null));
    c.put("retiredWithoutSuccessor", replacement.isEmpty() && AdrLabels.isRetired(system, adr));
    c.put("relations", relations(adr, path));
    Optional<RenderedPage> rendered = system.docs().bodyOf(adr).map(page -> r.render(system, page, path));
    String body = rendered.map(RenderedPage::html).orElse("");
    c.put("bodyHtml", body);
    List<Map<String, Object>> governed = new ArrayList<>();
    for (String element : system.links().governedBy(adr.id())) {
      Optional<CodeElement> found = system.code().resolve(element);
      if (found.isPresent()) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("href", SiteMap.relative(path, r.url(system, found.get())));
        item.put("label", element);
        item.put("kind", kindOf(found.get()));
        governed.add(item);
      }
    }
    c.put("governed", governed);
    c.put("hasGoverned", !governed.isEmpty());
    String title = adr.displayId() + ": " + InlineMarkdown.text(adr.title());
    return SitePage.of(path, title, system.name(), r.theme.render("adr", c))
        .searchable("decision", InlineMarkdown.text(adr.title()) + " " + Rendering.text(body))
        .withFindings(rendered.map(RenderedPage::findings).orElse(List.of()));
  }

  private List<Map<String, Object>> relations(Adr adr, String path) {
    Map<String, Map<String, Object>> relations = new TreeMap<>();
    for (DecisionGraph.Edge edge : graph.relationsOf(adr.id())) {
      if (!edge.from().equals(adr.id())) {
        continue;
      }
      Adr other = r.adr(system, edge.to());
      if (other == null) {
        continue;
      }
      Map<String, Object> item = link(other, path);
      item.put("label", label(edge.kind()));
      relations.put(edge.kind().ordinal() + "/" + other.id(), item);
    }
    return List.copyOf(relations.values());
  }

  private static String label(RelationKind kind) {
    String words = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private Map<String, Object> link(Adr adr, String fromPage) {
    Map<String, Object> link = new LinkedHashMap<>();
    link.put("href", SiteMap.relative(fromPage, r.map.doc(system.config(), adr.file())));
    link.put("label", adr.displayId() + ": " + InlineMarkdown.text(adr.title()));
    link.put("text", adr.displayId() + ": " + InlineMarkdown.text(adr.title()));
    return link;
  }

  private Map<String, Object> row(Adr adr, String path) {
    Map<String, Object> row = r.adrSummary(system, adr, path);
    row.put("date", adr.date().map(AdrDate::shown).orElse(""));
    row.put("tags", adr.tags());
    row.put("hasTags", !adr.tags().isEmpty());
    row.put("supersededBy", graph.currentReplacement(adr.id()).map(next -> link(next, path)).orElse(null));
    return row;
  }

  private SitePage index() {
    String path = r.map.decisions(system.config());
    Map<String, Object> c = navigation(path);
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, String> labels = new TreeMap<>();
    for (Adr adr : graph.adrs()) {
      Map<String, Object> row = row(adr, path);
      rows.add(row);
      counts.merge((String) row.get("statusClass"), 1, Integer::sum);
      labels.put((String) row.get("statusClass"), (String) row.get("statusLabel"));
    }
    List<Map<String, Object>> statuses = new ArrayList<>();
    counts.forEach((key, count) -> statuses.add(Map.of("key", key, "label", labels.get(key), "count", count)));
    java.util.Set<String> tags = new java.util.TreeSet<>();
    graph.adrs().forEach(adr -> tags.addAll(adr.tags()));
    c.put("allTags", List.copyOf(tags));
    c.put("hasTags", !tags.isEmpty());
    c.put("rows", rows);
    c.put("statuses", statuses);
    c.put("total", rows.size());
    Optional<Page> intro = DecisionIntro.of(r.map, system);
    c.put("heading", intro.map(Page::title).orElse("Decisions"));
    Optional<RenderedPage> introPage = intro.map(page -> r.render(system, page, path));
    introPage.ifPresent(page -> c.put("introHtml", DecisionIntro.withoutTitle(page.html())));
    return SitePage.of(path, intro.map(Page::title).orElse("Decisions"), system.name(), r.theme.render("decisions", c))
        .withFindings(introPage.map(RenderedPage::findings).orElse(List.of()));
  }

  private SitePage timeline() {
    String path = r.map.timeline(system.config());
    Map<String, Object> c = navigation(path);
    List<Adr> dated = new ArrayList<>(graph.adrs());
    // by date, then id; undated decisions last, in id order
    dated.sort(Comparator.comparing((Adr a) -> a.date().flatMap(d -> d.date()).isEmpty())
        .thenComparing(a -> a.date().flatMap(d -> d.date()).map(Object::toString).orElse(""))
        .thenComparing(Adr::id));
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Adr adr : dated) {
      Map<String, Object> entry = row(adr, path);
      entry.put("date", adr.date().map(AdrDate::shown).orElse("undated"));
      entries.add(entry);
    }
    c.put("entries", entries);
    return SitePage.of(path, "Decision timeline", system.name(), r.theme.render("timeline", c));
  }

  private SitePage graphPage() {
    String path = r.map.decisionGraph(system.config());
    Map<String, Object> c = navigation(path);
    RenderedDiagram drawn = r.sharedDiagram(system, from -> GeneratedDiagrams.decisions(graph, id -> adrUrl(id, from)), path);
    c.put("svg", drawn.svg());
    return SitePage.of(path, "Supersession graph", system.name(), r.theme.render("graph", c))
        .withFindings(drawn.findings());
  }

  private String adrUrl(AdrId id, String fromPage) {
    Adr adr = r.adr(system, id);
    return adr == null ? null : SiteMap.relative(fromPage, r.map.doc(system.config(), adr.file()));
  }

  private Map<String, Object> navigation(String path) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("systemTitle", system.config().title());
    c.put("indexHref", SiteMap.relative(path, r.map.decisions(system.config())));
    c.put("timelineHref", SiteMap.relative(path, r.map.timeline(system.config())));
    c.put("graphHref", SiteMap.relative(path, r.map.decisionGraph(system.config())));
    return c;
  }

  static String kindOf(CodeElement element) {
    if (element instanceof CodePackage) {
      return "package";
    }
    if (element instanceof CodeType type) {
      return type.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
    return ((CodeMember) element).kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
