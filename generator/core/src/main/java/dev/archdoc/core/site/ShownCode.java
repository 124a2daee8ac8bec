package dev.archdoc.core.site;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.config.SiteOptions;
import dev.archdoc.core.link.Governance;
import dev.archdoc.core.link.Links;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.CodeMember;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.SourceFile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Which code of one system the site shows in full ({@code site:} in archdoc.yml): the types that
 * get a page, the members a type page lists, the files that get a literate view. A type without a
 * page is listed on its package page, where links to it land.
 *
 * <p>By default that is the code visible from outside its package and its module, and any code its authors wrote
 * for readers: {@code //!} prose, a {@code @Decision}, an ADR's {@code governs:} naming it, a doc's
 * {@code code:} link to it. A literate view is made for a file with such code or with file prose.
 */
@Decision(value = "ADR-31", note = "the API and the annotated code by default; site: widens it")
final class ShownCode {

  /**
   * A package page lists a type with nothing but signatures in full up to this many members; a
   * type with more keeps its page (JabRef: see ADR-31's evidence).
   */
  static final int MAX_MEMBERS_IN_FULL = 12;

  private final Set<String> typesWithPages = new HashSet<>();
  /** Types shown, signatures and members, on their package page instead of a page of their own. */
  private final Set<String> inFull = new HashSet<>();
  private final Set<String> annotated = new HashSet<>();
  private final Set<String> literateFiles = new HashSet<>();
  private final SiteOptions options;
  /** Every element id the site shows, sorted: what a page's cache key must know. */
  private final String fingerprint;

  ShownCode(SystemModel system, SiteOptions options, Predicate<String> notExcluded, ModuleExports modules) {
    this.options = options;
    CodeModel code = system.code();
    Links links = system.links();
    Set<String> annotatedTypes = new HashSet<>();
    for (CodeType type : code.types()) {
      boolean typeAnnotated = isAnnotated(type.qualifiedName(), !type.prose().isEmpty() || !type.decisions().isEmpty(), links);
      if (typeAnnotated) {
        annotated.add(type.qualifiedName());
      }
      for (CodeMember member : type.members()) {
        if (isAnnotated(member.id(), !member.prose().isEmpty() || !member.decisions().isEmpty(), links)) {
          annotated.add(member.id());
          typeAnnotated = true;
        }
      }
      if (typeAnnotated) {
        annotatedTypes.add(type.qualifiedName());
      }
    }
    Set<String> typesWithFileProse = new HashSet<>();
    for (SourceFile file : code.files()) {
      if (!file.prose().isEmpty()) {
        typesWithFileProse.addAll(file.types());
      }
    }
    for (CodeType type : code.types()) {
      if (options.code() == SiteOptions.Code.ALL || annotatedTypes.contains(type.qualifiedName())
          || (isExported(type, code) && modules.exports(type.span().file(), type.packageName()))) {
        boolean plain = options.typePages() == SiteOptions.TypePages.DOCUMENTED
            && !annotatedTypes.contains(type.qualifiedName()) && !typesWithFileProse.contains(type.qualifiedName())
            && saysNothingBeyondSignatures(type, links);
        (plain ? inFull : typesWithPages).add(type.qualifiedName());
      }
    }
    for (SourceFile file : code.files()) {
      boolean shown = options.sources() == SiteOptions.Sources.ALL || !file.prose().isEmpty()
          || file.types().stream().anyMatch(annotatedTypes::contains);
      if (shown && notExcluded.test(file.path())) {
        literateFiles.add(file.path());
      }
    }
    Set<String> shown = new TreeSet<>();
    typesWithPages.forEach(name -> shown.add("type " + name));
    inFull.forEach(name -> shown.add("in full " + name));
    literateFiles.forEach(file -> shown.add("file " + file));
    annotated.forEach(id -> shown.add("annotated " + id));
    this.fingerprint = options + "\n" + String.join("\n", shown);
  }

  /**
   * No doc comment on the type or on any member its page would list, and few enough members for
   * its package page to list them all: its page would hold only what the package page can show.
   */
  private boolean saysNothingBeyondSignatures(CodeType type, Links links) {
    if (!type.doc().isEmpty()) {
      return false;
    }
    int listed = 0;
    for (CodeMember member : type.members()) {
      if (isNoise(member, links) || !shows(type, member)) {
        continue;
      }
      if (!member.doc().isEmpty() || ++listed > MAX_MEMBERS_IN_FULL) {
        return false;
      }
    }
    return true;
  }

  /** A private constructor without a word of docs only keeps a class from being instantiated. */
  static boolean isNoise(CodeMember member, Links links) {
    return member.kind() == CodeMember.Kind.CONSTRUCTOR && member.modifiers().contains("private")
        && member.doc().isEmpty() && member.prose().isEmpty() && links.citationsOn(member.id()).isEmpty();
  }

  private static boolean isAnnotated(String id, boolean inCode, Links links) {
    if (inCode || !links.citationsOn(id).isEmpty() || !links.mentionsOf(id).isEmpty()) {
      return true;
    }
    for (Governance governance : links.governing(id)) {
      if (governance.via().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Visible outside its package: public or protected, as is every type it is nested in (whether
   * its module exports the package is {@link ModuleExports}' to say).
   */
  static boolean isExported(CodeType type, CodeModel code) {
    CodeType current = type;
    while (current != null) {
      CodeType enclosing = current.enclosingType() == null ? null : code.findType(current.enclosingType()).orElse(null);
      boolean inInterface = enclosing != null
          && (enclosing.kind() == CodeType.Kind.INTERFACE || enclosing.kind() == CodeType.Kind.ANNOTATION);
      if (!inInterface && !visible(current.modifiers())) {
        return false;
      }
      current = enclosing;
    }
    return true;
  }

  private static boolean visible(List<String> modifiers) {
    return modifiers.contains("public") || modifiers.contains("protected");
  }

  boolean hasPage(CodeType type) {
    return typesWithPages.contains(type.qualifiedName());
  }

  /** Whether its package page shows the type in full: its declaration and the members it shows. */
  boolean inFullOnPackagePage(CodeType type) {
    return inFull.contains(type.qualifiedName());
  }

  /** Whether a type page lists a member: visible outside the package, or written about. */
  boolean shows(CodeType owner, CodeMember member) {
    if (options.code() == SiteOptions.Code.ALL || annotated.contains(member.id())) {
      return true;
    }
    boolean implicitlyPublic = owner.kind() == CodeType.Kind.INTERFACE || owner.kind() == CodeType.Kind.ANNOTATION
        || member.kind() == CodeMember.Kind.ENUM_CONSTANT || member.kind() == CodeMember.Kind.RECORD_COMPONENT;
    return implicitlyPublic ? !member.modifiers().contains("private") : visible(member.modifiers());
  }

  boolean hasLiterateView(String sourceFile) {
    return literateFiles.contains(sourceFile);
  }

  /** What the site shows, as text: pages' cache keys include it, since docs' links change it. */
  String fingerprint() {
    return fingerprint;
  }

  /**
   * What links into the code depend on: which types have pages and which members are written
   * about (a type page lists them). A type's being written about shows only through its page and
   * its file's literate view, so prose added to a type that had a page already leaves this as it
   * was; which files have literate views the pages that link to them key on themselves.
   */
  String linkFingerprint() {
    return fingerprint.lines().filter(line -> !line.startsWith("file ") && (!line.startsWith("annotated ") || line.contains("#")))
        .collect(java.util.stream.Collectors.joining("\n"));
  }
}
