package dev.archdoc.cli;

import static dev.archdoc.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("archdoc baseline: adopting the layer rules on a code base with known violations")
class BaselineCommandTest {

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static void project(Path root) throws IOException {
    write(root.resolve("archdoc.yml"), """
        layers:
          - name: api
            packages: [a.api..]
          - name: core
            packages: [a.core..]
        """);
    write(root.resolve("src/main/java/a/api/Api.java"), "package a.api;\n/** A. */\npublic class Api {}\n");
    write(root.resolve("src/main/java/a/core/Ledger.java"), "package a.core;\n/** L. */\npublic class Ledger {\n"
        + "  /** Back. */\n  public a.api.Api back() { return null; }\n}\n");
  }

  @Test
  @DisplayName("records today's violations, after which check passes; a new violation fails it again")
  void baselineThenCheck(@TempDir Path root) throws IOException {
    project(root);
    assertEquals(1, run("check", "--project", root.toString()).exitCode());

    CliRun baseline = run("baseline", "--project", root.toString());
    assertEquals(0, baseline.exitCode(), baseline.err());
    assertTrue(baseline.err().startsWith("archdoc baseline: recorded 1 known layer violation in "), baseline.err());
    String text = Files.readString(root.resolve("archdoc.baseline"));
    assertTrue(text.endsWith("\na.core.Ledger -> a.api.Api\n"), text);

    CliRun clean = run("check", "--project", root.toString());
    assertEquals(0, clean.exitCode(), clean.out());
    assertFalse(clean.out().contains(": error: "), clean.out());
    assertTrue(clean.out().contains("archdoc.baseline: info: 1 known layer violation is listed here"), clean.out());

    write(root.resolve("src/main/java/a/core/Journal.java"), "package a.core;\n/** J. */\npublic class Journal {\n"
        + "  /** Back. */\n  public a.api.Api back() { return null; }\n}\n");
    CliRun drift = run("check", "--project", root.toString());
    assertEquals(1, drift.exitCode());
    assertTrue(drift.out().contains("src/main/java/a/core/Journal.java:5: error: 'a.core.Journal' (layer core) uses"
        + " 'a.api.Api' (layer api)"), drift.out());
  }

  @Test
  @DisplayName("a broken archdoc.yml exits 2 and writes nothing")
  void brokenConfig(@TempDir Path root) throws IOException {
    project(root);
    write(root.resolve("archdoc.yml"), "layers: [\n");
    CliRun run = run("baseline", "--project", root.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("archdoc.yml:"), run.err());
    assertFalse(Files.exists(root.resolve("archdoc.baseline")));
  }
}
