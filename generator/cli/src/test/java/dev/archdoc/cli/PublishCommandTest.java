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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("archdoc publish")
class PublishCommandTest {

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  @DisplayName("builds the site as a version into --to DIR, beside the versions already there")
  void publishesIntoAFolder(@TempDir Path project) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\n/** The A. */\npublic class A {}\n");
    write(project.resolve("arch-docs/index.md"), "# Home\n\nHello.\n");
    Path pages = project.resolve("pages");
    CliRun first = run("publish", "--project", project.toString(), "--version", "1.0", "--alias", "latest", "--to", pages.toString());
    assertEquals(0, first.exitCode(), first.err());
    CliRun second = run("publish", "--project", project.toString(), "--version", "1.1", "--alias", "latest",
        "--title", "1.1 (spring)", "--to", pages.toString());
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.err().contains("published 1.1 (latest)"), second.err());
    assertTrue(Files.readString(pages.resolve("1.0/index.html")).contains("1.0"));
    assertTrue(Files.readString(pages.resolve("versions.json")).contains("1.1 (spring)"));
    assertTrue(Files.readString(pages.resolve("latest/index.html")).contains("../1.1/index.html"));
  }

  @ParameterizedTest(name = "--version \"{0}\"")
  @ValueSource(strings = {"../x", "/tmp/abs", "", "a/b", ".", ".."})
  @DisplayName("exits 2 with a clear message for a version that would escape its folder, and writes nothing")
  void refusesBadVersions(String version, @TempDir Path project) {
    Path pages = project.resolve("pages");
    CliRun run = run("publish", "--project", project.toString(), "--version", version, "--to", pages.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("version"), run.err());
    assertFalse(run.err().contains("at dev.archdoc"), run.err());
    assertFalse(Files.exists(pages));
  }

  @Test
  @DisplayName("prints its --help and exits 0")
  void help() {
    CliRun run = run("publish", "--help");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("--alias"), run.out());
  }

  @Test
  @DisplayName("needs exactly one of --to and --branch")
  void needsOneTarget(@TempDir Path project) {
    assertEquals(2, run("publish", "--project", project.toString(), "--version", "1.0").exitCode());
    assertEquals(2, run("publish", "--project", project.toString(), "--version", "1.0", "--to", "x", "--branch", "b").exitCode());
  }

  @Test
  @DisplayName("exits 2 with a message when --branch is used outside a git repository")
  void branchNeedsARepository(@TempDir Path project) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\npublic class A {}\n");
    CliRun run = run("publish", "--project", project.toString(), "--version", "1.0", "--branch", "gh-pages");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("git repository"), run.err());
  }

  @Test
  @DisplayName("writes sitemap.xml with absolute URLs under --site-url, and without it says why there is none")
  void siteUrl(@TempDir Path project) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\n/** The A. */\npublic class A {}\n");
    write(project.resolve("arch-docs/decisions/0001-use-a.md"), "---\nstatus: accepted\n---\n# Use A\n\nYes.\n");
    Path pages = project.resolve("pages");
    CliRun without = run("publish", "--project", project.toString(), "--version", "1.0", "--to", pages.toString());
    assertEquals(0, without.exitCode(), without.err());
    assertTrue(without.err().contains("archdoc: note: no sitemap.xml: the sitemaps protocol needs absolute URLs"), without.err());
    assertFalse(Files.exists(pages.resolve("sitemap.xml")));
    CliRun with = run("publish", "--project", project.toString(), "--version", "1.1", "--alias", "latest",
        "--site-url", "https://org.github.io/repo", "--to", pages.toString());
    assertEquals(0, with.exitCode(), with.err());
    assertFalse(with.err().contains("note:"), with.err());
    String sitemap = Files.readString(pages.resolve("sitemap.xml"));
    assertTrue(sitemap.contains("<loc>https://org.github.io/repo/1.1/index.html</loc>"), sitemap);
    assertTrue(sitemap.contains("<loc>https://org.github.io/repo/1.1/decisions/0001-use-a.html</loc>"), sitemap);
    assertTrue(Files.readString(pages.resolve("decisions.html")).contains("1.1/decisions/0001-use-a.html"));
  }

  @Test
  @DisplayName("exits 2 for a --site-url that is not an absolute http(s) address, before building anything")
  void badSiteUrl(@TempDir Path project) {
    Path pages = project.resolve("pages");
    CliRun run = run("publish", "--project", project.toString(), "--version", "1.0", "--site-url", "org.github.io/repo",
        "--to", pages.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("archdoc: error: the site URL \"org.github.io/repo\" is not an absolute http(s) address such as"
        + " https://org.github.io/repo/", run.err().strip());
    assertFalse(Files.exists(pages));
  }

  @Test
  @DisplayName("exits 2 with one line naming the lock when another publish holds the folder, and changes nothing")
  void lockedFolder(@TempDir Path project) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\n/** The A. */\npublic class A {}\n");
    Path pages = project.resolve("pages");
    assertEquals(0, run("publish", "--project", project.toString(), "--version", "1.0", "--to", pages.toString()).exitCode());
    String versions = Files.readString(pages.resolve("versions.json"));
    Path lockFile = project.resolve(".pages.archdoc-lock");
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile,
        java.nio.file.StandardOpenOption.WRITE); java.nio.channels.FileLock held = channel.lock()) {
      CliRun run = run("publish", "--project", project.toString(), "--version", "1.1", "--to", pages.toString());
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(run.err().startsWith("archdoc: another publish into " + pages + " is running"), run.err());
      assertTrue(run.err().contains("it holds " + lockFile), run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
    }
    assertEquals(versions, Files.readString(pages.resolve("versions.json")));
    assertFalse(Files.exists(pages.resolve("1.1")));
  }
}
