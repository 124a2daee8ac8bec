package dev.archdoc.core.link;

import dev.archdoc.core.docs.adr.AdrId;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The two-way index between one system's docs and code, and the findings made building it.
 *
 * <p>Both directions are answered from the same facts: an ADR governs an element when its
 * {@code governs:} names the element (or a type or package that encloses it), or when the element
 * (or an enclosing one) cites the ADR with {@code @Decision}.
 */
public final class Links {

  private final CodeModel code;
  private final List<CodeLink> codeLinks;
  private final List<Citation> citations;
  private final List<Finding> findings;
  private final Map<String, List<AdrId>> governedByName = new TreeMap<>();
  private final Map<String, List<Citation>> citationsByElement = new TreeMap<>();
  private final Map<AdrId, Set<String>> elementsByAdr = new TreeMap<>();
  private final Map<String, List<CodeLink>> mentionsByElement = new TreeMap<>();

  Links(CodeModel code, List<CodeLink> codeLinks, List<Citation> citations, List<Finding> findings) {
    this.code = code;
    this.codeLinks = List.copyOf(codeLinks);
    this.citations = List.copyOf(citations);
    this.findings = findings.stream().sorted().toList();
    for (CodeLink link : this.codeLinks) {
      for (String element : link.elements()) {
        if (link.origin() == Origin.ADR_GOVERNS) {
          AdrId adr = link.adr().orElseThrow();
          addOnce(governedByName.computeIfAbsent(element, k -> new ArrayList<>()), adr);
          elementsByAdr.computeIfAbsent(adr, k -> new TreeSet<>()).add(element);
        } else {
          mentionsByElement.computeIfAbsent(element, k -> new ArrayList<>()).add(link);
        }
      }
    }
    for (Citation citation : this.citations) {
      citationsByElement.computeIfAbsent(citation.element(), k -> new ArrayList<>()).add(citation);
      citation.adr().ifPresent(adr ->
          elementsByAdr.computeIfAbsent(adr, k -> new TreeSet<>()).add(citation.element()));
    }
  }

  /** Every reference from the docs to code, resolved or not, in document order. */
  public List<CodeLink> codeLinks() {
    return codeLinks;
  }

  /** Every {@code @Decision} in the code, resolved or not. */
  public List<Citation> citations() {
    return citations;
  }

  /** The findings of linking: references and citations that resolve to nothing. */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The ADRs that govern an element, nearest first: those naming or cited by the element itself,
   * then by each enclosing type, then by its package. Each ADR appears once per way it is linked.
   */
  public List<Governance> governing(String elementId) {
    Map<String, Governance> found = new LinkedHashMap<>();
    for (String via : enclosingChain(elementId)) {
      for (AdrId adr : governedByName.getOrDefault(via, List.of())) {
        found.putIfAbsent(adr + "/" + Governance.How.GOVERNS, new Governance(adr, via, Governance.How.GOVERNS));
      }
      for (Citation citation : citationsByElement.getOrDefault(via, List.of())) {
        citation.adr().ifPresent(adr -> found.putIfAbsent(adr + "/" + Governance.How.ANNOTATION,
            new Governance(adr, via, Governance.How.ANNOTATION)));
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * The elements an ADR governs, by its {@code governs:} or by {@code @Decision} citations, sorted
   * by id. A package pattern contributes each package it matches.
   */
  public List<String> governedBy(AdrId adr) {
    return List.copyOf(elementsByAdr.getOrDefault(adr, Set.of()));
  }

  /** The citations written on exactly this element. */
  public List<Citation> citationsOn(String elementId) {
    return citationsByElement.getOrDefault(elementId, List.of());
  }

  /** The page, ADR-body and diagram references that name exactly this element. */
  public List<CodeLink> mentionsOf(String elementId) {
    return mentionsByElement.getOrDefault(elementId, List.of());
  }

  /** The element, its enclosing types from the inside out, then its package. */
  List<String> enclosingChain(String elementId) {
    List<String> chain = new ArrayList<>();
    chain.add(elementId);
    String typeName = elementId;
    int hash = elementId.indexOf('#');
    if (hash >= 0) {
      typeName = elementId.substring(0, hash);
      chain.add(typeName);
    }
    CodeType type = code.findType(typeName).orElse(null);
    if (type == null) {
      return chain; // a package
    }
    Set<String> seen = new LinkedHashSet<>(chain);
    while (type.enclosingType() != null && seen.add(type.enclosingType())) {
      chain.add(type.enclosingType());
      type = code.findType(type.enclosingType()).orElse(null);
      if (type == null) {
        break;
      }
    }
    code.findType(typeName).map(CodeType::packageName).ifPresent(chain::add);
    return List.copyOf(new LinkedHashSet<>(chain));
  }

  private static <T> void addOnce(List<T> list, T item) {
    if (!list.contains(item)) {
      list.add(item);
    }
  }
}
