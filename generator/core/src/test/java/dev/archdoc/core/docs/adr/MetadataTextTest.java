package dev.archdoc.core.docs.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataTextTest {

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(delimiter = '|', value = {
      "Accepted | ACCEPTED | Accepted",
      "accepted. | ACCEPTED | accepted.",
      "Accepted on 2020-01-01 | ACCEPTED | Accepted on 2020-01-01",
      "**Proposed** | PROPOSED | Proposed",
      "proposed. **This ADR did not reach consensus** | PROPOSED | proposed. **This ADR did not reach consensus",
      "REJECTED | REJECTED | REJECTED",
      "Deprecated <!-- optional --> | DEPRECATED | Deprecated",
      "superseded by [ADR-0019](0019-x.md) | SUPERSEDED | superseded by [ADR-0019](0019-x.md)",
      "Superceded by 5 | SUPERSEDED | Superceded by 5",
      "Superseded - see https://x/339[#339]. | SUPERSEDED | Superseded - see https://x/339[#339].",
      "on hold | UNRECOGNISED | on hold",
      "draft | UNRECOGNISED | draft",
      "Pending | UNRECOGNISED | Pending",
      "not accepted | UNRECOGNISED | not accepted",
  })
  @DisplayName("statuses are normalised case-insensitively; the text is kept as written, without surrounding markup")
  void statuses(String written, StatusKind kind, String raw) {
    AdrStatus status = MetadataText.status(written, 7).status();
    assertEquals(kind, status.kind());
    assertEquals(7, status.line());
    assertEquals(raw, status.raw());
  }

  @Test
  @DisplayName("a superseded status names its successor, by link or by id")
  void supersededStatusNamesSuccessor() {
    assertEquals(List.of(new StatedRelation(RelationKind.SUPERSEDED_BY, "ADR-0019", "0019-x.md", 3)),
        MetadataText.status("superseded by [ADR-0019](0019-x.md)", 3).relations());
    assertEquals(List.of(new StatedRelation(RelationKind.SUPERSEDED_BY, "ADR-5", "", 3)),
        MetadataText.status("Superseded by ADR-5", 3).relations());
    assertEquals(List.of(), MetadataText.status("Superseded - see https://example.com/339[#339].", 3).relations());
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(delimiter = '|', value = {
      "Superseded by [5. Foo](0005-foo.md) | SUPERSEDED_BY",
      "Superceded by [5. Foo](0005-foo.md) | SUPERSEDED_BY",
      "Supersedes [5. Foo](0005-foo.md) | SUPERSEDES",
      "Supercedes [5. Foo](0005-foo.md) | SUPERSEDES",
      "Amended by [5. Foo](0005-foo.md) | AMENDED_BY",
      "Amends [5. Foo](0005-foo.md) | AMENDS",
      "Relates to [5. Foo](0005-foo.md) | RELATES_TO",
      "Related to [5. Foo](0005-foo.md) | RELATES_TO",
      "*Supersedes* [5. Foo](0005-foo.md) | SUPERSEDES",
  })
  @DisplayName("relation statements are read in every spelling adr-tools and people use")
  void relationKinds(String written, RelationKind kind) {
    MetadataText.Relation relation = MetadataText.relation(written, 9).orElseThrow();
    assertEquals(kind, relation.kind());
    assertEquals(List.of(new StatedRelation(kind, "5. Foo", "0005-foo.md", 9)), relation.targets());
  }

  @Test
  @DisplayName("targets may be links (Markdown or AsciiDoc), ids, several ids, or one slug; prose names only ADR-n")
  void targets() {
    assertEquals(List.of("ADR-0007:0007-q.adoc"), targets("link:0007-q.adoc[ADR-0007]"));
    assertEquals(List.of("Query:0007-q.adoc"), targets("<<0007-q.adoc,Query>>"));
    assertEquals(List.of("4:", "0005:", "ADR-6:"), targets("4, 0005 and ADR-6"));
    assertEquals(List.of("3:"), targets("[3]"));
    assertEquals(List.of("20201029-superseder:"), targets("20201029-superseder"));
    assertEquals(List.of("ADR-12:"), targets("the caching design of ADR-12, revised in 2021"));
    assertEquals(List.of(), targets("the new design from 2021"));
    assertEquals(List.of(), targets("[a blog post](https://example.com/post)"));
  }

  private static List<String> targets(String text) {
    return MetadataText.targets(RelationKind.SUPERSEDES, text, 1).stream()
        .map(relation -> relation.target() + ":" + relation.link()).toList();
  }

  @Test
  @DisplayName("text that does not start with a relation is not one")
  void notARelation() {
    assertTrue(MetadataText.relation("We decided to supersede ADR-11", 1).isEmpty());
    assertTrue(MetadataText.relation("[Related GitHub issue](https://x)", 1).isEmpty());
  }

  @ParameterizedTest(name = "''{0}'' only restates metadata: {1}")
  @CsvSource(delimiter = '|', value = {
      "Accepted | true",
      "**accepted.** | true",
      "Superseded by [7. Reads](0007-reads.md) | true",
      "Supercedes 3, 4 and ADR-5 | true",
      "superseded by link:0007-x.adoc[ADR-0007] | true",
      "Accepted on 2020-01-01 | false",
      "Accepted, but only for the core | false",
      "Superseded by the new design, see [7](0007-x.md) | false",
      "Superseded - see https://x/339[#339]. | false",
      "Amended by [the wiki](https://wiki/x) | false",
  })
  @DisplayName("a line only restates the metadata table when it is a bare status or a relation naming only ADRs")
  void onlyStatusOrRelation(String written, boolean only) {
    assertEquals(only, MetadataText.isOnlyStatusOrRelation(written));
  }

  @Test
  @DisplayName("lists split on commas, but not inside parentheses, and drop brackets and quotes")
  void lists() {
    assertEquals(List.of("Lars", "Johan", "Fredrik (and others, I think)"),
        MetadataText.splitList("Lars, Johan, Fredrik (and others, I think)"));
    assertEquals(List.of("election", "availability"), MetadataText.splitList("[election, \"availability\"]"));
    assertEquals(List.of(), MetadataText.splitList("  "));
  }

  @Test
  @DisplayName("a date is the ISO date the text starts with, if it is a real date")
  void dates() {
    assertEquals(Optional.of(LocalDate.of(2022, 5, 16)), MetadataText.date("2022-05-16, expanded 2022-10-04").date());
    assertEquals(Optional.of(LocalDate.of(2016, 2, 12)), MetadataText.date("2016-02-12").date());
    assertEquals(Optional.empty(), MetadataText.date("2021-02-30").date());
    assertEquals(Optional.empty(), MetadataText.date("[YYYY-MM-DD when the decision was last updated]").date());
    assertEquals(Optional.empty(), MetadataText.date("12/02/2016").date());
  }
}
