package dev.archdoc.core.docs.adr;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.core.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code archdoc new} with a project's own template: one template shape per fixture folder under adr/templates/. */
@DisplayName("filling a project's ADR template")
class TemplateFillingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
  private static final String TITLE = "Use Jekyll for the docs";

  private static String template(String folder) {
    AdrSource source = Fixtures.folder("templates/" + folder).get(0);
    return new String(source.content(), StandardCharsets.UTF_8);
  }

  private static String filled(String folder, boolean asciidoc) {
    return TemplateFilling.fill(template(folder), TITLE, 7, TODAY, asciidoc).text().orElseThrow();
  }

  /** The filled text read back as ADR 7: its title, status and date, and no finding at all. */
  private static void readsBack(String text, boolean asciidoc) {
    Path file = Path.of("decisions/0007-use-jekyll-for-the-docs" + (asciidoc ? ".adoc" : ".md"));
    AdrParser.Parsed parsed = AdrParser.parse(new AdrSource(file, text.getBytes(StandardCharsets.UTF_8)));
    Adr adr = parsed.adr().orElseThrow();
    assertAll(
        () -> assertEquals(List.of(), parsed.findings().stream().map(Finding::toString).toList(), "findings"),
        () -> assertEquals(TITLE, adr.title()),
        () -> assertEquals(StatusKind.PROPOSED, adr.status().kind()),
        () -> assertEquals(Optional.of(TODAY), adr.date().flatMap(AdrDate::date)));
  }

  @Test
  @DisplayName("a Jekyll MADR template (title placeholder in braces, status and date in YAML comments) is filled")
  void jekyllMadr() {
    String text = filled("jekyll-madr", false);
    assertTrue(text.contains("\ntitle: \"" + TITLE + "\"\n"), text);
    assertTrue(text.contains("\nnav_order: 7\n"), text);
    assertTrue(text.contains("\nstatus: proposed\n"), text);
    assertTrue(text.contains("\ndate: 2026-12-05\n"), text);
    assertTrue(text.contains("\n# decision-makers: {everyone involved in the decision}\n"), text);
    assertTrue(text.contains("\n# " + TITLE + "\n"), text);
    readsBack(text, false);
  }

  @Test
  @DisplayName("an adr-tools template has its NUMBER, TITLE, DATE and STATUS replaced")
  void adrTools() {
    String text = filled("adr-tools", false);
    assertTrue(text.startsWith("# 7. " + TITLE + "\n\nDate: 2026-12-05\n\n## Status\n\nProposed\n"), text);
    readsBack(text, false);
  }

  @Test
  @DisplayName("a Nygard template with a [Proposed | Accepted] status paragraph and a bullet date is filled")
  void nygard() {
    String text = filled("nygard", false);
    assertTrue(text.startsWith("# " + TITLE + "\n\n* Date: 2026-12-05\n\n## Status\n\nProposed\n"), text);
    readsBack(text, false);
  }

  @Test
  @DisplayName("an AsciiDoc template keeps its number mark and fills its attributes")
  void asciidoc() {
    String text = filled("asciidoc", true);
    assertTrue(text.startsWith("= 7. " + TITLE + "\n:status: Proposed\n:date: 2026-12-05\n"), text);
    readsBack(text, true);
  }

  @Test
  @DisplayName("a template with no title line is refused, saying why, rather than writing an ADR with no title")
  void noTitle() {
    assertEquals(Optional.of("has no title line ('# ...') for the new title to go in; add one to the template"),
        NewDecision.templateProblem(template("no-title"), NewDecision.Format.MD));
    assertEquals(Optional.empty(), NewDecision.templateProblem(template("adr-tools"), NewDecision.Format.MD));
  }

  @Test
  @DisplayName("check warns on an ADR whose title is still the template's placeholder")
  void placeholderTitleWarns() {
    String text = template("jekyll-madr");
    AdrParser.Parsed parsed = AdrParser.parse(new AdrSource(Path.of("decisions/0007-x.md"),
        text.getBytes(StandardCharsets.UTF_8)));
    assertTrue(parsed.findings().stream().map(Finding::toString).anyMatch(finding -> finding.equals(
        "decisions/0007-x.md:13: warning: title '{short title, representative of solved problem and found solution}'"
            + " is still the template's placeholder; write the decision's title [adr-integrity]")),
        parsed.findings().toString());
  }
}
