package dev.archdoc.core.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

  private static final List<String> KEYS = List.of("title", "docs", "sources", "layers", "decisions");

  @Test
  @DisplayName("a missing letter, a swapped pair or a different case is recognised as a typo")
  void recognisesTypos() {
    assertEquals(Optional.of("layers"), DidYouMean.closest("layer", KEYS));
    assertEquals(Optional.of("sources"), DidYouMean.closest("soucres", KEYS));
    assertEquals(Optional.of("docs"), DidYouMean.closest("Docs", KEYS));
  }

  @Test
  @DisplayName("a name unlike every candidate gets no suggestion")
  void stayQuietWhenNothingIsClose() {
    assertEquals(Optional.empty(), DidYouMean.closest("colour", KEYS));
    assertEquals("", DidYouMean.hint("x", KEYS));
  }

  @Test
  @DisplayName("the hint is ready to append to a message")
  void hintReadsAsASentence() {
    assertEquals(" (did you mean 'layers'?)", DidYouMean.hint("layer", KEYS));
  }
}
