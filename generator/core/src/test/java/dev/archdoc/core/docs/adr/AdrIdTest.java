package dev.archdoc.core.docs.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdrIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"4", "0004", "ADR-4", "ADR-0004", "adr-4", "ADR 4", "#4", " ADR-4 "})
  @DisplayName("every way of writing ADR 4 reads as ADR 4")
  void numberSpellings(String written) {
    assertEquals(Optional.of(AdrId.of(4)), AdrId.parse(written));
  }

  @Test
  @DisplayName("anything else that could be a file name is a slug; blank text is nothing")
  void slugs() {
    assertEquals(Optional.of(AdrId.of("20201016-use-slugs")), AdrId.parse("20201016-use-slugs"));
    assertEquals("20201016-use-slugs", AdrId.of("20201016-use-slugs").display());
    assertTrue(AdrId.parse("  ").isEmpty());
    assertTrue(AdrId.parse("two words").isEmpty());
  }

  @Test
  @DisplayName("numbered ids sort by number before slugs, which sort by name")
  void order() {
    assertEquals(List.of(AdrId.of(2), AdrId.of(10), AdrId.of("a"), AdrId.of("b")),
        Stream.of(AdrId.of("b"), AdrId.of(10), AdrId.of("a"), AdrId.of(2)).sorted().toList());
  }
}
