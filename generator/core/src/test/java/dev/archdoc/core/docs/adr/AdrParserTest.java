package dev.archdoc.core.docs.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edge cases of single documents, in memory. */
class AdrParserTest {

  private static AdrParser.Parsed parse(String file, String text) {
    return AdrParser.parse(AdrSource.ofText("d/" + file, text));
  }

  private static Adr adr(String file, String text) {
    return parse(file, text).adr().orElseThrow();
  }

  @ParameterizedTest(name = "''{1}'' in {0}")
  @CsvSource(delimiter = '|', value = {
      "0004-x.md | # 4. Use X | Use X",
      "0004-x.md | # 4: Use X | Use X",
      "0004-x.md | # 4 - Use X | Use X",
      "0004-x.md | # ADR-0004: Use X | Use X",
      "0004-x.md | # ADR 4 - Use X | Use X",
      "0004-x.md | # 4 Use X | Use X",
      "use-x.md | # 4 ways to use X | 4 ways to use X",
      "0004-x.md | # 2PC for transactions | 2PC for transactions",
      "0004-x.md | # Use X ## | Use X",
      "0004-x.md | # [Deprecated] Use X | Use X",
      "0004-x.md | # [short title of solved problem] | [short title of solved problem]",
  })
  @DisplayName("the title loses a number and a status marker, and keeps everything else")
  void titles(String file, String heading, String title) {
    assertEquals(title, adr(file, heading + "\n\n* Status: accepted\n").title());
  }

  @Test
  @DisplayName("the file name wins over a different number in the title, which is noted")
  void fileNameWins() {
    AdrParser.Parsed parsed = parse("0012-lucene.md", "# 14. Lucene\n\n* Status: proposed\n");
    assertEquals(AdrId.of(12), parsed.adr().orElseThrow().id());
    assertEquals(List.of(new Finding("adr-integrity", Severity.INFO, java.nio.file.Path.of("d/0012-lucene.md"), 1,
        "the title says 14 but the file name says 12; the file name wins, this is ADR-12")), parsed.findings());
  }

  @Test
  @DisplayName("a setext title, bold keys, HTML comments and Nygard's plain Status: line are read")
  void markupVariants() {
    Adr adr = adr("0001-a.md", """
        Use setext
        ==========

        **Status:** Accepted <!-- optional -->
        **Date**: 2020-02-02
        Deciders: _Ada_, Grace
        """);
    assertEquals("Use setext", adr.title());
    assertEquals(new AdrStatus(StatusKind.ACCEPTED, "Accepted", 4), adr.status());
    assertEquals("2020-02-02", adr.date().orElseThrow().raw());
    assertEquals(List.of("Ada", "Grace"), adr.deciders(), "emphasis around a name is markup");
  }

  @Test
  @DisplayName("headings and metadata inside fenced code, indented code or HTML comments are not read")
  void ignoresCodeAndComments() {
    AdrParser.Parsed parsed = parse("0001-a.md", """
        ```
        # Not the title
        ```
        <!--
        # Not the title either
        * Status: accepted
        -->
            # indented code
        # The title

        * Status: proposed
        """);
    Adr adr = parsed.adr().orElseThrow();
    assertEquals("The title", adr.title());
    assertEquals(9, adr.titleLine());
    assertEquals(StatusKind.PROPOSED, adr.status().kind());
  }

  @Test
  @DisplayName("front matter title stands in when there is no heading; metadata first found wins")
  void frontMatterTitleAndPrecedence() {
    Adr adr = adr("0001-a.md", """
        ---
        title: From front matter
        status: accepted
        ---
        * Status: rejected
        """);
    assertEquals("From front matter", adr.title());
    assertEquals(2, adr.titleLine());
    assertEquals(StatusKind.ACCEPTED, adr.status().kind());
  }

  @Test
  @DisplayName("the body is the source after the title, with its first line number")
  void body() {
    Adr adr = adr("0001-a.md", "---\nstatus: accepted\n---\n\n# Title\n\nFirst paragraph.\n");
    assertEquals(6, adr.bodyLine());
    assertEquals("\nFirst paragraph.\n", adr.body());
    Adr adoc = adr("0001-a.adoc", "= Title\n:status: accepted\n\nFirst paragraph.\n");
    assertEquals(3, adoc.bodyLine());
    assertTrue(adoc.body().startsWith("\nFirst paragraph."));
  }

  @Test
  @DisplayName("the body leaves out what the metadata table shows, and keeps every other line's number")
  void bodyWithoutMetadata() {
    Adr nygard = adr("0003-a.md", """
        # 3. Reads through the log

        Date: 2026-11-28

        ## Status

        Superseded by [7. ReadIndex](0007-readindex.md)

        ## Context

        Stale reads.
        """);
    assertEquals("\n\n\n\n\n\n\n## Context\n\nStale reads.\n", nygard.body());

    Adr madr2 = adr("0004-b.md", """
        # Use B

        * Status: accepted
        * Deciders: Ann, Bo
        * Technical Story: #12

        ## Context
        """);
    assertEquals("\n\n\n* Technical Story: #12\n\n## Context\n", madr2.body());
  }

  @Test
  @DisplayName("a Status section that says more than the status is kept whole")
  void statusSectionWithProseIsKept() {
    String withProse = """
        # 5. Use C

        ## Status

        Accepted, but only for the core; see the review notes.

        ## Context
        """;
    assertTrue(adr("0005-c.md", withProse).body().contains("Accepted, but only for the core"));
    assertTrue(adr("0005-c.md", withProse).body().contains("## Status"));

    String fromFrontMatter = "---\nstatus: accepted\n---\n# 6. Use D\n\n## Status\n\nProposed\n";
    assertTrue(adr("0006-d.md", fromFrontMatter).body().contains("Proposed"),
        "a Status section that disagrees with the front matter is the reader's to see");

    String withSubsection = "# 7. Use E\n\n## Status\n\nAccepted\n\n### History\n\nWas proposed in May.\n";
    assertTrue(adr("0007-e.md", withSubsection).body().contains("## Status"));
  }

  @Test
  @DisplayName("governs entries keep their lines, wherever they are written")
  void governsWithLines() {
    Adr bullets = adr("0001-a.md", "# A\n\n* Status: accepted\n* Governs: `a.B`, c.d..\n");
    assertEquals(List.of(new GovernedElement("a.B", 4), new GovernedElement("c.d..", 4)), bullets.governs());
    Adr yaml = adr("0002-b.md", "---\ngoverns: [a.B, c.D#e(int)]\n---\n# B\n");
    assertEquals(List.of(new GovernedElement("a.B", 2), new GovernedElement("c.D#e(int)", 2)), yaml.governs());
  }
}
