package dev.archdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("archdoc serve (command line; the server itself is tested in archdoc-core)")
class ServeCommandTest {

  private static int run(StringWriter out, StringWriter err, String... args) {
    return ArchdocCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  @DisplayName("--help says it serves on 127.0.0.1 and names --port")
  void help() {
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, new StringWriter(), "serve", "--help"));
    assertTrue(out.toString().contains("127.0.0.1"), out.toString());
    assertTrue(out.toString().contains("--port"), out.toString());
  }

  @Test
  @DisplayName("exits 2 with a message for a missing project or a port out of range")
  void badInput(@TempDir Path project) {
    StringWriter err = new StringWriter();
    assertEquals(2, run(new StringWriter(), err, "serve", "--project", project.resolve("nowhere").toString()));
    assertTrue(err.toString().contains("does not exist"), err.toString());
    StringWriter port = new StringWriter();
    assertEquals(2, run(new StringWriter(), port, "serve", "--project", project.toString(), "--port", "70000"));
    assertTrue(port.toString().contains("--port"), port.toString());
  }
}
