package dev.archdoc.cli;

import static dev.archdoc.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("archdoc check and archdoc accept")
class CheckCommandTest {

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static void project(Path root, String reference) throws IOException {
    write(root.resolve("src/main/java/a/Ledger.java"), "package a;\n/** L. */\npublic class Ledger {\n"
        + "  /** Adds. */\n  public long add(long x) { return x; }\n}\n");
    write(root.resolve("arch-docs/index.md"), "# Index\n\nSee [add](code:" + reference + ").\n");
  }

  @Test
  @DisplayName("a clean project exits 0; a doc naming a missing method exits 1 with a compiler-style line")
  void exitCodes(@TempDir Path root) throws IOException {
    project(root, "a.Ledger#add");
    CliRun clean = run("check", "--project", root.toString());
    assertEquals(0, clean.exitCode(), clean.out() + clean.err());
    assertTrue(clean.out().endsWith("archdoc check: 0 errors, 0 warnings, 1 info\n"), clean.out()); // no archdoc.lock yet

    project(root, "a.Ledger#subtract");
    CliRun drift = run("check", "--project", root.toString());
    assertEquals(1, drift.exitCode());
    assertTrue(drift.out().contains("arch-docs/index.md:3: error: code link 'a.Ledger#subtract' names no package,"
        + " type or member in the code"), drift.out());
  }

  @Test
  @DisplayName("--format github prints annotations; --output writes the report to a file instead")
  void formats(@TempDir Path root) throws IOException {
    project(root, "a.Ledger#gone");
    CliRun github = run("check", "--project", root.toString(), "--format", "github");
    assertTrue(github.out().contains("::error file=arch-docs/index.md,line=3,title=archdoc unresolved-code-ref::"), github.out());

    Path sarif = root.resolve("build/check.sarif");
    CliRun toFile = run("check", "--project", root.toString(), "--format", "sarif", "--output", sarif.toString());
    assertEquals(1, toFile.exitCode());
    assertEquals("", toFile.out());
    assertTrue(Files.readString(sarif).contains("\"ruleId\" : \"unresolved-code-ref\""));
  }

  @Test
  @DisplayName("an unknown format, a missing folder and a broken archdoc.yml exit 2")
  void badInput(@TempDir Path root) throws IOException {
    assertEquals(2, run("check", "--project", root.toString(), "--format", "xml").exitCode());
    assertEquals(2, run("check", "--project", root.resolve("missing").toString()).exitCode());
    write(root.resolve("archdoc.yml"), "title: T\nlayerz: []\n");
    CliRun broken = run("check", "--project", root.toString());
    assertEquals(2, broken.exitCode());
    assertTrue(broken.out().contains("archdoc.yml:2: error:"), broken.out());
  }

  @Test
  @DisplayName("accept writes archdoc.lock; a later signature change fails the check as stale-reference")
  void acceptThenChange(@TempDir Path root) throws IOException {
    project(root, "a.Ledger#add");
    assertEquals(0, run("accept", "--project", root.toString()).exitCode());
    assertTrue(Files.readString(root.resolve("archdoc.lock")).contains("\"a.Ledger#add\":"));

    write(root.resolve("src/main/java/a/Ledger.java"), "package a;\n/** L. */\npublic class Ledger {\n"
        + "  /** Adds. */\n  public int add(long x) { return 0; }\n}\n");
    CliRun stale = run("check", "--project", root.toString());
    assertEquals(1, stale.exitCode());
    assertTrue(stale.out().contains("was `public long add(long x)`, now `public int add(long x)`"), stale.out());
  }

  @Test
  @DisplayName("a check reuses the last code model only while the sources are unchanged: a same-size edit is seen")
  void cachedCodeModelFollowsTheSources(@TempDir Path root) throws IOException {
    project(root, "a.Ledger#add");
    assertEquals(0, run("check", "--project", root.toString()).exitCode());
    assertTrue(Files.isDirectory(root.resolve("target/archdoc-cache/code")), "the check keeps its code model");
    assertEquals(0, run("check", "--project", root.toString()).exitCode());

    Path ledger = root.resolve("src/main/java/a/Ledger.java");
    java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(ledger);
    Files.writeString(ledger, Files.readString(ledger).replace(" add(", " sum("));
    Files.setLastModifiedTime(ledger, written);
    CliRun renamed = run("check", "--project", root.toString());
    assertEquals(1, renamed.exitCode(), renamed.out());
    assertTrue(renamed.out().contains("code link 'a.Ledger#add' names no package"), renamed.out());
  }
}
