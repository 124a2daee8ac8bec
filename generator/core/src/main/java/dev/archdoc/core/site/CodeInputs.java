package dev.archdoc.core.site;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.cache.Digest;
import dev.archdoc.core.link.Citation;
import dev.archdoc.core.link.Links;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.CodeMember;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodePackage;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.Dependency;
import dev.archdoc.doclet.model.SourceFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the pages of one system read of its code, piece by piece, for their cache keys
 * ({@link PageKeys}): a page's key holds the pieces it shows, so a saved Java file renders again the
 * pages that show what changed and no others.
 *
 * <ul>
 *   <li>a type's <b>whole</b>: everything the model knows of it and its members (signatures,
 *       docs, prose, lines, body fingerprints), for the pages that show it in full (its own page,
 *       its file's literate view);
 *   <li>a type's <b>place</b>: where a link to it leads (its name, package, whether it has a page)
 *       and its kind: what a page listing it among dependencies or governed code shows;
 *   <li>a name's <b>link</b>: what a {@code code:} reference to it or to one of its members resolves
 *       to (the type's place, its members in source order with whether the page lists them; or the
 *       package; or nothing);
 *   <li>the system's <b>outline</b>: every package, every type's declaration without bodies, docs
 *       or lines, the uses between types, the source files, which types have pages and which
 *       members are written about: what the pages that list all code show (the overview, diagrams,
 *       the homes).
 * </ul>
 *
 * <p>A page's references are found by reading its text for {@code code:} targets, broadly: any
 * {@code code:} followed by a name counts, whether or not it is a link, so none is missed.
 */
@Decision(value = "ADR-34", note = "the code a page shows, in pieces, for its cache key")
final class CodeInputs {

  /** {@code code:} and the type or package name of a target, and the {@code #} of a member's. */
  private static final Pattern REFERENCE = Pattern.compile("code:\\s*([\\w.$]+)\\s*(#?)");

  private final SystemModel system;
  private final CodeModel code;
  private final Links links;
  private final ShownCode shown;
  private final Map<String, Map<String, Set<String>>> usedBy = new HashMap<>();
  private final Map<String, SourceFile> filesByPath = new HashMap<>();
  private final Map<String, String> linkKeys = new ConcurrentHashMap<>();
  private final Map<String, String> wholes = new ConcurrentHashMap<>();
  private final String outline;

  CodeInputs(SystemModel system, ShownCode shown) {
    this.system = system;
    this.code = system.code();
    this.links = system.links();
    this.shown = shown;
    for (Dependency dependency : code.dependencies()) {
      if (!dependency.external() && !dependency.from().equals(dependency.to())) {
        usedBy.computeIfAbsent(dependency.to(), k -> new TreeMap<>())
            .computeIfAbsent(dependency.from(), k -> new TreeSet<>()).add(dependency.kind().name());
      }
    }
    code.files().forEach(file -> filesByPath.put(file.path(), file));
    this.outline = outlineOf();
  }

  /** Every package, type declaration and use between types, and what the site shows: no bodies, docs or lines. */
  String outline() {
    return outline;
  }

  private String outlineOf() {
    Digest digest = Digest.of("code outline").add(shown.linkFingerprint());
    for (CodePackage pkg : code.packages()) {
      digest.add(pkg.toString());
    }
    for (SourceFile file : code.files()) {
      digest.add(file.path());
    }
    for (CodeType type : code.types()) {
      digest.add(declaration(type));
    }
    Set<String> uses = new TreeSet<>();
    for (Dependency dependency : code.dependencies()) {
      uses.add(dependency.from() + " " + dependency.to() + " " + dependency.kind() + " " + dependency.external());
    }
    uses.forEach(digest::add);
    return digest.hex();
  }

  /** A type as a listing or a diagram shows it: its declaration and its members' names, no docs, bodies or lines. */
  private String declaration(CodeType type) {
    StringBuilder text = new StringBuilder(place(type)).append('\n').append(type.kind()).append(' ')
        .append(type.modifiers()).append(' ').append(type.typeParameters()).append(' ').append(type.superclass())
        .append(' ').append(type.interfaces()).append(' ').append(type.permittedSubtypes()).append(' ')
        .append(type.span().file()).append('\n');
    members(type, text);
    return text.toString();
  }

  /** The members in source order (a reference by name picks the first), with whether the type page lists them. */
  private void members(CodeType type, StringBuilder text) {
    for (CodeMember member : CodePages.sourceOrder(type.members())) {
      text.append(member.id()).append(' ').append(member.kind()).append(' ').append(member.modifiers()).append(' ')
          .append(shown.shows(type, member)).append(' ').append(ShownCode.isNoise(member, links)).append('\n');
    }
  }

  /** Where a link to a type leads: its page, or its entry on its package page. */
  String place(String typeName) {
    return code.findType(typeName).map(this::place).orElse("no type " + typeName);
  }

  private String place(CodeType type) {
    return type.kind() + " " + type.qualifiedName() + " in " + type.packageName() + " as " + type.simpleName()
        + (shown.hasPage(type) ? " with a page" : shown.inFullOnPackagePage(type) ? " in full on its package's" : " listed")
        + (code.findPackage(type.packageName()).isPresent() ? "" : " (package unlisted)");
  }

  /**
   * What a {@code code:} reference to this name resolves to: the type's place, or the package; with
   * {@code member}, a reference to one of its members, whose anchors depend on the members it has.
   */
  String link(String name, boolean member) {
    String normal = name.strip().replace('$', '.');
    return linkKeys.computeIfAbsent((member ? "#" : "") + normal, key -> linkOf(normal, member));
  }

  private String linkOf(String name, boolean member) {
    var type = code.findType(name);
    if (type.isPresent() && !member) {
      return place(type.get());
    }
    if (type.isPresent()) {
      StringBuilder text = new StringBuilder(place(type.get())).append('\n');
      members(type.get(), text);
      return text.toString();
    }
    return code.findPackage(name).isPresent() ? "package " + name : "nothing named " + name;
  }

  /** Adds what each {@code code:} reference in these texts resolves to. */
  void addReferences(Digest digest, Collection<String> texts) {
    Set<String> names = new TreeSet<>();
    for (String text : texts) {
      if (text != null && text.contains("code:")) {
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
          names.add(reference.group(2) + reference.group(1));
        }
      }
    }
    names.forEach(name -> digest.add(name.startsWith("#") ? link(name.substring(1), true) : link(name, false)));
  }

  /** Everything the model knows of a type and its members. */
  String whole(CodeType type) {
    return wholes.computeIfAbsent(type.qualifiedName(), name -> Digest.of("whole type").add(type.toString()).hex());
  }

  /** What a type's own page shows: see {@link CodePages#typePage}. */
  void addTypePage(Digest digest, CodeType type) {
    List<String> texts = new ArrayList<>(List.of(type.toString()));
    digest.add(whole(type)).add(place(type)).add(Boolean.toString(shown.hasLiterateView(type.span().file())));
    SourceFile file = filesByPath.get(type.span().file());
    if (file != null && type.enclosingType() == null) {
      digest.add(file.toString()); // a top-level type's page shows its file's prose
      texts.add(file.toString());
    }
    digest.add("governing").add(links.governing(type.qualifiedName()).toString());
    for (CodeMember member : type.members()) {
      digest.add(member.id()).add(Boolean.toString(shown.shows(type, member))).add(links.governing(member.id()).toString())
          .add(citedDecisions(member.id()));
    }
    Map<String, Set<String>> uses = new TreeMap<>();
    for (Dependency dependency : code.dependenciesOf(type.qualifiedName())) {
      if (!dependency.external()) {
        uses.computeIfAbsent(dependency.to(), k -> new TreeSet<>()).add(dependency.kind().name());
      }
    }
    addPlaces(digest.add("uses"), uses);
    addPlaces(digest.add("used by"), usedBy.getOrDefault(type.qualifiedName(), Map.of()));
    addReferences(digest, texts);
  }

  private void addPlaces(Digest digest, Map<String, Set<String>> types) {
    types.forEach((name, kinds) -> digest.add(place(name)).add(kinds.toString()));
  }

  private String citedDecisions(String elementId) {
    List<String> adrs = new ArrayList<>();
    for (Citation citation : links.citationsOn(elementId)) {
      adrs.add(citation.adr().map(Object::toString).orElse("-"));
    }
    return adrs.toString();
  }

  /** What a package's page shows: see {@link CodePages#packagePage}. */
  void addPackagePage(Digest digest, CodePackage pkg) {
    List<String> texts = new ArrayList<>(List.of(pkg.toString()));
    digest.add(pkg.toString()).add(links.governing(pkg.name()).toString());
    for (CodeType type : code.types()) {
      if (type.packageName().equals(pkg.name())) {
        digest.add(declaration(type)).add(type.span().startLine()).add(type.doc().firstSentence())
            .add(Boolean.toString(shown.hasLiterateView(type.span().file())));
        if (shown.inFullOnPackagePage(type)) {
          digest.add(whole(type)); // its members' signatures are on this page
        }
        texts.add(type.doc().firstSentence());
        Set<String> uses = new TreeSet<>();
        code.dependenciesOf(type.qualifiedName()).forEach(dependency -> uses.add(dependency.to()));
        digest.add(uses.toString());
      }
    }
    addReferences(digest, texts);
  }

  /** What a file's literate view shows: see {@link LiteratePages#page}; the file's own bytes are added apart. */
  void addLiterateView(Digest digest, SourceFile file) {
    List<String> texts = new ArrayList<>(List.of(file.toString()));
    digest.add(file.toString());
    for (CodeType type : code.types()) {
      if (type.span().file().equals(file.path())) {
        digest.add(whole(type)).add(place(type));
        texts.add(type.toString());
      }
    }
    addReferences(digest, texts);
  }

  /** What the index of literate views lists. */
  void addSourceIndex(Digest digest) {
    code.files().stream().filter(file -> shown.hasLiterateView(file.path())).forEach(file -> digest.add(file.path()));
  }

  /** What a decision's page lists of the code it governs: see {@link DecisionPages#adrPage}. */
  void addGoverned(Digest digest, dev.archdoc.core.docs.adr.AdrId adr) {
    for (String element : links.governedBy(adr)) {
      int hash = element.indexOf('#');
      digest.add(element).add(hash < 0 ? link(element, false) : link(element.substring(0, hash), true));
    }
  }

  /**
   * The texts of the diagram files a page may show, with their {@code code:} links: those a
   * Markdown page links to, or every one for an AsciiDoc page or a page that includes files into
   * its diagrams (known broadly).
   */
  List<String> diagramTexts(dev.archdoc.core.docs.page.Page page) {
    boolean any = page.format() != dev.archdoc.core.docs.page.PageFormat.MARKDOWN || page.source().contains("!include");
    Set<java.nio.file.Path> linked = new java.util.HashSet<>();
    page.docLinks().forEach(link -> linked.add(link.to().normalize()));
    return system.docs().diagrams().stream()
        .filter(diagram -> any || linked.contains(diagram.file().normalize()))
        .map(dev.archdoc.core.docs.ref.DiagramSource::text).toList();
  }
}
