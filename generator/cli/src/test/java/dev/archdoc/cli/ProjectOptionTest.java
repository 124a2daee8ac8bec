package dev.archdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command takes --project, and says plainly when it does not name a folder. */
class ProjectOptionTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "archdoc {0} --project <a file> exits 2 saying it is a file")
  @ValueSource(strings = {"build", "check", "model", "accept", "serve"})
  void aFileIsNotAProject(String command) throws IOException {
    Path file = Files.writeString(dir.resolve("pom.xml"), "<project/>");
    CliRun run = CliRun.run(command, "--project", file.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains(file + ": error: is a file, not the project folder"), run.err());
  }
}
