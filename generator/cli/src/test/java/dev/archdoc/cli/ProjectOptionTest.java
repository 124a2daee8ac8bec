package dev.archdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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

  @Test
  void withoutProjectAModuleWorksOnTheWholeProject() throws IOException {
    Files.writeString(dir.resolve("pom.xml"), "<project/>");
    Files.writeString(dir.resolve("archdoc.yml"), "title: Shop\n");
    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(app.resolve("pom.xml"), "<project/>");
    StringWriter err = new StringWriter();
    Optional<Path> folder = new ProjectOption().folder(new PrintWriter(err), app);
    assertEquals(Optional.of(dir.toAbsolutePath().normalize()), folder, err.toString());
  }
}
