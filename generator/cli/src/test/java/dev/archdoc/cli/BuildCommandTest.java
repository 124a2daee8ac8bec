package dev.archdoc.cli;

import static dev.archdoc.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  @DisplayName("writes the site to DIR/site, prints the drift findings and the timings, and exits 1 on an error")
  void writesTheSiteAndReportsFindings(@TempDir Path project) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\n/** The A. */\npublic class A {}\n");
    write(project.resolve("arch-docs/decisions/0001-use-a.md"),
        "---\nstatus: accepted\ngoverns: [a.Missing]\n---\n# Use A\n\nBecause.\n");
    CliRun run = run("build", "--project", project.toString(), "--version", "1.2", "--timings");
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(Files.isRegularFile(project.resolve("site/index.html")));
    assertTrue(Files.readString(project.resolve("site/index.html")).contains("1.2"));
    assertTrue(Files.readString(project.resolve("site/drift.html")).contains("a.Missing"));
    assertTrue(run.err().contains("unresolved-code-ref"), run.err());
    assertTrue(run.err().contains("timings: load"), run.err());
    assertTrue(run.err().contains("wrote"), run.err());
  }

  @Test
  @DisplayName("--fail-on says which findings fail: none writes the site and exits 0, warning fails on a warning")
  void failOn(@TempDir Path project) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\n/** The A. */\npublic class A {}\n");
    write(project.resolve("arch-docs/decisions/0001-use-a.md"),
        "---\nstatus: accepted\ngoverns: [a.Missing]\n---\n# Use A\n\nBecause.\n");
    assertEquals(0, run("build", "--project", project.toString(), "--fail-on", "none").exitCode());
    assertTrue(Files.isRegularFile(project.resolve("site/drift.html")));

    write(project.resolve("arch-docs/decisions/0001-use-a.md"),
        "---\nstatus: accepted\ndate: 01/02/2024\n---\n# Use A\n\nA date that reads two ways.\n");
    assertEquals(0, run("build", "--project", project.toString()).exitCode(), "an ambiguous date is a warning");
    assertEquals(1, run("build", "--project", project.toString(), "--fail-on", "warning").exitCode());
    assertEquals(1, run("check", "--project", project.toString(), "--fail-on", "warning").exitCode());
    CliRun typo = run("build", "--project", project.toString(), "--fail-on", "warnings");
    assertEquals(2, typo.exitCode());
    assertTrue(typo.err().contains("unknown --fail-on 'warnings'"), typo.err());
  }

  @Test
  @DisplayName("build and check report the same findings, and the same exit code, for a tree with drift and broken links")
  void buildAndCheckAgree(@TempDir Path project) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\n/** The A. */\npublic class A {}\n");
    write(project.resolve("arch-docs/decisions/0001-use-a.md"),
        "---\nstatus: accepted\ngoverns: [a.Missing]\n---\n# Use A\n\nSee [the guide](guide.md) and [B](code:a.B).\n");
    write(project.resolve("arch-docs/index.md"), "# Home\n\nThe [flow](flow.puml); [gone](gone.md#top).\n");
    // PlantUML cannot render this: until archdoc check rendered too, only archdoc build saw it
    write(project.resolve("arch-docs/flow.puml"), "@startuml\nclass A [[code:a.A]]\nA -> -> B\n@enduml\n");

    CliRun build = run("build", "--project", project.toString());
    CliRun check = run("check", "--project", project.toString());

    assertEquals(1, build.exitCode(), build.err());
    assertEquals(1, check.exitCode(), check.out() + check.err());
    List<String> built = findings(build.err());
    List<String> checked = findings(check.out());
    assertEquals(checked, built);
    for (String rule : List.of("[unresolved-code-ref]", "[broken-link]")) {
      assertTrue(checked.stream().anyMatch(line -> line.endsWith(rule)), rule + " in " + checked);
    }
    assertTrue(checked.stream().anyMatch(line -> line.startsWith("arch-docs/flow.puml") && line.contains("error")),
        "the diagram that does not render: " + checked);
  }

  /** The compiler-style finding lines of a run's output, in order. */
  private static List<String> findings(String output) {
    return output.lines().filter(line -> line.matches("[^ ]+: (error|warning|info): .* \\[[a-z-]+\\]")).toList();
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
