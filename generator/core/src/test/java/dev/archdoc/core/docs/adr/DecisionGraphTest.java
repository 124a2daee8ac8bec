package dev.archdoc.core.docs.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DecisionGraphTest {

  private static Decisions load(AdrSource... sources) {
    return AdrLoader.load(List.of(sources));
  }

  private static AdrSource adr(String file, String status, String... lines) {
    return AdrSource.ofText("docs/decisions/" + file,
        "# " + file + "\n\n* Status: " + status + "\n" + String.join("\n", lines) + "\n");
  }

  private static List<String> messages(Decisions decisions) {
    return decisions.findings().stream().map(Finding::message).toList();
  }

  @Test
  @DisplayName("what replaced an ADR follows the superseded-by chain to the current one")
  void followsTheChain() {
    Decisions decisions = load(
        adr("0001-a.md", "superseded by ADR-2"),
        adr("0002-b.md", "superseded by [3. C](0003-c.md)", "* Supersedes: 1"),
        adr("0003-c.md", "accepted", "* Supersedes: ADR-0002"),
        adr("0004-d.md", "accepted"));
    DecisionGraph graph = decisions.graph();
    assertEquals("0003-c.md", graph.currentReplacement(AdrId.of(1)).orElseThrow().title());
    assertEquals("0003-c.md", graph.currentReplacement(AdrId.of(2)).orElseThrow().title());
    assertTrue(graph.currentReplacement(AdrId.of(3)).isEmpty());
    assertTrue(graph.isSuperseded(AdrId.of(1)));
    assertFalse(graph.isSuperseded(AdrId.of(4)));
    assertEquals(List.of(), decisions.findings(), "both sides stated, nothing to report");
  }

  @Test
  @DisplayName("a relation stated on one side is inferred for the other; only a one-sided supersession is a warning")
  void infersTheOtherSide() {
    Decisions decisions = load(
        adr("0001-a.md", "accepted", "* Relates to: ADR-2"),
        adr("0002-b.md", "accepted", "* Amends: ADR-1"),
        adr("0003-c.md", "accepted", "* Supersedes: ADR-2"));
    DecisionGraph graph = decisions.graph();
    assertTrue(graph.relationsOf(AdrId.of(2)).contains(
        new DecisionGraph.Edge(AdrId.of(2), RelationKind.RELATES_TO, AdrId.of(1), false, 0)));
    assertTrue(graph.relationsOf(AdrId.of(1)).contains(
        new DecisionGraph.Edge(AdrId.of(1), RelationKind.AMENDED_BY, AdrId.of(2), false, 0)));
    assertEquals(List.of(AdrId.of(3)), graph.successors(AdrId.of(2)));
    assertEquals(List.of("ADR-3 says it supersedes ADR-2, but ADR-2 does not say so; add 'Superseded by ADR-3'"
        + " to docs/decisions/0002-b.md"), messages(decisions));
  }

  @Test
  @DisplayName("targets are found by relative link (./, ../, no extension, anchors), by any id spelling, or by slug")
  void resolvesEveryWayOfWritingATarget() {
    Decisions decisions = load(
        AdrSource.ofText("docs/decisions/0001-a.md", "# A\n\n* Status: superseded by [B](./0002-b.md#decision)\n"),
        AdrSource.ofText("docs/decisions/0002-b.md", "# B\n\n* Status: superseded by [C](../decisions/0003-c)\n"),
        AdrSource.ofText("docs/decisions/0003-c.md", "# C\n\n* Status: superseded by ADR-0004\n"),
        AdrSource.ofText("docs/decisions/0004-d.md", "# D\n\n* Status: superseded by 0005\n"),
        AdrSource.ofText("docs/decisions/0005-e.md", "# E\n\n* Status: superseded by use-slugs\n"),
        AdrSource.ofText("docs/decisions/use-slugs.md", "# Slugs\n\n* Status: accepted\n"
            + "* Supersedes: 5, [A](0001-renamed-since.md)\n"));
    DecisionGraph graph = decisions.graph();
    assertEquals(List.of(AdrId.of(2), AdrId.of("use-slugs")), graph.successors(AdrId.of(1)),
        "stated by ADR-1 (a link with ./ and an anchor), and inferred from use-slugs");
    assertEquals(List.of(AdrId.of(3)), graph.successors(AdrId.of(2)));
    assertEquals(List.of(AdrId.of(4)), graph.successors(AdrId.of(3)));
    assertEquals(List.of(AdrId.of(5)), graph.successors(AdrId.of(4)));
    assertEquals(List.of(AdrId.of("use-slugs")), graph.successors(AdrId.of(5)));
    assertEquals(List.of(AdrId.of(1), AdrId.of(5)), graph.predecessors(AdrId.of("use-slugs")),
        "a link to a renamed file in the decisions folder falls back to the id in its name");
    assertEquals("Slugs", graph.currentReplacement(AdrId.of(1)).orElseThrow().title());
  }

  @Test
  @DisplayName("a link to a file outside the system's folders does not fall back to a local id")
  void foreignLinksDoNotResolveLocally() {
    Decisions decisions = load(
        AdrSource.ofText("docs/decisions/0001-a.md", "# A\n\n* Status: superseded by [B](../../other/decisions/0002-b.md)\n"),
        AdrSource.ofText("docs/decisions/0002-b.md", "# B\n\n* Status: accepted\n"));
    assertEquals(List.of(), decisions.graph().successors(AdrId.of(1)));
    assertEquals(List.of(Severity.ERROR), decisions.findings().stream().map(Finding::severity).toList());
  }

  @Test
  @DisplayName("supersession cycles are errors, reported once each; an ADR superseding itself is one too")
  void cycles() {
    Decisions decisions = load(
        adr("0001-a.md", "superseded by 2", "* Supersedes: 3"),
        adr("0002-b.md", "superseded by 3", "* Supersedes: 1"),
        adr("0003-c.md", "superseded by 1", "* Supersedes: 2"),
        adr("0004-d.md", "superseded by 4"));
    assertEquals(List.of(
        "supersession cycle: ADR-1 -> ADR-2 -> ADR-3 -> ADR-1 (each is superseded by the next); a decision cannot"
            + " be replaced by one it replaces",
        "ADR-4 says it is superseded by itself"),
        messages(decisions).stream().filter(m -> !m.contains("does not say so")).toList());
    assertTrue(decisions.graph().currentReplacement(AdrId.of(1)).isEmpty(),
        "a cycle has no current decision, and following it does not loop forever");
  }

  @Test
  @DisplayName("an amendment pointing nowhere is a warning; a supersession pointing nowhere is an error")
  void pointingNowhere() {
    Decisions decisions = load(adr("0001-a.md", "accepted", "* Amends: ADR-9", "* Superseded by: ADR-8"));
    assertEquals(List.of(Severity.WARNING, Severity.ERROR),
        decisions.findings().stream().sorted(Comparator.comparing(Finding::line))
            .map(Finding::severity).toList());
  }

  @Test
  @DisplayName("code may cite an ADR as 4, 0004, ADR-4 or ADR-0004")
  void findsByAnySpelling() {
    Decisions decisions = load(adr("0004-d.md", "accepted"));
    for (String reference : List.of("4", "0004", "ADR-4", "ADR-0004", "adr-4")) {
      assertEquals(AdrId.of(4), decisions.graph().find(reference).orElseThrow().id(), reference);
    }
    assertTrue(decisions.graph().find("5").isEmpty());
  }
}
