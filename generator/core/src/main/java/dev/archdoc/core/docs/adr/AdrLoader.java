package dev.archdoc.core.docs.adr;

import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Loads the ADRs of one system from documents in memory: the door of this package. Documents
 * that are not ADRs by their name (README, index, templates, other file types) are passed over;
 * every other document yields an ADR or a finding, and one broken file never stops the others.
 */
public final class AdrLoader {

  private AdrLoader() {}

  /** Reads and checks the given documents; pure apart from the CPU it takes. */
  public static Decisions load(List<AdrSource> documents) {
    return load(documents, new AdrParses());
  }

  /** As {@link #load(List)}, taking the files whose bytes did not change from {@code parses}. */
  public static Decisions load(List<AdrSource> documents, AdrParses parses) {
    List<Adr> adrs = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    // files parse independently: on both cores, in the documents' order
    List<AdrParser.Parsed> parsedAll = documents.parallelStream()
        .filter(document -> isAdr(document.file()))
        .map(document -> parseOne(document, parses))
        .toList();
    for (AdrParser.Parsed parsed : parsedAll) {
      parsed.adr().ifPresent(adrs::add);
      findings.addAll(parsed.findings());
    }
    adrs.sort(Comparator.comparing(Adr::id).thenComparing(adr -> adr.file().toString()));
    DecisionGraph graph = DecisionGraph.of(adrs);
    findings.addAll(graph.findings());
    return new Decisions(adrs, graph, findings.stream().sorted().toList());
  }

  private static AdrParser.Parsed parseOne(AdrSource document, AdrParses parses) {
    try {
      return parses.parse(document);
    } catch (StackOverflowError e) {
      return new AdrParser.Parsed(java.util.Optional.empty(),
          List.of(dev.archdoc.core.safety.InputLimits.tooDeep(document.file(), 0)));
    } catch (RuntimeException bug) {
      // A parser bug must cost one document, not the run; the message says where to look.
      return new AdrParser.Parsed(java.util.Optional.empty(), List.of(Finding.error(DriftRule.ADR_INTEGRITY.id(),
          document.file(), 0, "could not be read (an archdoc bug, please report it with this file): " + bug.getClass().getName())));
    }
  }

  /** Whether a file is read as an ADR, by its name and folder (README, index, templates are not). */
  public static boolean isAdr(Path file) {
    return AdrFileName.isAdr(file);
  }

  /**
   * Whether a file of a decisions folder is an ADR template ({@code template.md},
   * {@code adr-template.md}, anything in a {@code templates/} folder): neither an ADR nor a page.
   */
  public static boolean isTemplate(Path file) {
    return AdrFileName.isTemplateFile(file);
  }
}
