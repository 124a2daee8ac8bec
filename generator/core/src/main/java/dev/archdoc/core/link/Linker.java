package dev.archdoc.core.link;

import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.docs.DocSet;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.adr.AdrId;
import dev.archdoc.core.docs.adr.DecisionGraph;
import dev.archdoc.core.docs.adr.GovernedElement;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.docs.ref.CodeRef;
import dev.archdoc.core.finding.DidYouMean;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Fact;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.FindingKind;
import dev.archdoc.doclet.model.CodeElement;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodePackage;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.DecisionRef;
import dev.archdoc.doclet.model.SourceSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resolves every reference between one system's docs and its code: the door of this package. */
public final class Linker {

  private static final String UNRESOLVED = DriftRule.UNRESOLVED_CODE_REF.id();
  private static final String UNKNOWN_DECISION = DriftRule.UNKNOWN_DECISION.id();

  private final CodeModel code;
  private final DecisionGraph decisions;
  private final List<CodeLink> links = new ArrayList<>();
  private final List<Citation> citations = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();

  private Linker(CodeModel code, DecisionGraph decisions) {
    this.code = code;
    this.decisions = decisions;
  }

  /** Links the docs of a system to its code. Pure; never throws on bad references. */
  public static Links link(CodeModel code, DocSet docs) {
    Linker linker = new Linker(code, docs.decisions().graph());
    linker.linkDocs(docs);
    linker.linkCode();
    return new Links(code, linker.links, linker.citations, linker.findings);
  }

  private void linkDocs(DocSet docs) {
    for (Adr adr : docs.decisions().graph().adrs()) {
      for (GovernedElement governed : adr.governs()) {
        resolve(adr.file(), governed.line(), Origin.ADR_GOVERNS, Optional.of(adr.id()),
            governed.reference(), governed.reference());
      }
      docs.bodyOf(adr).ifPresent(body -> linkPage(body, Origin.ADR_BODY, Optional.of(adr.id())));
    }
    for (Page page : docs.pages()) {
      linkPage(page, Origin.PAGE, Optional.empty());
    }
    for (DiagramSource diagram : docs.diagrams()) {
      linkDiagram(diagram, Optional.empty());
    }
  }

  private void linkPage(Page page, Origin origin, Optional<AdrId> adr) {
    for (CodeRef ref : page.codeRefs()) {
      resolve(ref.file(), ref.line(), origin, adr, ref.target(), ref.text());
    }
    for (DiagramSource diagram : page.diagrams()) {
      linkDiagram(diagram, adr);
    }
  }

  private void linkDiagram(DiagramSource diagram, Optional<AdrId> adr) {
    for (CodeRef ref : diagram.codeRefs()) {
      resolve(ref.file(), ref.line(), Origin.DIAGRAM, adr, ref.target(), ref.text());
    }
  }

  private void resolve(Path file, int line, Origin origin, Optional<AdrId> adr, String target, String text) {
    String written = target.strip();
    List<String> elements = written.endsWith("..")
        ? matchingPackages(written.substring(0, written.length() - 2))
        : code.resolve(written).map(CodeElement::id).stream().toList();
    links.add(new CodeLink(file, line, origin, adr, written, text, elements));
    if (elements.isEmpty()) {
      Optional<String> suggestion = suggestion(written.endsWith("..") ? written.substring(0, written.length() - 2) : written);
      findings.add(Finding.error(UNRESOLVED, file, line, unresolvedMessage(origin, written, suggestion))
          .as(FindingKind.UNRESOLVED_REFERENCE)
          .with(Fact.TARGET, written)
          .with(Fact.ORIGIN, origin.name())
          .with(Fact.SUGGESTION, suggestion.orElse(null)));
    }
  }

  private List<String> matchingPackages(String prefix) {
    return code.packages().stream()
        .map(CodePackage::name)
        .filter(name -> name.equals(prefix) || name.startsWith(prefix + "."))
        .toList();
  }

  private static String unresolvedMessage(Origin origin, String target, Optional<String> suggestion) {
    String where = switch (origin) {
      case ADR_GOVERNS -> "governs: ";
      case DIAGRAM -> "diagram link ";
      case PAGE, ADR_BODY -> "code link ";
    };
    String hint = suggestion.map(name -> " (did you mean '" + name + "'?)").orElse("");
    if (target.endsWith("..")) {
      return where + "package pattern '" + target + "' matches no package in the code" + hint;
    }
    return where + "'" + target + "' names no package, type or member in the code; it was renamed,"
        + " moved or removed" + hint;
  }

  /**
   * A "did you mean" only when a near name ends like the written one: a reference to a type
   * {@code a.b.Gone} is not helped by the package {@code a.b}.
   */
  private Optional<String> suggestion(String target) {
    String tail = tailOf(target);
    for (String candidate : code.candidates(target, 5)) {
      if (DidYouMean.closest(tail, List.of(tailOf(candidate))).isPresent()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The last name of a reference: the member without parameters, else the simple type name. */
  private static String tailOf(String reference) {
    String name = reference;
    int paren = name.indexOf('(');
    if (paren >= 0) {
      name = name.substring(0, paren);
    }
    int cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('#'));
    return name.substring(cut + 1);
  }

  private void linkCode() {
    for (CodePackage pkg : code.packages()) {
      cite(pkg, pkg.decisions());
    }
    for (CodeType type : code.types()) {
      cite(type, type.decisions());
      type.members().forEach(member -> cite(member, member.decisions()));
    }
  }

  private void cite(CodeElement element, List<DecisionRef> refs) {
    if (refs.isEmpty()) {
      return;
    }
    Optional<SourceSpan> span = element.location();
    Path file = Path.of(span.map(SourceSpan::file).orElse(""));
    int line = span.map(SourceSpan::startLine).orElse(0);
    for (DecisionRef ref : refs) {
      Optional<AdrId> adr = decisions.find(ref.id()).map(Adr::id);
      citations.add(new Citation(element.id(), file, line, ref.id(), ref.note(), adr));
      if (adr.isEmpty()) {
        findings.add(Finding.error(UNKNOWN_DECISION, file, line,
            "@Decision(\"" + ref.id() + "\") on '" + element.id() + "' cites an ADR that does not exist"
                + knownDecisions(ref.id())).with(Fact.ELEMENT, element.id()));
      }
    }
  }

  private String knownDecisions(String written) {
    List<String> ids = decisions.adrs().stream().map(Adr::displayId).toList();
    if (ids.isEmpty()) {
      return "; this system has no ADRs";
    }
    // A slug with a typo has a likely meaning; a wrong number (ADR-99 for ADR-9) is only a guess.
    boolean numbered = AdrId.parse(written).map(AdrId::isNumbered).orElse(false);
    String hint = numbered ? "" : DidYouMean.hint(written, ids);
    return hint.isEmpty() ? "; the ADRs are " + range(ids) : hint;
  }

  private static String range(List<String> ids) {
    return ids.size() <= 3 ? String.join(", ", ids) : ids.get(0) + " ... " + ids.get(ids.size() - 1);
  }
}
