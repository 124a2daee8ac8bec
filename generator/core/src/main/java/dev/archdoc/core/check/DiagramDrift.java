package dev.archdoc.core.check;

import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Fact;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.FindingKind;
import dev.archdoc.core.link.Origin;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.Dependency;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rule {@code diagram-drift}: a diagram bound to code names an element that does not exist, or a
 * diagram marked {@code ' archdoc: check-dependencies} disagrees with the code's real
 * dependencies between the elements it shows, either way: an arrow between two bound elements
 * where no code of one uses the other, or a use between two shown elements that has no arrow.
 *
 * <p>An element bound to a type stands for the type and the types nested in it; one bound to a
 * package (or a package pattern {@code a.b..}) for the types of the packages it names. Elements
 * bound to members, and elements not bound to code, take no part in the dependency comparison.
 */
@dev.archdoc.annotations.Decision("ADR-10")
final class DiagramDrift {

  private static final String RULE = DriftRule.DIAGRAM_DRIFT.id();

  private DiagramDrift() {}

  /**
   * The findings of reading and linking a system, with each diagram link that resolves to nothing
   * reported as {@code diagram-drift} (the rule the product brief gives it) instead of
   * {@code unresolved-code-ref}: the same message, once.
   */
  static List<Finding> reclassify(SystemModel system) {
    return system.findings().stream()
        .map(f -> f.kind() == FindingKind.UNRESOLVED_REFERENCE
            && f.fact(Fact.ORIGIN).equals(Optional.of(Origin.DIAGRAM.name())) ? f.withRule(RULE) : f)
        .toList();
  }

  static List<Finding> check(SystemModel system) {
    List<Finding> findings = new ArrayList<>();
    for (DiagramSource diagram : diagramsOf(system)) {
      DiagramModel model = DiagramModel.read(diagram);
      if (model.checked()) {
        findings.addAll(compare(system.code(), diagram, model));
      }
    }
    return findings;
  }

  private static List<DiagramSource> diagramsOf(SystemModel system) {
    List<DiagramSource> diagrams = new ArrayList<>(system.docs().diagrams());
    for (Page page : system.docs().allPages()) {
      diagrams.addAll(page.diagrams());
    }
    return diagrams;
  }

  private static List<Finding> compare(CodeModel code, DiagramSource diagram, DiagramModel model) {
    List<Finding> findings = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    for (DiagramModel.Arrow arrow : model.arrows()) {
      Optional<DiagramModel.Element> from = model.element(arrow.from());
      Optional<DiagramModel.Element> to = model.element(arrow.to());
      if (from.isEmpty() || to.isEmpty()) {
        continue; // an end not bound to code: the diagram may draw what the code cannot show
      }
      Set<String> fromTypes = typesOf(code, from.get());
      Set<String> toTypes = typesOf(code, to.get());
      if (fromTypes.isEmpty() || toTypes.isEmpty()) {
        continue; // bound to a member, or to nothing (reported as an unresolved link)
      }
      String fromName = canonical(from.get());
      String toName = canonical(to.get());
      shown.add(fromName + " " + toName);
      boolean uses = firstUse(code, fromTypes, toTypes).isPresent();
      if (!arrow.directed()) {
        shown.add(toName + " " + fromName);
        uses = uses || firstUse(code, toTypes, fromTypes).isPresent();
      }
      if (!uses) {
        findings.add(Finding.error(RULE, diagram.file(), arrow.line(), "checked diagram draws '" + arrow.text()
            + "', but no code of '" + from.get().target() + "' uses '" + to.get().target()
            + (arrow.directed() ? "'" : "' or the other way round")
            + "; remove the arrow, or bind its ends to the code that does"));
      }
    }
    for (DiagramModel.Element a : model.elements()) {
      for (DiagramModel.Element b : model.elements()) {
        String aName = canonical(a);
        String bName = canonical(b);
        if (a == b || shown.contains(aName + " " + bName)) {
          continue;
        }
        Set<String> aTypes = typesOf(code, a);
        Set<String> bTypes = typesOf(code, b);
        firstUse(code, aTypes, bTypes).ifPresent(use -> findings.add(Finding.error(RULE, diagram.file(),
            a.line(), "checked diagram shows '" + aName + "' and '" + bName + "' without an arrow, but '"
                + use.from() + "' uses '" + use.to() + "' (" + use.file() + ":" + use.line() + "); add '"
                + aName + " --> " + bName + "' or remove the use")));
      }
    }
    return findings;
  }

  /** The first use from one set of types to the other, leaving out types in both sets. */
  private static Optional<Dependency> firstUse(CodeModel code, Set<String> from, Set<String> to) {
    for (String type : from) {
      if (to.contains(type)) {
        continue;
      }
      for (Dependency use : code.dependenciesOf(type)) {
        if (to.contains(use.to()) && !from.contains(use.to())) {
          return Optional.of(use);
        }
      }
    }
    return Optional.empty();
  }

  /** The types an element stands for: a type and its nested types, or a package's types. */
  private static Set<String> typesOf(CodeModel code, DiagramModel.Element element) {
    Set<String> types = new LinkedHashSet<>();
    String target = element.target().strip();
    if (target.endsWith("..")) {
      String prefix = target.substring(0, target.length() - 2);
      for (CodeType type : code.types()) {
        if (type.packageName().equals(prefix) || type.packageName().startsWith(prefix + ".")) {
          types.add(type.qualifiedName());
        }
      }
      return types;
    }
    if (target.contains("#")) {
      return types;
    }
    Optional<CodeType> type = code.resolve(target).filter(CodeType.class::isInstance).map(CodeType.class::cast);
    if (type.isPresent()) {
      String name = type.get().qualifiedName();
      for (CodeType candidate : code.types()) {
        if (candidate.qualifiedName().equals(name) || candidate.qualifiedName().startsWith(name + ".")) {
          types.add(candidate.qualifiedName());
        }
      }
      return types;
    }
    if (code.findPackage(target).isPresent()) {
      code.typesIn(target).forEach(t -> types.add(t.qualifiedName()));
    }
    return types;
  }

  /** The name arrows should use: the alias when there is one. */
  private static String canonical(DiagramModel.Element element) {
    return element.names().get(element.names().size() - 1);
  }
}
