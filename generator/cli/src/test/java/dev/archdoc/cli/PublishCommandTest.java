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

  @Test
  @DisplayName("list, set-default, retitle and delete manage the published versions as mike's commands do")
  void versionManagement(@TempDir Path project) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\n/** The A. */\npublic class A {}\n");
    Path pages = project.resolve("pages");
    String to = pages.toString();
    String root = project.toString();
    assertEquals(0, run("publish", "--project", root, "--version", "1.0", "--to", to).exitCode());
    assertEquals(0, run("publish", "--project", root, "--version", "1.1", "--alias", "latest", "--to", to).exitCode());
    assertEquals(0, run("publish", "--project", root, "--version", "2.0-rc1", "--to", to).exitCode());

    CliRun list = run("publish", "list", "--project", root, "--to", to);
    assertEquals(0, list.exitCode(), list.err());
    assertEquals("2.0-rc1\n1.1 [latest]  (default)\n1.0\n", list.out());

    CliRun retitle = run("publish", "retitle", "--project", root, "--to", to, "latest", "1.1 (stable)");
    assertEquals(0, retitle.exitCode(), retitle.err());
    CliRun setDefault = run("publish", "set-default", "--project", root, "--to", to, "1.0");
    assertEquals(0, setDefault.exitCode(), setDefault.err());
    assertTrue(Files.readString(pages.resolve("index.html")).contains("url=1.0/index.html"));
    CliRun delete = run("publish", "delete", "--project", root, "--to", to, "2.0-rc1");
    assertEquals(0, delete.exitCode(), delete.err());
    assertEquals("archdoc: deleted 2.0-rc1 in " + pages + "; versions: 1.1, 1.0\n", delete.err());
    assertFalse(Files.exists(pages.resolve("2.0-rc1")));

    list = run("publish", "list", "--project", root, "--to", to);
    assertEquals("\"1.1 (stable)\" (1.1) [latest]\n1.0  (default)\n", list.out());
    CliRun json = run("publish", "list", "--json", "--project", root, "--to", to);
    assertEquals(Files.readString(pages.resolve("versions.json")), json.out());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"delete 3.0", "set-default 3.0", "retitle 3.0 T"})
  @DisplayName("a sub-command naming a version the site does not have exits 2 with one line, and changes nothing")
  void unknownName(String command, @TempDir Path project) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\n/** The A. */\npublic class A {}\n");
    Path pages = project.resolve("pages");
    assertEquals(0, run("publish", "--project", project.toString(), "--version", "1.0", "--alias", "latest",
        "--to", pages.toString()).exitCode());
    java.util.Map<String, String> before = snapshot(pages);
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("publish"));
    String[] words = command.split(" ");
    args.add(words[0]);
    args.addAll(java.util.List.of("--project", project.toString(), "--to", pages.toString()));
    args.addAll(java.util.Arrays.asList(words).subList(1, words.length));
    CliRun run = run(args.toArray(String[]::new));
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("archdoc: error: the site has no version or alias \"3.0\"; it has 1.0 (latest); the versioned site"
        + " is left as it was\n", run.err());
    assertEquals(before, snapshot(pages));
  }

  @Test
  @DisplayName("a sub-command on a folder that holds no versioned site exits 2 and creates nothing")
  void noSite(@TempDir Path project) {
    Path pages = project.resolve("pages");
    CliRun run = run("publish", "delete", "--project", project.toString(), "--to", pages.toString(), "1.0");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("there is no versioned site at " + pages), run.err());
    assertFalse(Files.exists(pages));
  }

  private static java.util.Map<String, String> snapshot(Path folder) throws IOException {
    java.util.Map<String, String> files = new java.util.TreeMap<>();
    try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString(), Files.readString(file));
      }
    }
    return files;
  }
}
