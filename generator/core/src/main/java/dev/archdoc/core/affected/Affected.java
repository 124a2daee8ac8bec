package dev.archdoc.core.affected;

import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.adr.AdrId;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.link.CodeLink;
import dev.archdoc.core.link.Governance;
import dev.archdoc.core.link.Links;
import dev.archdoc.core.link.Origin;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.CodeMember;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.SourceSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which docs a change concerns, and why: the decisions that govern changed code (by
 * {@code governs:} or {@code @Decision}), the pages, tours, ADR bodies and diagrams that reference
 * changed code (the changed element, a type around it, or its package), and the docs the change
 * edits itself. Pure: a function of the linked project and the changed lines.
 */
public final class Affected {

  private Affected() {}

  /** The kind of doc, in the order a report lists them. */
  public enum Kind {
    DECISION("decision"),
    PAGE("page"),
    TOUR("tour"),
    DIAGRAM("diagram"),
    OTHER("file");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /**
   * Why a doc is affected: it {@code states} something about {@code element}, and code of that
   * element changed in {@code file} at {@code lines}.
   *
   * @param states what the doc does: {@code governs}, {@code is cited by @Decision on},
   *     {@code references}
   * @param element the element the doc names (or the annotated element)
   * @param docLine the line of the doc where it says so; 0 when the code says it (@Decision)
   * @param changed the elements inside it whose lines changed, when they are not the element itself
   * @param file the changed source file, relative to the project root
   * @param lines the changed lines, {@code 40-52} or {@code 12, 40-52}; empty for a deleted file
   */
  public record Reason(String states, String element, int docLine, List<String> changed, String file, String lines) {

    public Reason {
      changed = List.copyOf(changed);
    }

    /** {@code governs com.acme.Balances, changed in src/.../Balances.java:40-52 (com.acme.Balances#add)}. */
    public String text() {
      String where = lines.isEmpty() ? file + " (deleted)" : file + ":" + lines;
      return states + " " + element + ", changed in " + where + (changed.isEmpty() ? "" : " (" + String.join(", ", changed) + ")");
    }
  }

  /**
   * One affected doc.
   *
   * @param kind decision, page, tour or diagram
   * @param file the doc, relative to the project root
   * @param line the line a reader starts at: the first reason's line, or 1
   * @param name {@code ADR-4} for a decision, else the file
   * @param title the decision's or page's title, when it has one
   * @param reasons why, in the order found, each once
   */
  public record Doc(Kind kind, Path file, int line, String name, String title, List<Reason> reasons) {

    public Doc {
      reasons = List.copyOf(reasons);
    }

    public String slashed() {
      return file.toString().replace('\\', '/');
    }
  }

  /**
   * A doc the change edits.
   *
   * @param change what happened to the file
   * @param name {@code ADR-7} for a decision, else the file
   */
  public record ChangedDoc(Kind kind, Path file, FileChange.Kind change, String name, String title) {

    public String slashed() {
      return file.toString().replace('\\', '/');
    }
  }

  /**
   * The answer.
   *
   * @param since the revision as the user named it
   * @param base the commit the change is measured from
   * @param projectInRepository the project root relative to the top of the git work tree
   * @param changedFiles how many files of the project changed
   * @param changedCode how many of them are Java sources of a system
   * @param docs the docs whose code changed
   * @param changedDocs the docs the change edits
   */
  public record Report(String since, String base, Path projectInRepository, int changedFiles, int changedCode,
      List<Doc> docs, List<ChangedDoc> changedDocs) {

    public Report {
      docs = List.copyOf(docs);
      changedDocs = List.copyOf(changedDocs);
    }

    /** The path a site such as GitHub shows for a file of the project: the file inside the repository. */
    public String inRepository(Path file) {
      return projectInRepository.resolve(file).normalize().toString().replace('\\', '/');
    }
  }

  /** The docs of {@code project} that the change concerns. */
  public static Report of(ProjectModel project, GitChanges.Changes changes, String since) {
    Map<String, Builder> docs = new LinkedHashMap<>();
    List<ChangedDoc> changedDocs = new ArrayList<>();
    Set<String> codeFiles = new TreeSet<>();
    for (SystemModel system : project.systems()) {
      Index index = new Index(system);
      for (FileChange change : changes.files()) {
        index.changedDoc(change).ifPresent(changedDocs::add);
        if (!change.slashed().endsWith(".java")) {
          continue;
        }
        for (Changed changed : index.changedElements(change)) {
          codeFiles.add(change.slashed());
          index.explain(changed, docs);
        }
        if (change.kind() == FileChange.Kind.DELETED) {
          index.deletedTypeName(change).ifPresent(name -> {
            codeFiles.add(change.slashed());
            index.explain(new Changed(name, change.slashed(), new TreeSet<>()), docs);
          });
        }
      }
    }
    List<Doc> affected = docs.values().stream().map(Builder::build)
        .sorted(Comparator.comparing(Doc::kind).thenComparing(Affected::order).thenComparing(Doc::slashed))
        .toList();
    List<ChangedDoc> edited = changedDocs.stream().distinct()
        .sorted(Comparator.comparing(ChangedDoc::kind).thenComparing(ChangedDoc::slashed)).toList();
    return new Report(since, changes.base(), changes.projectInRepository(), changes.files().size(), codeFiles.size(),
        affected, edited);
  }

  private static String order(Doc doc) {
    // ADR-4 before ADR-12: numbers compared as numbers
    String digits = doc.name().replaceAll("\\D", "");
    return doc.kind() == Kind.DECISION && !digits.isEmpty() && digits.length() < 10
        ? String.format("%010d", Long.parseLong(digits)) : doc.name();
  }

  /** An element whose lines changed, with those lines (none for a deleted file). */
  private record Changed(String element, String file, TreeSet<Integer> lines) {}

  /** The reasons of one doc that name the same element in the same way, gathered into one. */
  private static final class Gathered {
    final String states;
    final String element;
    final int docLine;
    final String file;
    final TreeSet<Integer> lines = new TreeSet<>();
    final Set<String> changed = new LinkedHashSet<>();

    Gathered(String states, String element, int docLine, String file) {
      this.states = states;
      this.element = element;
      this.docLine = docLine;
      this.file = file;
    }

    Reason reason() {
      List<String> named = changed.stream().limit(MAX_NAMED).toList();
      if (changed.size() > MAX_NAMED) {
        named = new ArrayList<>(named);
        named.add("and " + (changed.size() - MAX_NAMED) + " more");
      }
      return new Reason(states, element, docLine, named, file, summarized(lines));
    }
  }

  private static final class Builder {
    final Kind kind;
    final Path file;
    final String name;
    final String title;
    final Map<String, Gathered> reasons = new LinkedHashMap<>();

    Builder(Kind kind, Path file, String name, String title) {
      this.kind = kind;
      this.file = file;
      this.name = name;
      this.title = title;
    }

    void add(String states, String element, int docLine, Changed changed) {
      Gathered gathered = reasons.computeIfAbsent(states + "\n" + element + "\n" + docLine + "\n" + changed.file(),
          key -> new Gathered(states, element, docLine, changed.file()));
      gathered.lines.addAll(changed.lines());
      if (!changed.element().equals(element)) {
        gathered.changed.add(changed.element());
      }
    }

    Doc build() {
      List<Reason> all = reasons.values().stream().map(Gathered::reason).toList();
      int line = all.stream().mapToInt(Reason::docLine).filter(l -> l > 0).findFirst().orElse(1);
      return new Doc(kind, file, line, name, title, all);
    }
  }

  /** One system's docs and code, indexed for the questions a change asks. */
  private static final class Index {
    private final SystemModel system;
    private final CodeModel code;
    private final Links links;
    private final Map<String, Adr> adrsByFile = new LinkedHashMap<>();
    private final Map<AdrId, Adr> adrsById = new LinkedHashMap<>();
    private final Map<String, Page> pagesByFile = new LinkedHashMap<>();
    private final Set<String> diagramFiles = new TreeSet<>();

    Index(SystemModel system) {
      this.system = system;
      this.code = system.code();
      this.links = system.links();
      for (Adr adr : system.docs().decisions().graph().adrs()) {
        adrsByFile.put(slashed(adr.file()), adr);
        adrsById.put(adr.id(), adr);
      }
      for (Page page : system.docs().pages()) {
        pagesByFile.put(slashed(page.file()), page);
      }
      for (DiagramSource diagram : system.docs().diagrams()) {
        diagramFiles.add(slashed(diagram.file()));
      }
    }

    Optional<ChangedDoc> changedDoc(FileChange change) {
      String file = change.slashed();
      Adr adr = adrsByFile.get(file);
      if (adr != null) {
        return Optional.of(new ChangedDoc(Kind.DECISION, change.path(), change.kind(), adr.id().display(), adr.title()));
      }
      Page page = pagesByFile.get(file);
      if (page != null) {
        return Optional.of(new ChangedDoc(pageKind(page.file()), change.path(), change.kind(), file, page.title()));
      }
      if (diagramFiles.contains(file)) {
        return Optional.of(new ChangedDoc(Kind.DIAGRAM, change.path(), change.kind(), file, ""));
      }
      SystemConfig config = system.config();
      boolean inDocs = config.ownsDocument(change.path())
          || config.decisions().stream().anyMatch(folder -> change.path().normalize().startsWith(folder));
      if (inDocs && !config.docs().toString().isEmpty()) {
        Kind kind = DiagramSource.isDiagramFile(change.path()) ? Kind.DIAGRAM
            : config.decisions().stream().anyMatch(folder -> change.path().normalize().startsWith(folder))
                ? Kind.DECISION : Kind.OTHER;
        return Optional.of(new ChangedDoc(kind, change.path(), change.kind(), file, ""));
      }
      return Optional.empty();
    }

    /** The innermost elements of this system's code whose lines the change touches. */
    List<Changed> changedElements(FileChange change) {
      String file = change.slashed();
      List<CodeType> types = code.types().stream().filter(type -> file.equals(type.span().file())).toList();
      if (types.isEmpty() || change.lines().isEmpty()) {
        return List.of();
      }
      Map<String, TreeSet<Integer>> touched = new LinkedHashMap<>();
      for (FileChange.LineRange range : change.lines()) {
        List<String> hits = new ArrayList<>();
        for (CodeType type : types) {
          for (CodeMember member : type.members()) {
            if (overlaps(member.span(), range) && member.span().file().equals(file)) {
              hits.add(member.id());
              lines(touched, member.id(), member.span(), range);
            }
          }
        }
        if (hits.isEmpty()) {
          // not inside a member: the innermost type around it, else (imports, the package line)
          // every top-level type of the file
          Optional<CodeType> innermost = types.stream().filter(type -> overlaps(type.span(), range))
              .min(Comparator.comparingInt(type -> type.span().endLine() - type.span().startLine()));
          List<CodeType> owners = innermost.map(List::of)
              .orElseGet(() -> types.stream().filter(type -> type.enclosingType() == null).toList());
          for (CodeType owner : owners) {
            SourceSpan span = innermost.isPresent() ? owner.span() : new SourceSpan(file, range.first(), range.last());
            lines(touched, owner.id(), span, range);
          }
        }
      }
      List<Changed> changed = new ArrayList<>();
      touched.forEach((element, lines) -> changed.add(new Changed(element, file, lines)));
      return changed;
    }

    /** The type a deleted source file held, by its path under a source root of this system. */
    Optional<String> deletedTypeName(FileChange change) {
      for (Path root : system.config().sources()) {
        Path file = change.path().normalize();
        if (file.startsWith(root) && file.getNameCount() > root.getNameCount()) {
          String relative = root.relativize(file).toString().replace('\\', '/');
          return Optional.of(relative.substring(0, relative.length() - ".java".length()).replace('/', '.'));
        }
      }
      return Optional.empty();
    }

    void explain(Changed changed, Map<String, Builder> docs) {
      for (Governance governance : links.governing(changed.element())) {
        Adr adr = adrsById.get(governance.adr());
        if (adr == null) {
          continue; // a citation of an ADR that does not exist: check reports it
        }
        String states = governance.how() == Governance.How.GOVERNS ? "governs" : "is cited by @Decision on";
        int line = governance.how() == Governance.How.GOVERNS ? governsLine(adr, governance.via()) : 0;
        decision(adr, docs).add(states, governance.via(), line, changed);
      }
      for (String named : enclosing(changed.element())) {
        for (CodeLink link : mentions(named)) {
          Builder doc = link.origin() == Origin.ADR_BODY && link.adr().isPresent() && adrsById.containsKey(link.adr().get())
              ? decision(adrsById.get(link.adr().get()), docs)
              : docs.computeIfAbsent(kindOf(link) + ":" + slashed(link.file()),
                  key -> new Builder(kindOf(link), link.file(), slashed(link.file()), titleOf(link.file())));
          doc.add("references", named, link.line(), changed);
        }
      }
    }

    private List<CodeLink> mentions(String named) {
      List<CodeLink> found = new ArrayList<>(links.mentionsOf(named));
      if (code.findType(named).isEmpty() && code.findPackage(named).isEmpty() && code.findMember(named).isEmpty()) {
        // a deleted type: the references that named it no longer resolve, so match them as written
        for (CodeLink link : links.codeLinks()) {
          String target = link.target().strip();
          if (link.origin() != Origin.ADR_GOVERNS && (target.equals(named) || target.startsWith(named + "#"))) {
            found.add(link);
          }
        }
      }
      return found;
    }

    private Builder decision(Adr adr, Map<String, Builder> docs) {
      return docs.computeIfAbsent("adr:" + slashed(adr.file()) + ":" + adr.id(),
          key -> new Builder(Kind.DECISION, adr.file(), adr.id().display(), adr.title()));
    }

    private int governsLine(Adr adr, String via) {
      return adr.governs().stream()
          .filter(governed -> governed.reference().strip().equals(via) || via.startsWith(
              governed.reference().strip().replaceAll("\\.\\.$", "")))
          .mapToInt(dev.archdoc.core.docs.adr.GovernedElement::line).findFirst().orElse(adr.titleLine());
    }

    private Kind kindOf(CodeLink link) {
      if (link.origin() == Origin.DIAGRAM && !pagesByFile.containsKey(slashed(link.file()))
          && !adrsByFile.containsKey(slashed(link.file()))) {
        return Kind.DIAGRAM;
      }
      return pageKind(link.file());
    }

    private Kind pageKind(Path file) {
      Path relative = system.config().docs().toString().isEmpty() ? file : system.config().docs().relativize(file);
      return relative.getNameCount() > 1 && relative.getName(0).toString().equals("tours") ? Kind.TOUR : Kind.PAGE;
    }

    private String titleOf(Path file) {
      Page page = pagesByFile.get(slashed(file));
      return page == null ? "" : page.title();
    }

    /** The element, the types around it from the inside out, then its package. */
    private List<String> enclosing(String element) {
      Set<String> chain = new LinkedHashSet<>();
      chain.add(element);
      String typeName = element.contains("#") ? element.substring(0, element.indexOf('#')) : element;
      chain.add(typeName);
      Optional<CodeType> type = code.findType(typeName);
      String packageName = type.map(CodeType::packageName).orElse(null);
      while (type.isPresent() && type.get().enclosingType() != null && chain.add(type.get().enclosingType())) {
        type = code.findType(type.get().enclosingType());
      }
      if (packageName == null && typeName.contains(".")) {
        packageName = typeName.substring(0, typeName.lastIndexOf('.')); // a deleted type's package, by its name
      }
      if (packageName != null && !packageName.isEmpty()) {
        chain.add(packageName);
      }
      return List.copyOf(chain);
    }
  }

  private static boolean overlaps(SourceSpan span, FileChange.LineRange range) {
    return range.overlaps(span.startLine(), span.endLine());
  }

  private static void lines(Map<String, TreeSet<Integer>> touched, String element, SourceSpan span,
      FileChange.LineRange range) {
    TreeSet<Integer> lines = touched.computeIfAbsent(element, k -> new TreeSet<>());
    for (int line = Math.max(span.startLine(), range.first()); line <= Math.min(span.endLine(), range.last()); line++) {
      lines.add(line);
    }
  }

  /** More changed elements than this under one reason are counted, not named. */
  private static final int MAX_NAMED = 3;

  /** More line ranges than this are summed up as {@code first-last (N lines in M places)}. */
  private static final int MAX_RANGES = 4;

  /** {@link #ranges}, or for a scattered change (a new file, a reformat) its extent and size. */
  static String summarized(TreeSet<Integer> lines) {
    String all = ranges(lines);
    int places = all.isEmpty() ? 0 : all.split(", ").length;
    if (places <= MAX_RANGES) {
      return all;
    }
    return lines.first() + "-" + lines.last() + " (" + lines.size() + " lines in " + places + " places)";
  }

  /** {@code 12, 40-52}: consecutive lines as one range. */
  static String ranges(Set<Integer> lines) {
    StringBuilder out = new StringBuilder();
    Integer start = null;
    Integer previous = null;
    for (int line : lines) {
      if (previous != null && line == previous + 1) {
        previous = line;
        continue;
      }
      append(out, start, previous);
      start = line;
      previous = line;
    }
    append(out, start, previous);
    return out.toString();
  }

  private static void append(StringBuilder out, Integer start, Integer end) {
    if (start == null) {
      return;
    }
    if (!out.isEmpty()) {
      out.append(", ");
    }
    out.append(start);
    if (!end.equals(start)) {
      out.append('-').append(end);
    }
  }

  private static String slashed(Path path) {
    return path.toString().replace('\\', '/');
  }
}
