package dev.archdoc.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackagePatternTest {

  @Test
  @DisplayName("'a.b..' matches a.b and every package below it, but not a sibling sharing the prefix")
  void trailingDotsIncludeSubpackages() {
    PackagePattern pattern = PackagePattern.parse("com.example.raft.core..").orElseThrow();
    assertTrue(pattern.matches("com.example.raft.core"));
    assertTrue(pattern.matches("com.example.raft.core.log"));
    assertFalse(pattern.matches("com.example.raft.corex"));
    assertFalse(pattern.matches("com.example.raft"));
  }

  @Test
  @DisplayName("'a.b' matches exactly a.b")
  void plainNameIsExact() {
    PackagePattern pattern = PackagePattern.parse("com.example.api").orElseThrow();
    assertTrue(pattern.matches("com.example.api"));
    assertFalse(pattern.matches("com.example.api.v1"));
    assertEquals("com.example.api", pattern.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "..", "com..example", "com.example.", "com.example...", "1com.example", "com example"})
  @DisplayName("text that is not a package pattern is refused")
  void refusesNonPatterns(String text) {
    assertTrue(PackagePattern.parse(text).isEmpty());
  }

  @Test
  @DisplayName("a layer holds the packages any of its patterns match")
  void layerContainsItsPackages() {
    Layer layer = new Layer("core", List.of(PackagePattern.parse("a.core..").orElseThrow(),
        PackagePattern.parse("a.model").orElseThrow()));
    assertTrue(layer.contains("a.core.x"));
    assertTrue(layer.contains("a.model"));
    assertFalse(layer.contains("a.model.x"));
  }
}
