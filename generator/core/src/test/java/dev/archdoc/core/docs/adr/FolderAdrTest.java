package dev.archdoc.core.docs.adr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Eclipse EDC keeps each decision record in a folder of its own,
 * {@code docs/developer/decision-records/2022-02-03-integration-testing/README.md}, its images beside it,
 * and states no date or status in the text: the folder's name says the id, the date and the title.
 */
@DisplayName("A folder per ADR (Eclipse EDC): its README is the ADR, its folder's name its id and date")
class FolderAdrTest {

  private static final String EDC = "docs/developer/decision-records/";

  @Test
  @DisplayName("a dated folder's README is an ADR dated by the folder; the records' own README is not an ADR")
  void datedFolders() {
    Decisions decisions = AdrLoader.load(List.of(
        AdrSource.ofText(Path.of(EDC + "2022-02-03-integration-testing/README.md"),
            "# Integration testing\n\n## Decision\n\nExtend the `EdcExtension`.\n"),
        AdrSource.ofText(Path.of(EDC + "2022-02-07-tracing/README.md"), "## Decision\n\nUse OpenTelemetry.\n"),
        AdrSource.ofText(Path.of(EDC + "README.md"), "# Decision Records\n\n- [Integration](2022-02-03-integration-testing/)\n")));

    assertThat(decisions.adrs()).extracting(adr -> adr.id().display())
        .containsExactly("2022-02-03-integration-testing", "2022-02-07-tracing");
    Adr testing = decisions.adrs().get(0);
    assertThat(testing.title()).isEqualTo("Integration testing");
    assertThat(testing.date()).hasValueSatisfying(date -> {
      assertThat(date.date()).contains(LocalDate.of(2022, 2, 3));
      assertThat(date.shown()).isEqualTo("2022-02-03");
    });
    assertThat(decisions.adrs().get(1).title()).as("no heading: the folder's name stands in").isEqualTo("Tracing");
  }

  @Test
  @DisplayName("numbered folders too; template folders, undated and unnumbered folders are not ADRs")
  void whichFolders() {
    assertThat(AdrFileName.isAdr(Path.of("docs/adr/0003-use-kafka/README.md"))).isTrue();
    assertThat(AdrFileName.idOf(Path.of("docs/adr/0003-use-kafka/README.md"))).isEqualTo(AdrId.of(3));
    assertThat(AdrFileName.isAdr(Path.of("docs/adr/20220101-use-kafka/index.adoc"))).isTrue();
    assertThat(AdrFileName.isAdr(Path.of("docs/adr/0000-template/README.md"))).isFalse();
    assertThat(AdrFileName.isAdr(Path.of("docs/adr/templates/0001-x/README.md"))).isFalse();
    assertThat(AdrFileName.isAdr(Path.of("docs/adr/guides/README.md"))).isFalse();
    assertThat(AdrFileName.isAdr(Path.of("docs/adr/2022-02-03-x/notes.png"))).isFalse();
    // EDC's 2022-11-09-api-refactoring/ holds README.md and its two parts, renaming.md and documentation.md
    assertThat(AdrFileName.isAdr(Path.of(EDC + "2022-11-09-api-refactoring/renaming.md"))).isFalse();
    assertThat(AdrFileName.isAdr(Path.of(EDC + "2022-11-09-api-refactoring/README.md"))).isTrue();
    // a decisions folder that merely starts with a year still holds numbered ADRs
    assertThat(AdrFileName.isAdr(Path.of("docs/2022-decisions/0001-use-x.md"))).isTrue();
  }

  @Test
  @DisplayName("a date the text states wins over the folder's; a date-prefixed file (log4brains) is not dated by its name")
  void statedDatesWin() {
    Decisions decisions = AdrLoader.load(List.of(
        AdrSource.ofText(Path.of("docs/adr/20220101-use-kafka/README.md"), "# Use Kafka\n\nWe use Kafka.\n"),
        AdrSource.ofText(Path.of("docs/adr/2022-01-02-use-rabbit/README.md"), "---\ndate: 2023-05-06\n---\n# Use Rabbit\n"),
        AdrSource.ofText(Path.of("docs/adr/20200101-use-redis.md"), "# Use Redis\n")));
    assertThat(decisions.adrs()).extracting(adr -> adr.title() + " " + adr.date().map(AdrDate::shown).orElse("none"))
        .containsExactlyInAnyOrder("Use Kafka 2022-01-01", "Use Rabbit 2023-05-06", "Use Redis none");
  }
}
