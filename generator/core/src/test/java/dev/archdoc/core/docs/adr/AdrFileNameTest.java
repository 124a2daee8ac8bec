package dev.archdoc.core.docs.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdrFileNameTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "0004-use-kafka.md, ADR-4",
      "004-use-kafka.md, ADR-4",
      "adr-004-use-kafka.md, ADR-4",
      "ADR_12_mixed_case.adoc, ADR-12",
      "0000-use-markdown.md, ADR-0",
      "0042.md, ADR-42",
      "20201016-use-the-adr-slug-as-its-unique-id.md, 20201016-use-the-adr-slug-as-its-unique-id",
      "2020-10-16-dashed-date.md, 2020-10-16-dashed-date",
      "adr_with_a_WeIrd-filename.md, adr_with_a_WeIrd-filename",
      "use-postgres.md, use-postgres",
      "0011-xtdb-1.x-tx-fns.adoc, ADR-11",
      "12345678-eight-digits-but-not-a-date.md, ADR-12345678",
  })
  @DisplayName("the id comes from the file name: its number, or the slug for date-prefixed and unnumbered names")
  void idFromFileName(String name, String id) {
    assertEquals(id, AdrFileName.idOf(Path.of("docs/adr", name)).display());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "README.md", "readme.adoc", "index.md", "template.md", "adr-template.md", "adr-template-bare-minimal.md",
      "0000-template.md", "nygard-template.md", "template-short.md", "madr-template.md", "0008-example.png",
      ".hidden.md", "notes.txt", "template/0000-use-markdown.md", "templates/0001-x.md"})
  @DisplayName("README, index, templates, other file types and files in template folders are not ADRs")
  void notAdrs(String name) {
    assertFalse(AdrFileName.isAdr(Path.of("docs/adr").resolve(name)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "0042-use-a-template-engine.md", "20200101-template-cleanup.md", "0001-record.adoc", "0001-record.markdown",
      "adr_with_a_WeIrd-filename.md", "xtdb-1.x-compat-notes/0011-tx-fns.adoc"})
  @DisplayName("an ADR that merely talks about templates, or lives in a subfolder, is still an ADR")
  void adrs(String name) {
    assertTrue(AdrFileName.isAdr(Path.of("docs/adr").resolve(name)));
  }
}
