package dev.archdoc.cli;

import static dev.archdoc.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.core.check.CheckResult;
import dev.archdoc.core.check.DriftCheck;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("archdoc new")
class NewCommandTest {

  @TempDir Path root;

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void fourFormats() throws IOException {
    write("arch-docs/decisions/0001-nygard.md", "# 1. Nygard\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nX.\n");
    write("arch-docs/decisions/0002-front-matter.md", "---\nstatus: accepted\ndate: 2026-01-02\n---\n\n# Front matter\n");
    write("arch-docs/decisions/0003-asciidoc.adoc", "= AsciiDoc\n:status: accepted\n:date: 2026-01-03\n\n== Context\n\nX.\n");
    write("arch-docs/decisions/0004-bullets.md", "# Bullets\n\n* Status: accepted\n* Date: 2026-01-04\n\n## Context\n\nX.\n");
  }

  private List<Finding> adrFindings() {
    CheckResult result = DriftCheck.run(Pipeline.load(root, Pipeline.Options.DEFAULTS));
    return result.findings().stream().filter(f -> f.rule().equals("adr-integrity")).toList();
  }

  @Test
  @DisplayName("writes the next number with a slug, status proposed and today's date, and loads cleanly")
  void writesTheNextAdr() throws IOException {
    fourFormats();
    CliRun run = run("new", "Use Postgres for the ledger!", "--project", root.toString());
    assertEquals(0, run.exitCode(), run.err());
    Path created = root.resolve("arch-docs/decisions/0005-use-postgres-for-the-ledger.md");
    String text = Files.readString(created);
    assertTrue(text.startsWith("---\nstatus: proposed\ndate: " + LocalDate.now() + "\n"), text);
    assertTrue(text.contains("\n# Use Postgres for the ledger!\n"), text);
    assertEquals(List.of(), adrFindings());
  }

  @Test
  @DisplayName("fills the project's adr-tools template in templates/, and refuses one with no title line")
  void projectTemplates() throws IOException {
    fourFormats();
    write("arch-docs/decisions/templates/template.md", "# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nX.\n");
    CliRun run = run("new", "Use tokens", "--project", root.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.readString(root.resolve("arch-docs/decisions/0005-use-tokens.md"))
        .startsWith("# 5. Use tokens\n\nDate: " + LocalDate.now() + "\n\n## Status\n\nProposed\n"));
    assertEquals(List.of(), adrFindings());

    write("arch-docs/decisions/adr-template.md", "* Status: {proposed}\n\n## Context\n\nX.\n");
    CliRun refused = run("new", "No place", "--project", root.toString());
    assertEquals(2, refused.exitCode());
    assertTrue(refused.err().contains("arch-docs/decisions/adr-template.md: error: this template has no title line"
        + " ('# ...') for the new title to go in; add one to the template; nothing written"), refused.err());
    assertTrue(Files.notExists(root.resolve("arch-docs/decisions/0006-no-place.md")));
  }

  @ParameterizedTest(name = "superseding the {0} ADR marks it superseded in its own format, and both sides agree")
  @CsvSource({
    "Nygard, 1, 0001-nygard.md, Superseded by [5. Replacement](0005-replacement.md)",
    "front-matter, 2, 0002-front-matter.md, status: superseded\\nsuperseded-by: 5",
    "AsciiDoc, 3, 0003-asciidoc.adoc, :status: superseded\\n:superseded-by: 5",
    "MADR 2, 4, 0004-bullets.md, * Status: superseded by [ADR-5](0005-replacement.md)"
  })
  void supersedes(String format, String old, String oldFile, String expected) throws IOException {
    fourFormats();
    CliRun run = run("new", "Replacement", "--supersedes", "ADR-" + old, "--project", root.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.readString(root.resolve("arch-docs/decisions/0005-replacement.md")).contains("supersedes: [" + old + "]"));
    String marked = Files.readString(root.resolve("arch-docs/decisions/" + oldFile));
    assertTrue(marked.contains(expected.replace("\\n", "\n")), marked);
    assertEquals(List.of(), adrFindings(), "both sides state the supersession, so no warning");
  }

  @Test
  @DisplayName("refuses an unknown ADR to supersede and a project of several systems without --system")
  void badUsage() throws IOException {
    fourFormats();
    CliRun unknown = run("new", "X", "--supersedes", "9", "--project", root.toString());
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("has no such ADR"), unknown.err());
    write("archdoc.yml", "systems:\n  - name: one\n    docs: arch-docs\n  - name: two\n    docs: other\n");
    Files.createDirectories(root.resolve("other"));
    CliRun several = run("new", "X", "--project", root.toString());
    assertEquals(2, several.exitCode());
    assertTrue(several.err().contains("pass --system with one of one, two"), several.err());
    assertFalse(Files.exists(root.resolve("arch-docs/decisions/0005-x.md")));
  }

  @Test
  @DisplayName("writes AsciiDoc with --format adoc")
  void asciiDoc() throws IOException {
    fourFormats();
    assertEquals(0, run("new", "In AsciiDoc", "--format", "adoc", "--project", root.toString()).exitCode());
    String text = Files.readString(root.resolve("arch-docs/decisions/0005-in-asciidoc.adoc"));
    assertTrue(text.startsWith("= In AsciiDoc\n:status: proposed\n"), text);
    assertEquals(List.of(), adrFindings());
  }
}
