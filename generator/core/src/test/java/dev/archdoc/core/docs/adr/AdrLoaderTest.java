package dev.archdoc.core.docs.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AdrLoaderTest {

  @Test
  @DisplayName("works on documents in memory and passes over files that are not ADRs")
  void inMemory() {
    Decisions decisions = AdrLoader.load(List.of(
        AdrSource.ofText("docs/adr/README.md", "# Decisions\n"),
        AdrSource.ofText("docs/adr/index.md", "# Index\n"),
        AdrSource.ofText("docs/adr/template.md", "# [title]\n\n* Status: [proposed | accepted]\n"),
        AdrSource.ofText("docs/adr/0001-use-x.md", "# 1. Use X\n\n## Status\n\nAccepted\n"),
        new AdrSource(Path.of("docs/adr/0002-diagram.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0})));
    assertEquals(List.of("Use X"), decisions.adrs().stream().map(Adr::title).toList());
    assertEquals(List.of(), decisions.findings());
  }

  @Test
  @DisplayName("CRLF line endings and a byte-order mark do not change what is read")
  void windowsFiles() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "# 1. Use X\r\n\r\nDate: 2020-01-02\r\n\r\n## Status\r\n\r\nAccepted\r\n".getBytes();
    byte[] content = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, content, 0, bom.length);
    System.arraycopy(text, 0, content, bom.length, text.length);
    Adr adr = AdrLoader.load(List.of(new AdrSource(Path.of("d/0001-use-x.md"), content))).adrs().get(0);
    assertEquals("Use X", adr.title());
    assertEquals(StatusKind.ACCEPTED, adr.status().kind());
    assertEquals("2020-01-02", adr.date().orElseThrow().raw());
  }

  @Test
  @DisplayName("no input, however mangled, makes the loader throw (seeded random bytes and text)")
  void neverThrows() {
    Random random = new Random(20261128L);
    String alphabet = "#=*-:[]()<>!`~/\\ \n\tabcADR0123456789.,{}|'\"+_";
    List<AdrSource> sources = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String name = (i % 2 == 0 ? String.format("%04d-doc.md", i) : String.format("%04d-doc.adoc", i));
      if (i % 3 == 0) {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        sources.add(new AdrSource(Path.of("d", name), bytes));
      } else {
        StringBuilder text = new StringBuilder(i % 5 == 0 ? "---\n" : "");
        for (int c = random.nextInt(400); c > 0; c--) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        sources.add(AdrSource.ofText(Path.of("d", name), text.toString()));
      }
    }
    Decisions decisions = AdrLoader.load(sources);
    assertTrue(decisions.findings().stream().noneMatch(f -> f.message().contains("archdoc bug")),
        () -> decisions.findings().stream().filter(f -> f.message().contains("archdoc bug")).toList().toString());
  }

  @Test
  @DisplayName("a load that remembers parses reuses an unchanged file's ADR and reads a changed one afresh")
  void rememberedParses() {
    AdrParses parses = new AdrParses();
    AdrSource old = AdrSource.ofText("d/0001-use-x.md", "# 1. Use X\n\n## Status\n\nAccepted\n");
    AdrSource next = AdrSource.ofText("d/0002-use-y.md", "# 2. Use Y\n\n## Status\n\nAccepted\n");
    Decisions first = AdrLoader.load(List.of(old, next), parses);
    parses.keepOnlyUsed();

    AdrSource superseded = AdrSource.ofText("d/0001-use-x.md",
        "# 1. Use X\n\n## Status\n\nSuperseded by [2. Use Y](0002-use-y.md)\n");
    Decisions second = AdrLoader.load(List.of(superseded, next), parses);
    assertTrue(first.adrs().get(1) == second.adrs().get(1), "the unchanged file is not parsed again");
    assertEquals(StatusKind.SUPERSEDED, second.adrs().get(0).status().kind());
    Decisions fresh = AdrLoader.load(List.of(superseded, next));
    assertEquals(fresh.adrs(), second.adrs(), "the same as a load from nothing");
    assertEquals(fresh.findings(), second.findings());
    assertEquals(AdrId.of(2), second.graph().currentReplacement(AdrId.of(1)).orElseThrow().id(),
        "the graph is built afresh: the unchanged ADR-2 now replaces ADR-1");
  }
}
