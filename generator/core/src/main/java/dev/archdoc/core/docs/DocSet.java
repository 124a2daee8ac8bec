package dev.archdoc.core.docs;

import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.adr.AdrId;
import dev.archdoc.core.docs.adr.Decisions;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything one system's docs say, read and parsed but not yet linked to the code.
 *
 * @param decisions the ADRs, their relation graph and the findings made reading them
 * @param adrBodies each ADR's body read as a page (its lines are lines of the ADR file), so its
 *     code references, links and diagrams are linked and checked like any page's
 * @param pages the other Markdown and AsciiDoc documents of the docs folder (overviews, guides)
 * @param diagrams the blocks of the {@code .puml} / {@code .plantuml} files (diagrams written in
 *     a page are in that page's {@link Page#diagrams()})
 * @param assets other files of the docs folder (images, ...) that the site copies as they are
 * @param findings problems met reading the pages, diagrams and files (ADR findings are in
 *     {@code decisions})
 */
public record DocSet(
    Decisions decisions,
    Map<AdrId, Page> adrBodies,
    List<Page> pages,
    List<DiagramSource> diagrams,
    List<Path> assets,
    List<Finding> findings) {

  public DocSet {
    adrBodies = java.util.Collections.unmodifiableMap(new TreeMap<>(adrBodies));
    pages = List.copyOf(pages);
    diagrams = List.copyOf(diagrams);
    assets = List.copyOf(assets);
    findings = List.copyOf(findings);
  }

  /** The body of an ADR, read as a page. */
  public Optional<Page> bodyOf(Adr adr) {
    return Optional.ofNullable(adrBodies.get(adr.id()));
  }

  /** Every page-like document: ADR bodies first (in id order), then the other pages. */
  public List<Page> allPages() {
    List<Page> all = new java.util.ArrayList<>(adrBodies.values());
    all.addAll(pages);
    return List.copyOf(all);
  }

  /** Every finding of the docs, ADRs included, in the order a reader fixes them. */
  public List<Finding> allFindings() {
    return java.util.stream.Stream.concat(decisions.findings().stream(), findings.stream())
        .sorted()
        .toList();
  }
}
