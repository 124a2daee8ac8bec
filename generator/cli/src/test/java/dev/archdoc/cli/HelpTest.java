package dev.archdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The brief's contract: every command prints --help. */
class HelpTest {

  @ParameterizedTest(name = "archdoc {0} --help prints its usage and exits 0")
  @ValueSource(strings = {"build", "check", "model", "accept", "publish", "serve", "new"})
  void everyCommandPrintsHelp(String command) {
    for (String flag : new String[] {"--help", "-h"}) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = ArchdocCommand.run(new String[] {command, flag}, new PrintWriter(out, true), new PrintWriter(err, true));
      assertEquals(0, code, command + " " + flag + ": " + err);
      assertTrue(out.toString().startsWith("Usage: archdoc " + command), out.toString());
    }
  }
}
