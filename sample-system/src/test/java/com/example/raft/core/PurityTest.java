package com.example.raft.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;

/**
 * The core and data layers stay pure: their source mentions no I/O, threads, clocks or unseeded
 * randomness. A textual scan, so the rule cannot silently regress even through a fully qualified
 * name that an import check would miss. Comments are ignored: prose may talk about threads.
 */
@DisplayName("Purity of the core and data layers")
class PurityTest {

  private static final List<String> FORBIDDEN = List.of(
      "java.io", "java.net", "java.nio", "Thread", "System.currentTimeMillis", "System.nanoTime",
      "new Random(", "java.util.Random;", "Math.random", "ThreadLocalRandom", "new SplittableRandom()",
      "Instant.now", "Clock.system", "LocalDateTime.now");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"core", "data"})
  @DisplayName("no I/O, threads, clocks or unseeded randomness in the source")
  void noForbiddenTokens(String layer) throws IOException {
    Path folder = Path.of("src/main/java/com/example/raft", layer);
    List<String> violations = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(folder)) {
      sources = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
    assertFalse(sources.isEmpty(), "no sources found under " + folder.toAbsolutePath());
    for (Path source : sources) {
      String[] lines = withoutComments(Files.readString(source)).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (String token : FORBIDDEN) {
          if (lines[i].contains(token)) {
            violations.add(source + ":" + (i + 1) + ": uses " + token);
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  /** The source with comments blanked out, keeping line numbers (string literals are left alone). */
  static String withoutComments(String source) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    boolean inString = false;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (inString) {
        code.append(c);
        if (c == '\\' && i + 1 < source.length()) {
          code.append(source.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
        i++;
      } else if (source.startsWith("//", i)) {
        while (i < source.length() && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? source.length() : end + 2;
        source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> code.append('\n'));
        i = end;
      } else {
        inString = c == '"';
        code.append(c);
        i++;
      }
    }
    return code.toString();
  }
}
