package dev.archdoc.core.docs.adr;

import static dev.archdoc.core.docs.adr.Fixtures.adr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.core.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The broken corpus under src/test/resources/adr/broken: one problem per file. */
@DisplayName("broken ADRs")
class BrokenAdrsTest {

  private final Decisions decisions = Fixtures.load("broken");

  @Test
  @DisplayName("each problem is one finding with its file and line, all reported in one run, in file order")
  void everyProblemIsAFinding() {
    assertEquals(List.of(
        "decisions/0001-malformed-front-matter.md:4: error: malformed YAML front matter: expected ',' or ']',"
            + " but got <stream end>; its metadata is ignored [adr-integrity]",
        "decisions/0001-malformed-front-matter.md:7: info: has no status (MADR makes it optional), so it is"
            + " shown as 'no status'; state one of"
            + " proposed, accepted, rejected, deprecated or superseded [adr-status]",
        "decisions/0002-no-title.md:1: warning: has no title (a '# Title' line); the file name stands in for it"
            + " [adr-integrity]",
        "decisions/0003-unknown-status.md:3: warning: status 'Pending' is not one of proposed, accepted, rejected,"
            + " deprecated, superseded; it is shown as written [adr-integrity]",
        "decisions/0004-duplicate-b.md:1: error: duplicate id ADR-4: decisions/0004-duplicate-a.md has it too;"
            + " give this ADR its own number [adr-integrity]",
        "decisions/0005-empty.md: error: is empty; write the decision or delete the file [adr-integrity]",
        "decisions/0006-binary.md: error: is a binary file, not a Markdown or AsciiDoc ADR; move it out of the"
            + " decisions folder [adr-integrity]",
        "decisions/0007-latin1.md:7: error: is not valid UTF-8 (byte 49); save it as UTF-8, damaged characters"
            + " are shown as \uFFFD [adr-integrity]",
        "decisions/0008-unclosed-front-matter.md:1: error: front matter starts here but has no closing '---' line;"
            + " its metadata is ignored [adr-integrity]",
        "decisions/0008-unclosed-front-matter.md:5: info: has no status (MADR makes it optional), so it is"
            + " shown as 'no status'; state one of"
            + " proposed, accepted, rejected, deprecated or superseded [adr-status]",
        "decisions/0009-superseded-by-nowhere.md:5: error: ADR-9 says it is superseded by '99. Gone' (0099-gone.md),"
            + " which is not an ADR of this system [adr-integrity]",
        "decisions/0010-cycle-a.md:3: warning: ADR-10 says it is superseded by ADR-11, but ADR-11 does not say so;"
            + " add 'Supersedes ADR-10' to decisions/0011-cycle-b.md [adr-integrity]",
        "decisions/0010-cycle-a.md:3: error: supersession cycle: ADR-10 -> ADR-11 -> ADR-10 (each is superseded by"
            + " the next); a decision cannot be replaced by one it replaces [adr-integrity]",
        "decisions/0011-cycle-b.md:3: warning: ADR-11 says it is superseded by ADR-10, but ADR-10 does not say so;"
            + " add 'Supersedes ADR-11' to decisions/0010-cycle-a.md [adr-integrity]",
        "decisions/0012-one-sided.md:4: warning: ADR-12 says it supersedes ADR-3, but ADR-3 does not say so;"
            + " add 'Superseded by ADR-12' to decisions/0003-unknown-status.md [adr-integrity]",
        "decisions/0013-front-matter-not-mapping.md:2: error: front matter should be a mapping of keys to values;"
            + " it is ignored [adr-integrity]",
        "decisions/0013-front-matter-not-mapping.md:6: info: has no status (MADR makes it optional), so it is"
            + " shown as 'no status'; state one of"
            + " proposed, accepted, rejected, deprecated or superseded [adr-status]",
        "decisions/0014-placeholder-date.md:3: warning: front matter 'date' is a mapping; write it as text or a"
            + " list (a {placeholder} must be quoted or replaced) [adr-integrity]",
        "decisions/0015-no-status.md:1: info: has no status (MADR makes it optional), so it is"
            + " shown as 'no status'; state one of"
            + " proposed, accepted, rejected, deprecated or superseded [adr-status]"),
        decisions.findings().stream().map(Finding::toString).toList());
  }

  @Test
  @DisplayName("every file that can be read still yields its ADR; empty and binary files yield none")
  void theRestStillLoads() {
    assertEquals(List.of("0001", "0002", "0003", "0004", "0004", "0007", "0008", "0009", "0010", "0011", "0012",
        "0013", "0014", "0015"),
        decisions.adrs().stream().map(adr -> adr.file().getFileName().toString().substring(0, 4)).toList());
    assertEquals("No title", adr(decisions, "2").title());
    assertEquals(StatusKind.ACCEPTED, adr(decisions, "2").status().kind());
    assertEquals(StatusKind.PROPOSED, adr(decisions, "14").status().kind());
    assertTrue(adr(decisions, "14").date().isEmpty(), "a placeholder is not a date");
  }

  @Test
  @DisplayName("a file that is not UTF-8 keeps its metadata; only the damaged characters are replaced")
  void nonUtf8KeepsMetadata() {
    Adr latin1 = adr(decisions, "7");
    assertEquals("Latin-1 file", latin1.title());
    assertEquals(StatusKind.ACCEPTED, latin1.status().kind());
    assertTrue(latin1.body().contains("D\uFFFDcision"));
  }

  @Test
  @DisplayName("a duplicated id resolves to the first file, so references stay stable")
  void duplicateResolvesToFirst() {
    assertEquals("Duplicate A", adr(decisions, "ADR-0004").title());
  }
}
