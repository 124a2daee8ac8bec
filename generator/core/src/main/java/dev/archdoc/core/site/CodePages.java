package dev.archdoc.core.site;

import dev.archdoc.core.config.Layer;
import dev.archdoc.core.diagram.RenderedDiagram;
import dev.archdoc.core.diagram.generated.GeneratedDiagrams;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.link.Governance;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.CodeMember;
import dev.archdoc.doclet.model.CodePackage;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.Dependency;
import dev.archdoc.doclet.model.Doc;
import dev.archdoc.doclet.model.Prose;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The system as the code model sees it: the overview with the layer and package diagrams, a page
 * per package, and a page per type with its docs, prose, decisions and dependencies both ways.
 */
final class CodePages {

  private final Rendering r;
  private final SystemModel system;
  /** For each type, the types of this system that use it, and how. */
  private final Map<String, Map<String, Set<String>>> usedBy = new TreeMap<>();

  CodePages(Rendering r, SystemModel system) {
    this.r = r;
    this.system = system;
    for (Dependency dependency : system.code().dependencies()) {
      if (!dependency.external() && !dependency.from().equals(dependency.to())) {
        usedBy.computeIfAbsent(dependency.to(), k -> new TreeMap<>())
            .computeIfAbsent(dependency.from(), k -> new TreeSet<>())
            .add(words(dependency.kind().name()));
      }
    }
  }

  List<CodeType> types() {
    return system.code().types();
  }

  SitePage overview() {
    String path = r.map.code(system.config());
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("systemTitle", system.config().title());
    c.put("typeCount", system.code().types().size());
    c.put("packageCount", system.code().packages().size());
    c.put("sourceIndexHref", SiteMap.relative(path, r.map.sources(system.config())));
    boolean layered = !system.config().layers().isEmpty();
    List<Finding> found = new ArrayList<>();
    c.put("hasLayers", layered);
    if (layered) {
      c.put("layersSvg", svg(r.sharedDiagram(system, from -> GeneratedDiagrams.layers(system.config(), system.code()), path), found));
      List<Map<String, Object>> layers = new ArrayList<>();
      for (Layer layer : system.config().layers()) {
        List<Map<String, Object>> packages = new ArrayList<>();
        for (CodePackage pkg : system.code().packages()) {
          if (system.config().layerOf(pkg.name()).map(l -> l.name().equals(layer.name())).orElse(false)) {
            packages.add(Map.of("name", pkg.name(), "href", SiteMap.relative(path, r.map.packagePage(system.config(), pkg.name()))));
          }
        }
        layers.add(Map.of("name", layer.name(), "packages", packages));
      }
      c.put("layers", layers);
    }
    c.put("packagesSvg", svg(r.sharedDiagram(system, from -> GeneratedDiagrams.packages(system.code()), path), found));
    List<Map<String, Object>> packages = new ArrayList<>();
    for (CodePackage pkg : system.code().packages()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", pkg.name());
      item.put("href", SiteMap.relative(path, r.map.packagePage(system.config(), pkg.name())));
      item.put("typeCount", system.code().typesIn(pkg.name()).size());
      item.put("summaryHtml", docHtml(pkg.packageInfo() == null ? null : pkg.packageInfo().file(), 1, pkg.doc().firstSentence(), path));
      packages.add(item);
    }
    c.put("packages", packages);
    return SitePage.of(path, "System: " + system.config().title(), system.name(), r.theme.render("code", c))
        .withFindings(found);
  }

  SitePage packagePage(CodePackage pkg) {
    String path = r.map.packagePage(system.config(), pkg.name());
    String file = pkg.packageInfo() == null ? null : pkg.packageInfo().file();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", pkg.name());
    c.put("codeHref", SiteMap.relative(path, r.map.code(system.config())));
    c.put("layer", system.config().layerOf(pkg.name()).map(Layer::name).orElse(null));
    String doc = docHtml(file, pkg.packageInfo() == null ? 1 : pkg.packageInfo().startLine(), pkg.doc().body(), path);
    c.put("docHtml", doc);
    String prose = prose(file, pkg.prose(), path);
    c.put("proseHtml", prose);
    List<Map<String, Object>> decisions = decisions(pkg.name(), path);
    c.put("decisions", decisions);
    c.put("hasDecisions", !decisions.isEmpty());
    List<Map<String, Object>> types = new ArrayList<>();
    List<String[]> listedHere = new ArrayList<>(); // search finds a type without a page of its own here
    for (CodeType type : system.code().types()) {
      if (type.packageName().equals(pkg.name())) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", nestedName(type));
        item.put("anchor", SiteMap.typeAnchor(type));
        boolean ownPage = r.shown(system).hasPage(type);
        item.put("href", ownPage ? SiteMap.relative(path, r.map.typePage(system.config(), type)) : null);
        item.put("sourceHref", ownPage ? null : sourceHref(path, type.span().file(), type.span().startLine()));
        item.put("kind", lower(type.kind().name()));
        boolean inFull = r.shown(system).inFullOnPackagePage(type);
        item.put("visibility", ownPage || inFull ? null : visibility(type.modifiers()));
        if (!ownPage) {
          listedHere.add(new String[] {nestedName(type), SiteMap.typeAnchor(type)});
        }
        item.put("summaryHtml", docHtml(type.span().file(), type.span().startLine(), type.doc().firstSentence(), path));
        item.put("inFull", inFull);
        item.put("declaration", inFull ? declaration(type) : null);
        List<Map<String, Object>> members = new ArrayList<>();
        if (inFull) {
          for (CodeMember member : sourceOrder(type.members())) {
            if (isNoise(member) || !r.shown(system).shows(type, member)) {
              continue;
            }
            String anchor = SiteMap.memberAnchorOnPackagePage(type, member.id());
            members.add(Map.of("anchor", anchor, "signature", withoutPackages(member.signature())));
            String name = nestedName(type) + "." + member.name();
            if (listedHere.stream().noneMatch(known -> known[0].equals(name))) {
              listedHere.add(new String[] {name, anchor, "member"});
            }
          }
        }
        item.put("members", members);
        item.put("hasMembers", !members.isEmpty());
        types.add(item);
      }
    }
    c.put("types", types);
    c.put("typeCount", types.size());
    List<Finding> found = new ArrayList<>();
    c.put("svg", types.isEmpty() ? null : svg(r.diagram(system, GeneratedDiagrams.typesOf(system.code(), pkg.name()), path), found));
    return SitePage.of(path, "Package " + pkg.name(), system.name(), r.theme.render("package", c))
        .searchable("package", pkg.name() + " " + Rendering.text(doc) + " " + Rendering.text(prose))
        .withSearchMembers(listedHere)
        .withFindings(found);
  }

  /** {@code public final class Foo<T> extends Bar implements Baz}: a type as its source declares it. */
  static String declaration(CodeType type) {
    StringBuilder text = new StringBuilder();
    // javac reports what Java implies (an enum is final, a nested record static): the source does not say it
    List<String> implied = switch (type.kind()) {
      case ENUM, RECORD -> List.of("static", "final");
      case INTERFACE, ANNOTATION -> List.of("static", "abstract");
      default -> List.of();
    };
    for (String modifier : type.modifiers()) {
      if (!implied.contains(modifier)) {
        text.append(modifier).append(' ');
      }
    }
    text.append(switch (type.kind()) {
      case ANNOTATION -> "@interface";
      default -> lower(type.kind().name());
    }).append(' ').append(type.simpleName());
    if (!type.typeParameters().isEmpty()) {
      text.append('<').append(String.join(", ", type.typeParameters())).append('>');
    }
    if (type.superclass() != null && !type.superclass().equals("java.lang.Object")) {
      text.append(" extends ").append(type.superclass());
    }
    if (!type.interfaces().isEmpty()) {
      text.append(type.kind() == CodeType.Kind.INTERFACE ? " extends " : " implements ").append(String.join(", ", type.interfaces()));
    }
    return withoutPackages(text.toString());
  }

  /** The drawing's SVG; what drawing it found goes to {@code found}, the page's own list. */
  private static String svg(RenderedDiagram drawn, List<Finding> found) {
    found.addAll(drawn.findings());
    return drawn.svg();
  }

  SitePage typePage(CodeType type) {
    String path = r.map.typePage(system.config(), type);
    String file = type.span().file();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("kind", lower(type.kind().name()));
    c.put("name", nestedName(type));
    c.put("qualifiedName", type.qualifiedName());
    c.put("packageName", type.packageName());
    c.put("codeHref", SiteMap.relative(path, r.map.code(system.config())));
    c.put("packageHref", SiteMap.relative(path, r.map.packagePage(system.config(), type.packageName())));
    c.put("layer", system.config().layerOf(type.packageName()).map(Layer::name).orElse(null));
    c.put("sourceHref", sourceHref(path, file, type.span().startLine()));
    c.put("summaryHtml", docHtml(file, type.span().startLine(), type.doc().firstSentence(), path));
    // a one-sentence comment is the summary already; show the body only when it says more
    boolean saysMore = !type.doc().body().strip().equals(type.doc().firstSentence().strip()) || !type.doc().blockTags().isEmpty();
    String doc = saysMore ? fullDoc(file, type.span().startLine(), type.doc(), path) : null;
    c.put("docHtml", doc);
    // a top-level type's notes include its file's: that is where a file's story is usually told
    List<Prose> notes = new ArrayList<>();
    system.code().files().stream()
        .filter(f -> f.path().equals(file) && type.enclosingType() == null && f.types().contains(type.qualifiedName()))
        .findFirst()
        .ifPresent(f -> notes.addAll(f.prose()));
    notes.addAll(type.prose());
    String prose = prose(file, notes, path);
    c.put("proseHtml", prose);
    List<Map<String, Object>> decisions = decisions(type.qualifiedName(), path);
    decisions.addAll(memberDecisions(type, path, decisions));
    c.put("decisions", decisions);
    c.put("hasDecisions", !decisions.isEmpty());
    StringBuilder searchText = new StringBuilder(type.qualifiedName()).append(' ')
        .append(Rendering.text(doc)).append(' ').append(Rendering.text(prose));
    List<Map<String, Object>> members = new ArrayList<>();
    List<String[]> searchMembers = new ArrayList<>();
    for (CodeMember member : sourceOrder(type.members())) {
      if (isNoise(member) || !r.shown(system).shows(type, member)) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("anchor", SiteMap.memberAnchor(member.id()));
      m.put("name", displayName(member));
      m.put("kind", lower(member.kind().name()));
      m.put("signature", withoutPackages(member.signature()));
      String memberDoc = fullDoc(file, member.span().startLine(), member.doc(), path);
      String memberProse = prose(file, member.prose(), path);
      m.put("docHtml", memberDoc);
      m.put("proseHtml", memberProse);
      List<Map<String, Object>> cited = new ArrayList<>();
      for (var citation : system.links().citationsOn(member.id())) {
        citation.adr().map(id -> r.adr(system, id)).ifPresent(adr -> cited.add(r.adrSummary(system, adr, path)));
      }
      m.put("decisions", cited);
      m.put("sourceHref", sourceHref(path, file, member.span().startLine()));
      m.put("lineRange", member.span().startLine() + "–" + member.span().endLine());
      members.add(m);
      searchText.append(' ').append(Rendering.text(memberProse));
      if (searchMembers.stream().noneMatch(known -> known[0].equals(member.name()))) {
        searchMembers.add(new String[] {member.name(), (String) m.get("anchor")});
      }
    }
    c.put("members", members);
    c.put("hasMembers", !members.isEmpty());
    List<Map<String, Object>> uses = new ArrayList<>();
    Map<String, Set<String>> usesByType = new TreeMap<>();
    for (Dependency dependency : system.code().dependenciesOf(type.qualifiedName())) {
      if (!dependency.external() && !dependency.to().equals(type.qualifiedName())) {
        usesByType.computeIfAbsent(dependency.to(), k -> new TreeSet<>()).add(words(dependency.kind().name()));
      }
    }
    usesByType.forEach((to, kinds) -> uses.add(dependencyItem(to, kinds, path)));
    List<Map<String, Object>> users = new ArrayList<>();
    usedBy.getOrDefault(type.qualifiedName(), Map.of()).forEach((from, kinds) -> users.add(dependencyItem(from, kinds, path)));
    c.put("uses", uses.size() > LONG_LIST ? List.of() : uses);
    c.put("usesByPackage", uses.size() > LONG_LIST ? byPackage(usesByType.keySet(), path) : List.of());
    c.put("hasUses", !uses.isEmpty());
    Set<String> userNames = usedBy.getOrDefault(type.qualifiedName(), Map.of()).keySet();
    c.put("usedBy", users.size() > LONG_LIST ? List.of() : users);
    c.put("usedByPackage", users.size() > LONG_LIST ? byPackage(userNames, path) : List.of());
    c.put("hasUsedBy", !users.isEmpty());
    return SitePage.of(path, nestedName(type), system.name(), r.theme.render("type", c))
        .searchable("type", searchText.toString())
        .withSearchMembers(searchMembers);
  }

  /** Decisions that only some members carry out, so the type page shows them too. */
  private List<Map<String, Object>> memberDecisions(CodeType type, String path, List<Map<String, Object>> already) {
    Set<String> seen = new TreeSet<>();
    already.forEach(item -> seen.add((String) item.get("displayId")));
    List<Map<String, Object>> found = new ArrayList<>();
    for (CodeMember member : sourceOrder(type.members())) {
      for (Governance governance : system.links().governing(member.id())) {
        Adr adr = r.adr(system, governance.adr());
        if (adr == null || !governance.via().equals(member.id()) || !seen.add(adr.displayId())) {
          continue;
        }
        Map<String, Object> item = r.adrSummary(system, adr, path);
        String how = governance.how() == Governance.How.GOVERNS ? "names" : "cited with @Decision on";
        item.put("how", how + " " + displayName(member));
        found.add(item);
      }
    }
    return found;
  }

  /**
   * A long list of types as one line per package: the package's page and its types' names. A type
   * the whole code base uses (JabRef's BibEntry: 1,000 users) listed one link a line made a 200 KB
   * page nobody reads through; by package it says which parts depend on it.
   */
  private List<Map<String, Object>> byPackage(Set<String> typeNames, String path) {
    Map<String, List<String>> names = new TreeMap<>();
    for (String name : typeNames) {
      var type = system.code().findType(name);
      String pkg = type.map(CodeType::packageName).orElse(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
      names.computeIfAbsent(pkg, k -> new ArrayList<>()).add(type.map(CodePages::nestedName).orElse(name));
    }
    List<Map<String, Object>> groups = new ArrayList<>();
    names.forEach((pkg, types) -> {
      Map<String, Object> group = new LinkedHashMap<>();
      group.put("name", pkg);
      group.put("href", system.code().packages().stream().anyMatch(p -> p.name().equals(pkg))
          ? SiteMap.relative(path, r.map.packagePage(system.config(), pkg)) : null);
      group.put("count", types.size());
      group.put("types", String.join(", ", types));
      groups.add(group);
    });
    return groups;
  }

  private Map<String, Object> dependencyItem(String typeName, Set<String> kinds, String path) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("name", typeName);
    item.put("href", system.code().findType(typeName).map(t -> SiteMap.relative(path, r.typePlace(system, t))).orElse(null));
    item.put("kinds", String.join(", ", kinds));
    return item;
  }

  private List<Map<String, Object>> decisions(String elementId, String path) {
    List<Map<String, Object>> decisions = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (Governance governance : system.links().governing(elementId)) {
      Adr adr = r.adr(system, governance.adr());
      if (adr == null || !seen.add(adr.id().toString())) {
        continue;
      }
      Map<String, Object> item = r.adrSummary(system, adr, path);
      String via = governance.via().equals(elementId) ? "" : " on " + governance.via();
      item.put("how", governance.how() == Governance.How.GOVERNS ? "names it" + via : "cited with @Decision" + via);
      decisions.add(item);
    }
    return decisions;
  }

  private String sourceHref(String fromPage, String file, int line) {
    if (!r.hasLiterateView(system, file)) {
      return null; // excluded from literate views: nothing to link to
    }
    return SiteMap.relative(fromPage, r.map.source(system.config(), file) + "#" + SiteMap.lineAnchor(line));
  }

  private String docHtml(String file, int line, String markdown, String path) {
    return file == null && (markdown == null || markdown.isBlank())
        ? null
        : r.markdown(system, file == null ? "package-info.java" : file, line, markdown, path);
  }

  /** The main description, then the block tags a reader of architecture docs cares about. */
  private String fullDoc(String file, int line, Doc doc, String path) {
    if (doc.isEmpty()) {
      return null;
    }
    StringBuilder markdown = new StringBuilder(doc.body());
    for (var tag : doc.blockTags()) {
      if (List.of("param", "return", "throws", "see").contains(tag.name())) {
        markdown.append("\n\n**").append(tag.name()).append("**")
            .append(tag.argument() == null || tag.argument().isBlank() ? "" : " `" + tag.argument() + "`")
            .append(" ").append(tag.text());
      }
    }
    return r.markdown(system, file, line, markdown.toString(), path);
  }

  private String prose(String file, List<Prose> prose, String path) {
    if (prose.isEmpty()) {
      return null;
    }
    StringBuilder html = new StringBuilder();
    for (Prose block : prose) {
      html.append(r.markdown(system, block.span().file(), block.span().startLine(), block.markdown(), path));
    }
    return html.toString();
  }

  /** More types than this in a dependency list are listed by package. */
  static final int LONG_LIST = 60;

  private boolean isNoise(CodeMember member) {
    return ShownCode.isNoise(member, system.links());
  }

  /** {@code step(RaftState, Input)}: parameter types by simple name, as a reader says them. */
  static String displayName(CodeMember member) {
    if (!member.isExecutable()) {
      return member.name();
    }
    List<String> types = member.parameters().stream().map(p -> withoutPackages(p.type())).toList();
    return member.name() + "(" + String.join(", ", types) + ")";
  }

  static String withoutPackages(String javaText) {
    return javaText == null ? "" : javaText.replaceAll("\\b(?:[a-z_][\\w]*\\.)+(?=[A-Z_$a-z])", "");
  }

  static List<CodeMember> sourceOrder(List<CodeMember> members) {
    List<CodeMember> ordered = new ArrayList<>(members);
    ordered.sort(java.util.Comparator.comparingInt((CodeMember m) -> m.span().startLine()).thenComparing(CodeMember::id));
    return ordered;
  }

  static String nestedName(CodeType type) {
    return type.packageName().isEmpty() ? type.qualifiedName() : type.qualifiedName().substring(type.packageName().length() + 1);
  }

  /** How far a type without a page of its own is visible, as Java says it. */
  private static String visibility(List<String> modifiers) {
    return modifiers.contains("private") ? "private" : modifiers.contains("public") ? "public" : "package-private";
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String words(String name) {
    return lower(name);
  }
}
