package dev.archdoc.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("archdoc.lock is sorted, quoted, one fact a line, and reads back what was written")
class ReferenceLockTest {

  private static ReferenceLock lock(Map<String, Map<String, ReferenceLock.Entry>> systems) {
    SortedMap<String, SortedMap<String, ReferenceLock.Entry>> sorted = new TreeMap<>();
    systems.forEach((name, entries) -> sorted.put(name, new TreeMap<>(entries)));
    return new ReferenceLock(sorted);
  }

  @Test
  @DisplayName("systems and references come out sorted whatever order they went in")
  void sorted() {
    ReferenceLock lock = lock(Map.of(
        "b", Map.of("z.Z", new ReferenceLock.Entry("z.Z", "class Z"), "a.A#m", new ReferenceLock.Entry("a.A#m()", "void m()")),
        "a", Map.of()));
    assertThat(lock.text()).endsWith("""
        version: 1
        systems:
          "a": {}
          "b":
            "a.A#m":
              element: "a.A#m()"
              signature: "void m()"
            "z.Z":
              element: "z.Z"
              signature: "class Z"
        """);
  }

  @Test
  @DisplayName("references with #, parentheses, commas, quotes and generics survive a round trip")
  void roundTrip() {
    ReferenceLock lock = lock(Map.of("raft-kv", Map.of(
        "a.B#m(a.C,long)", new ReferenceLock.Entry("a.B#m(a.C,long)", "public <T extends java.lang.Comparable<T>> T m(a.C c, long n) throws java.io.IOException"),
        "a.B#s", new ReferenceLock.Entry("a.B#s", "static final java.lang.String s = \"x: #y\\\\z\""))));
    ReferenceLock.Read read = ReferenceLock.parse(lock.text());
    assertThat(read.findings()).isEmpty();
    assertThat(read.lock()).contains(lock);
  }

  @Test
  @DisplayName("a file of another version, or with an entry missing its signature, is refused")
  void refused() {
    assertThat(ReferenceLock.parse("version: 2\nsystems: {}\n").findings()).singleElement().asString()
        .contains("it is not a version 1 lock file");
    assertThat(ReferenceLock.parse("version: 1\nsystems:\n  s:\n    \"a.B\":\n      element: \"a.B\"\n").findings())
        .singleElement().asString().contains("the entry of 'a.B' needs an element and a signature");
  }
}
