package dev.archdoc.core.docs.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.archdoc.core.docs.meta.MetadataEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AsciiDocHeaderTest {

  private static AsciiDocHeader read(String text) {
    return AsciiDocHeader.read(List.of(text.split("\n", -1)));
  }

  private static Map<String, String> values(AsciiDocHeader header) {
    return header.attributes().stream().collect(Collectors.toMap(MetadataEntry::key,
        entry -> String.join(" | ", entry.values().stream().map(MetadataEntry.Value::text).toList())));
  }

  @Test
  @DisplayName("reads the title and the attribute entries right under it, up to the first blank line")
  void titleAndAttributes() {
    AsciiDocHeader header = read("""
        = Pre-vote
        :status: accepted
        :date: 2026-11-28

        :status: rejected
        == Context
        """);
    assertEquals(Optional.of("Pre-vote"), header.title());
    assertEquals(1, header.titleLine());
    assertEquals(Map.of("status", "accepted", "date", "2026-11-28"), values(header));
    assertEquals(3, header.bodyStart());
  }

  @Test
  @DisplayName("skips the author and revision lines and comments, and keeps each attribute's line")
  void authorRevisionAndComments() {
    AsciiDocHeader header = read("""
        // a comment before the title
        ////
        a comment block
        ////
        = Title
        Ada Lovelace <ada@example.com>
        v1.0, 2026-11-28
        // a comment among the attributes
        :status: proposed
        """);
    assertEquals(5, header.titleLine());
    assertEquals(Map.of("status", "proposed"), values(header));
    assertEquals(9, header.attributes().get(0).line());
  }

  @Test
  @DisplayName("a value ending in ' \\' continues on the next line, each part keeping its own line")
  void continuation() {
    AsciiDocHeader header = read("""
        = T
        :governs: a.B, \\
          c.d.., \\
          e.F#g
        :status: accepted
        """);
    MetadataEntry governs = header.attributes().get(0);
    assertEquals(List.of(new MetadataEntry.Value("a.B,", 2), new MetadataEntry.Value("c.d..,", 3),
        new MetadataEntry.Value("e.F#g", 4)), governs.values());
    assertEquals("accepted", values(header).get("status"));
  }

  @Test
  @DisplayName("earlier attributes are substituted into later values, and :name!: unsets")
  void referencesAndUnset() {
    AsciiDocHeader header = read("""
        = T
        :base: com.example
        :governs: {base}.Core, {unknown}.X
        :tags: a
        :tags!:
        """);
    assertEquals("com.example.Core, {unknown}.X", values(header).get("governs"));
    assertFalse(values(header).containsKey("tags"));
  }

  @Test
  @DisplayName("a document without a title may still have header attributes; a section is not a title")
  void noTitle() {
    assertEquals(Optional.empty(), read(":status: accepted\n\n== Context\n").title());
    assertEquals(Map.of("status", "accepted"), values(read(":status: accepted\n\n== Context\n")));
    assertEquals(Optional.empty(), read("== Context\n\ntext\n").title());
  }
}
