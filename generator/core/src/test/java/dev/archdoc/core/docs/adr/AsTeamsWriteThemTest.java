package dev.archdoc.core.docs.adr;

import static dev.archdoc.core.docs.adr.Fixtures.adr;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archdoc.core.finding.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * ADRs as real teams write them (JabRef's MADR set, Jekyll front matter), one reading rule per
 * fixture folder under {@code src/test/resources/adr/as-written/}.
 */
@DisplayName("ADRs as real teams write them")
class AsTeamsWriteThemTest {

  private static List<String> findings(Decisions decisions) {
    return decisions.findings().stream().map(Finding::toString).toList();
  }

  @Test
  @DisplayName("no status is allowed by MADR: shown as 'no status', and only a hint (adr-status, info)")
  void missingStatusIsAHint() {
    Decisions decisions = Fixtures.load("as-written/missing-status");
    assertEquals(StatusKind.MISSING, adr(decisions, "1").status().kind());
    assertEquals(List.of("decisions/0001-use-madr-without-status.md:5: info: has no status (MADR makes it optional),"
        + " so it is shown as 'no status'; state one of proposed, accepted, rejected, deprecated or superseded"
        + " [adr-status]"), findings(decisions));
  }

  @Test
  @DisplayName("a front-matter key given twice is an error at the second, and the first value is read")
  void duplicateKeyIsAnError() {
    Decisions decisions = Fixtures.load("as-written/duplicate-key");
    assertEquals(List.of("decisions/0001-status-twice.md:4: error: front matter key 'status' is given twice"
        + " (first on line 2); YAML allows a key once, so this value is ignored: keep the one that holds"
        + " [adr-integrity]"), findings(decisions));
    assertEquals(StatusKind.PROPOSED, adr(decisions, "1").status().kind());
  }

  @Test
  @DisplayName("a relation stated in a status value ('accepted; supersedes ADR-0045') is a relation")
  void relationInStatus() {
    Decisions decisions = Fixtures.load("as-written/relation-in-status");
    assertEquals(List.of(), findings(decisions));
    Adr positional = adr(decisions, "57");
    assertEquals(StatusKind.ACCEPTED, positional.status().kind());
    assertEquals(List.of(adr(decisions, "45").id()), decisions.graph().predecessors(positional.id()));
    assertEquals(List.of(positional.id()), decisions.graph().successors(adr(decisions, "45").id()));
    assertEquals(List.of(new DecisionGraph.Edge(adr(decisions, "58").id(), RelationKind.AMENDS, positional.id(), true, 2)),
        decisions.graph().relationsOf(adr(decisions, "58").id()));
  }

  @Test
  @DisplayName("dates as people write them are read and shown as ISO dates; an ambiguous one says why")
  void datesAsWritten() {
    Decisions decisions = Fixtures.load("as-written/dates");
    List<String> expected = List.of("2017-07-21", "2021-01-29", "2022-04-10", "2024-09-29", "2024-01-02", "-",
        "2024-02-13", "2022-05-16", "-", "-", "2020-03-21", "2021-06-03", "2022-05-12", "2021-01-03");
    for (int i = 1; i <= expected.size(); i++) {
      AdrDate date = adr(decisions, String.valueOf(i)).date().orElseThrow();
      assertEquals(expected.get(i - 1), date.date().map(LocalDate::toString).orElse("-"), "ADR " + i);
    }
    assertEquals("2017-07-21", adr(decisions, "1").date().orElseThrow().shown());
    assertEquals("2022-05-16, expanded 2022-10-04", adr(decisions, "8").date().orElseThrow().shown());
    assertEquals("01/02/2024", adr(decisions, "6").date().orElseThrow().shown());
    assertEquals(List.of(
        "decisions/0006-dated.md:3: warning: date '01/02/2024' is ambiguous: it reads as 2024-01-02 (month first)"
            + " and as 2024-02-01 (day first); write it as YYYY-MM-DD; it is shown as written and not ordered"
            + " [adr-integrity]",
        "decisions/0009-dated.md:3: warning: date '31.02.2020' is not a date archdoc reads (such as 2024-01-29,"
            + " 29.01.2024, Jan 29, 2024, 29 January 2024 or 2024/01/29); it is shown as written and not ordered"
            + " [adr-integrity]",
        "decisions/0010-dated.md:3: warning: date 'someday' is not a date archdoc reads (such as 2024-01-29,"
            + " 29.01.2024, Jan 29, 2024, 29 January 2024 or 2024/01/29); it is shown as written and not ordered"
            + " [adr-integrity]"), findings(decisions));
    assertEquals(Optional.empty(), WrittenDate.read("2024-01-02T10:00").date());
    assertEquals("2020-03-21", adr(decisions, "11").date().orElseThrow().shown());
  }

  @Test
  @DisplayName("month names of other languages are read; one read as two different dates is ambiguous, not guessed")
  void monthNamesOfOtherLanguages() {
    assertEquals(Optional.of(LocalDate.of(2020, 3, 21)), WrittenDate.read("21. März 2020").date());
    assertEquals(Optional.of(LocalDate.of(2021, 6, 3)), WrittenDate.read("3 juin 2021").date());
    assertEquals(Optional.of(LocalDate.of(2021, 2, 3)), WrittenDate.read("3 févr. 2021").date());
    assertEquals(Optional.of(LocalDate.of(2019, 10, 1)), WrittenDate.read("1 oktober 2019").date());
    assertEquals(Optional.of(LocalDate.of(2022, 12, 24)), WrittenDate.read("24 dicembre 2022").date());
    assertEquals(Optional.of(LocalDate.of(2021, 1, 29)), WrittenDate.read("Jan 29, 2021").date());
    assertEquals(Optional.empty(), WrittenDate.read("3 Juno 2021").date());
    assertEquals(Optional.empty(), WrittenDate.read("30 février 2021").date());
  }
}
