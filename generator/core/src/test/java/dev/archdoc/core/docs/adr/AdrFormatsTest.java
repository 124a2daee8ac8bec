package dev.archdoc.core.docs.adr;

import static dev.archdoc.core.docs.adr.Fixtures.adr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One fixture folder per format, under src/test/resources/adr. */
class AdrFormatsTest {

  private static List<String> findings(Decisions decisions) {
    return decisions.findings().stream().map(Finding::toString).toList();
  }

  @Nested
  @DisplayName("Nygard / adr-tools")
  class Nygard {
    private final Decisions decisions = Fixtures.load("nygard");

    @Test
    @DisplayName("reads number, title without the number, Date: line and the Status section; skips README and template")
    void readsMetadata() {
      assertEquals(List.of("ADR-1", "ADR-2", "ADR-3", "ADR-4"), decisions.adrs().stream().map(Adr::displayId).toList());
      Adr first = adr(decisions, "1");
      assertEquals(AdrFormat.NYGARD, first.format());
      assertEquals("Record architecture decisions", first.title());
      assertEquals(1, first.titleLine());
      assertEquals(new AdrStatus(StatusKind.ACCEPTED, "Accepted", 7), first.status());
      assertEquals(Optional.of(LocalDate.of(2019, 3, 1)), first.date().orElseThrow().date());
      assertEquals(Optional.of(3), first.lineOf("date"));
      assertEquals(Path.of("decisions/0001-record-architecture-decisions.md"), first.file());
      assertEquals(2, first.bodyLine());
      assertTrue(first.body().contains("## Decision"));
    }

    @Test
    @DisplayName("'Accepted on <date>' is accepted, with the date kept in the raw text")
    void statusWithDate() {
      assertEquals(new AdrStatus(StatusKind.ACCEPTED, "Accepted on 2019-05-03", 7), adr(decisions, "3").status());
    }

    @Test
    @DisplayName("adr-tools' 'Superceded by' and 'Supercedes' link the two ADRs both ways, with no finding")
    void misspeltSupersession() {
      assertEquals(StatusKind.SUPERSEDED, adr(decisions, "2").status().kind());
      assertEquals(List.of(AdrId.of(4)), decisions.graph().successors(AdrId.of(2)));
      assertEquals(List.of(AdrId.of(2)), decisions.graph().predecessors(AdrId.of(4)));
      assertEquals("ADR-4", decisions.graph().currentReplacement(AdrId.of(2)).orElseThrow().displayId());
    }

    @Test
    @DisplayName("'Amended by' and 'Amends' are relations with their lines; a '# Status:' in a code block is not metadata")
    void amendments() {
      assertEquals(List.of(new StatedRelation(RelationKind.AMENDED_BY, "3. Keep decisions short",
          "0003-keep-decisions-short.md", 9)), adr(decisions, "1").relations());
      assertEquals(List.of(), findings(decisions));
    }
  }

  @Nested
  @DisplayName("MADR 2")
  class Madr2 {
    private final Decisions decisions = Fixtures.load("madr2");

    @Test
    @DisplayName("reads the Status, Deciders, Date and Tags bullets")
    void readsBullets() {
      Adr kafka = adr(decisions, "ADR-1");
      assertEquals(AdrFormat.MADR_2, kafka.format());
      assertEquals("Use Kafka for Events", kafka.title());
      assertEquals(StatusKind.ACCEPTED, kafka.status().kind());
      assertEquals(List.of("Ada Lovelace", "Grace Hopper (chair, tie-breaker)"), kafka.deciders());
      assertEquals(List.of("messaging", "infrastructure"), kafka.tags());
      assertEquals(Map.of("title", 1, "status", 3, "deciders", 4, "date", 5, "tags", 6), kafka.metadataLines());
    }

    @Test
    @DisplayName("a '[Superseded by ...]' marker leaves the title; the supersession is stated on one side only (a warning)")
    void supersededMarker() {
      Adr rabbit = adr(decisions, "2");
      assertEquals("Use RabbitMQ", rabbit.title());
      assertEquals(StatusKind.SUPERSEDED, rabbit.status().kind());
      assertEquals(List.of(AdrId.of(1)), decisions.graph().successors(AdrId.of(2)));
      assertEquals(List.of("decisions/0002-use-rabbitmq.md:3: warning: ADR-2 says it is superseded by ADR-1, but"
          + " ADR-1 does not say so; add 'Supersedes ADR-2' to decisions/0001-use-kafka-for-events.md [adr-integrity]"),
          findings(decisions));
    }

    @Test
    @DisplayName("a status followed by prose is still a status; '## Links' relations are read, web links are not")
    void proseAndLinks() {
      Adr retry = adr(decisions, "3");
      assertEquals(new AdrStatus(StatusKind.PROPOSED, "Proposed. We try it in one service first.", 3), retry.status());
      assertEquals(List.of(new StatedRelation(RelationKind.RELATES_TO, "ADR-0001", "0001-use-kafka-for-events.md", 12)),
          retry.relations());
      assertTrue(decisions.graph().relationsOf(AdrId.of(1)).contains(
          new DecisionGraph.Edge(AdrId.of(1), RelationKind.RELATES_TO, AdrId.of(3), false, 0)), "inferred back");
    }
  }

  @Nested
  @DisplayName("MADR 3/4 front matter")
  class Madr4 {
    private final Decisions decisions = Fixtures.load("madr4");

    @Test
    @DisplayName("reads status, date, decision-makers, consulted, informed, tags through a YAML parser")
    void readsFrontMatter() {
      Adr jte = adr(decisions, "1");
      assertEquals(AdrFormat.MADR_FRONT_MATTER, jte.format());
      assertEquals("Use jte for templates", jte.title());
      assertEquals(new AdrStatus(StatusKind.ACCEPTED, "accepted", 2), jte.status());
      assertEquals(LocalDate.of(2024, 5, 6), jte.date().orElseThrow().parsed());
      assertEquals(List.of("Ada Lovelace", "Grace Hopper"), jte.deciders());
      assertEquals(List.of("Site reliability team"), jte.consulted());
      assertEquals(List.of("Everyone in engineering"), jte.informed());
      assertEquals(List.of("rendering", "templates"), jte.tags());
      assertEquals(Optional.of(4), jte.lineOf("deciders"));
    }

    @Test
    @DisplayName("keeps each governs entry with its line, and unknown keys as written (0032 stays 0032)")
    void governsAndUnknownKeys() {
      Adr jte = adr(decisions, "1");
      assertEquals(List.of(new GovernedElement("com.example.site.render..", 10),
          new GovernedElement("com.example.site.Page#render(java.io.Writer)", 11)), jte.governs());
      assertEquals(Map.of("nav_order", "0032", "parent", "Decisions"), jte.extra());
      assertEquals(16, jte.titleLine());
      assertEquals(17, jte.bodyLine());
    }

    @Test
    @DisplayName("supersedes: [2] and superseded-by: 3 agree, so the supersession is two-sided; amends is inferred back")
    void relationsFromFrontMatter() {
      assertEquals(List.of(AdrId.of(3)), decisions.graph().successors(AdrId.of(2)));
      assertEquals(List.of(AdrId.of(2)), decisions.graph().predecessors(AdrId.of(3)));
      assertTrue(decisions.graph().relationsOf(AdrId.of(1)).stream()
          .anyMatch(edge -> edge.kind() == RelationKind.AMENDED_BY && edge.to().equals(AdrId.of(3)) && !edge.stated()));
      assertEquals(List.of("Grace Hopper"), adr(decisions, "2").deciders(), "deciders: is decision-makers");
      assertEquals(List.of(), findings(decisions));
    }
  }

  @Nested
  @DisplayName("AsciiDoc")
  class AsciiDoc {
    private final Decisions decisions = Fixtures.load("asciidoc");

    @Test
    @DisplayName("reads the header attributes, with {attribute} references and continued lines, not the body's")
    void readsHeader() {
      Adr preVote = adr(decisions, "1");
      assertEquals(AdrFormat.ASCIIDOC, preVote.format());
      assertEquals("Pre-vote and check-quorum", preVote.title());
      assertEquals(2, preVote.titleLine());
      assertEquals(new AdrStatus(StatusKind.ACCEPTED, "accepted", 4), preVote.status());
      assertEquals(List.of("raft-kv maintainers", "Ada Lovelace"), preVote.deciders());
      assertEquals(List.of("election", "availability"), preVote.tags());
      assertEquals(List.of(new GovernedElement("com.example.raft.core.RaftCore", 9),
          new GovernedElement("com.example.raft.worker..", 10)), preVote.governs());
      assertEquals(Map.of("core", "com.example.raft.core", "nav-order", "7"), preVote.extra());
      assertEquals(13, preVote.bodyLine());
    }

    @Test
    @DisplayName("adr-tools style AsciiDoc: numbered title, Date: line, == Status section with an AsciiDoc link")
    void adrToolsStyle() {
      Adr plain = adr(decisions, "2");
      assertEquals("Plain elections", plain.title());
      assertEquals(LocalDate.of(2026, 1, 10), plain.date().orElseThrow().parsed());
      assertEquals(StatusKind.SUPERSEDED, plain.status().kind());
      assertEquals(List.of(AdrId.of(1)), decisions.graph().successors(AdrId.of(2)));
      assertEquals(List.of(AdrId.of(2)), decisions.graph().predecessors(AdrId.of(1)), ":supersedes: 2 agrees");
    }

    @Test
    @DisplayName("an unrecognised status and an undated date are warnings; relates-to lists resolve")
    void warnings() {
      Adr onHold = adr(decisions, "3");
      assertEquals(new AdrStatus(StatusKind.UNRECOGNISED, "on hold", 2), onHold.status());
      assertEquals("soon", onHold.date().orElseThrow().raw());
      assertEquals(Optional.empty(), onHold.date().orElseThrow().date());
      assertEquals(2, decisions.graph().relationsOf(AdrId.of(3)).size());
      assertEquals(List.of(
          "decisions/0003-on-hold.adoc:2: warning: status 'on hold' is not one of proposed, accepted, rejected,"
              + " deprecated, superseded; it is shown as written [adr-integrity]",
          "decisions/0003-on-hold.adoc:4: warning: date 'soon' is not a date archdoc reads (such as 2024-01-29,"
              + " 29.01.2024, Jan 29, 2024, 29 January 2024 or 2024/01/29); it is shown as written and not ordered"
              + " [adr-integrity]"), findings(decisions));
    }
  }

  @Nested
  @DisplayName("log4brains")
  class Log4brains {
    private final Decisions decisions = Fixtures.load("log4brains");

    @Test
    @DisplayName("date-prefixed names are slugs; bullets and '## Links' supersession agree; index.md is skipped")
    void slugsAndLinks() {
      assertEquals(List.of("20200101-use-log4brains", "20200301-use-archdoc", "20200302-publish-on-pages"),
          decisions.adrs().stream().map(Adr::displayId).toList());
      Adr old = adr(decisions, "20200101-use-log4brains");
      assertEquals(AdrFormat.LOG4BRAINS, old.format());
      assertEquals(List.of("doc", "tooling"), old.tags(), "log4brains separates tags by spaces too");
      assertEquals(List.of(AdrId.of("20200301-use-archdoc")), decisions.graph().successors(old.id()));
    }

    @Test
    @DisplayName("a relative link without extension resolves; an intro paragraph before the bullets is fine; 'draft' is kept")
    void introAndDraft() {
      Adr pages = adr(decisions, "20200302-publish-on-pages");
      assertEquals(new AdrStatus(StatusKind.UNRECOGNISED, "draft", 5), pages.status());
      assertTrue(decisions.graph().relationsOf(pages.id()).stream()
          .anyMatch(edge -> edge.kind() == RelationKind.RELATES_TO && edge.to().equals(AdrId.of("20200301-use-archdoc"))));
      assertEquals(List.of(Severity.WARNING), decisions.findings().stream().map(Finding::severity).toList());
    }
  }
}
