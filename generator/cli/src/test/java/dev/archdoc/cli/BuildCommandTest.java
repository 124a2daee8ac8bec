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

@DisplayName("archdoc build")
class BuildCommandTest {

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  @DisplayName("writes the site to DIR/site, prints the drift findings and the timings, and exits 0")
  void writesTheSiteAndReportsFindings(@TempDir Path project) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\n/** The A. */\npublic class A {}\n");
    write(project.resolve("arch-docs/decisions/0001-use-a.md"),
        "---\nstatus: accepted\ngoverns: [a.Missing]\n---\n# Use A\n\nBecause.\n");
    CliRun run = run("build", "--project", project.toString(), "--version", "1.2", "--timings");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.isRegularFile(project.resolve("site/index.html")));
    assertTrue(Files.readString(project.resolve("site/index.html")).contains("1.2"));
    assertTrue(Files.readString(project.resolve("site/drift.html")).contains("a.Missing"));
    assertTrue(run.err().contains("unresolved-code-ref"), run.err());
    assertTrue(run.err().contains("timings: load"), run.err());
    assertTrue(run.err().contains("wrote"), run.err());
  }

  @Test
  @DisplayName("writes where --out says")
  void writesToOut(@TempDir Path project) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\npublic class A {}\n");
    Path out = project.resolve("public/docs");
    assertEquals(0, run("build", "--project", project.toString(), "--out", out.toString()).exitCode());
    assertTrue(Files.isRegularFile(out.resolve("index.html")));
    assertFalse(Files.exists(project.resolve("site")));
  }

  @Test
  @DisplayName("exits 2 with a message, not a stack trace, for a missing project or a bad archdoc.yml")
  void badInputExitsTwo(@TempDir Path project) throws IOException {
    CliRun missing = run("build", "--project", project.resolve("nowhere").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("does not exist"), missing.err());

    write(project.resolve("archdoc.yml"), "titel: typo\n");
    CliRun bad = run("build", "--project", project.toString());
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("titel"), bad.err());
    assertFalse(bad.err().contains("at dev.archdoc"), bad.err());
    assertFalse(Files.exists(project.resolve("site")));
  }
}
