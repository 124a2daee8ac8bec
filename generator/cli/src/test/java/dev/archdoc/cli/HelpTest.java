package dev.archdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The brief's contract: every command prints --help. */
class HelpTest {

  @ParameterizedTest(name = "archdoc {0} --help prints its usage and exits 0")
  @ValueSource(strings = {"build", "check", "model", "accept", "baseline", "publish", "serve", "new"})
  void everyCommandPrintsHelp(String command) {
    for (String flag : new String[] {"--help", "-h"}) {
      CliRun run = CliRun.run(command, flag);
      assertEquals(0, run.exitCode(), command + " " + flag + ": " + run.err());
      assertTrue(run.out().startsWith("Usage: archdoc " + command), run.out());
    }
  }
}
