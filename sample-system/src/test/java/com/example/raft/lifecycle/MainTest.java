package com.example.raft.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The command line: piped commands in, one answer line per command out. */
@DisplayName("Main")
class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  @DisplayName("piped commands are answered one line each, and the program ends at end of input")
  void answersPipedCommands() {
    int status = run("put a 1\nget a\ncas a 1 2\ncas a 1 3\nget a\ndelete a\nget a\n\nhelp\n");

    assertEquals(0, status);
    List<String> lines = outputLines();
    assertEquals(8, lines.size(), "one line per non-blank command: " + lines);
    assertEquals(List.of("OK", "1", "OK", "FAILED: current value is 2", "2", "OK", "(not found)"), lines.subList(0, 7));
    assertTrue(lines.get(7).startsWith("commands: put KEY VALUE"));
  }

  @Test
  @DisplayName("a bad command gets a one-line error, not a stack trace, and the session goes on")
  void badCommandIsOneLineError() {
    int status = run("frobnicate x\nput onlykey\nput k v\nquit\nget k\n");

    assertEquals(0, status);
    List<String> lines = outputLines();
    assertEquals(3, lines.size(), "quit ends the session: " + lines);
    assertTrue(lines.get(0).startsWith("ERROR: unknown command 'frobnicate'"), lines.get(0));
    assertTrue(lines.get(1).startsWith("ERROR: put takes 2 arguments"), lines.get(1));
    assertEquals("OK", lines.get(2));
    assertFalse(err.toString(StandardCharsets.UTF_8).contains("Exception"));
  }

  @Test
  @DisplayName("status reports every node on one line")
  void statusIsOneLine() {
    run("put a 1\nstatus\n");
    List<String> lines = outputLines();
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).matches("n1 \\w+ term \\d+.* \\| n2 .* \\| n3 .*"), lines.get(1));
    assertTrue(lines.get(1).contains("LEADER"), lines.get(1));
  }

  @Test
  @DisplayName("--help prints usage and starts nothing")
  void help() {
    assertEquals(0, Main.run(new String[] {"--help"}, new ByteArrayInputStream(new byte[0]), print(out), print(err)));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: java -jar raft-kv.jar"));
  }

  @Test
  @DisplayName("an unknown option is a one-line error with exit status 2")
  void badOption() {
    assertEquals(2, Main.run(new String[] {"--nodes", "many"}, new ByteArrayInputStream(new byte[0]), print(out), print(err)));
    String error = err.toString(StandardCharsets.UTF_8).strip();
    assertEquals(1, error.lines().count(), error);
    assertTrue(error.startsWith("raft-kv: bad value 'many' for --nodes"), error);
  }

  private int run(String input) {
    return Main.run(new String[0], new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), print(out), print(err));
  }

  private List<String> outputLines() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
