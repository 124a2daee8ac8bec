package dev.archdoc.cli;

import static dev.archdoc.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("archdoc affected: the decisions and pages a change concerns, from the git diff")
class AffectedCommandTest {

  private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.com", 1_700_000_000_000L, 0);

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String balances(String addBody) {
    return "package com.acme;\n"                                   // 1
        + "\n"                                                      // 2
        + "/** The balances. */\n"                                  // 3
        + "public class Balances {\n"                               // 4
        + "  /** Adds. */\n"                                        // 5
        + "  public long add(long a, long b) {\n"                   // 6
        + "    " + addBody + "\n"                                   // 7
        + "  }\n"                                                   // 8
        + "\n"                                                      // 9
        + "  /** Subtracts. */\n"                                   // 10
        + "  public long sub(long a, long b) {\n"                   // 11
        + "    return a - b;\n"                                     // 12
        + "  }\n"                                                   // 13
        + "}\n";
  }

  /** A project with one ADR governing Balances and a page referencing Ledger#post, committed. */
  private static Git project(Path root) throws IOException, GitAPIException {
    write(root.resolve("pom.xml"), "<project/>\n");
    write(root.resolve("src/main/java/com/acme/Balances.java"), balances("return a + b;"));
    write(root.resolve("src/main/java/com/acme/Ledger.java"), "package com.acme;\n/** L. */\npublic class Ledger {\n"
        + "  /** Posts. */\n  public void post() {}\n}\n");
    write(root.resolve("arch-docs/decisions/0001-balances-are-pure.md"), """
        ---
        governs:
          - com.acme.Balances
        status: accepted
        date: 2026-01-02
        ---

        # Balances are pure

        ## Context and Problem Statement

        Arithmetic only.
        """);
    write(root.resolve("arch-docs/overview.md"), "# Overview\n\nThe [ledger posts](code:com.acme.Ledger#post).\n");
    write(root.resolve(".gitignore"), "target/\n");
    Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
    git.add().addFilepattern(".").call();
    git.commit().setMessage("first").setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
    return git;
  }

  @Test
  @DisplayName("a change to governed code names the ADR that governs it, with the changed lines; a page that"
      + " references unchanged code is not named")
  void governedCodeChanged(@TempDir Path root) throws Exception {
    try (Git git = project(root)) {
      git.branchCreate().setName("base").call();
      write(root.resolve("src/main/java/com/acme/Balances.java"), balances("return Math.addExact(a, b);"));
      git.commit().setAll(true).setMessage("overflow").setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
      write(root.resolve("target/ignored/Junk.java"), "class Junk {}\n"); // ignored files never count

      CliRun text = run("affected", "--since", "base", "--project", root.toString());
      assertEquals(0, text.exitCode(), text.err());
      assertTrue(text.out().contains("ADR-1 Balances are pure (arch-docs/decisions/0001-balances-are-pure.md)\n"
          + "  ADR-1 governs com.acme.Balances, changed in src/main/java/com/acme/Balances.java:7"
          + " (com.acme.Balances#add(long,long))\n"), text.out());
      assertFalse(text.out().contains("overview.md"), text.out());
      assertTrue(text.out().endsWith("archdoc affected: 1 doc concerns the changed code, 0 docs changed"
          + " (1 file changed since base, at " + text.out().replaceAll("(?s).*, at ([0-9a-f]+)\\)\n$", "$1") + ")\n"),
          text.out());

      CliRun github = run("affected", "--since", "base", "--format", "github", "--project", root.toString());
      assertEquals(0, github.exitCode(), github.err());
      assertTrue(github.out().startsWith("::notice file=arch-docs/decisions/0001-balances-are-pure.md,line=3,"
          + "title=archdoc affected%3A ADR-1 Balances are pure (arch-docs/decisions/0001-balances-are-pure.md)::"
          + "ADR-1 governs com.acme.Balances, changed in"), github.out());

      CliRun markdown = run("affected", "--since", "base", "--format", "markdown", "--project", root.toString());
      assertTrue(markdown.out().contains("- **ADR\\-1** Balances are pure (`arch-docs/decisions/0001-balances-are-pure.md`)\n"
          + "  - governs `com.acme.Balances`, changed in `src/main/java/com/acme/Balances.java:7`"
          + " (`com.acme.Balances#add(long,long)`)\n"), markdown.out());
    }
  }

  @Test
  @DisplayName("a change to a page names the page as changed, and a member a page references as affected;"
      + " uncommitted changes count")
  void pageAndReferencedCodeChanged(@TempDir Path root) throws Exception {
    try (Git git = project(root)) {
      git.branchCreate().setName("base").call();
      write(root.resolve("arch-docs/overview.md"), "# Overview\n\nThe [ledger posts](code:com.acme.Ledger#post).\n"
          + "\nMore words.\n");
      git.commit().setAll(true).setMessage("page").setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
      write(root.resolve("src/main/java/com/acme/Ledger.java"), "package com.acme;\n/** L. */\npublic class Ledger {\n"
          + "  /** Posts. */\n  public void post() { System.out.println(); }\n}\n"); // not committed

      CliRun text = run("affected", "--since", "base", "--project", root.toString());
      assertEquals(0, text.exitCode(), text.err());
      assertTrue(text.out().contains("page arch-docs/overview.md Overview\n"
          + "  references com.acme.Ledger#post(), changed in src/main/java/com/acme/Ledger.java:5 (line 3)\n"),
          text.out());
      assertTrue(text.out().contains("docs changed:\n  arch-docs/overview.md (page, modified)\n"), text.out());
      assertFalse(text.out().contains("ADR-1"), text.out());
    }
  }

  @Test
  @DisplayName("an unknown revision, or a folder outside git, is a clear error with exit 2; a bad format too")
  void badInput(@TempDir Path root) throws Exception {
    Path plain = root.resolve("plain");
    write(plain.resolve("src/main/java/a/A.java"), "package a;\nclass A {}\n");
    CliRun outside = run("affected", "--since", "main", "--project", plain.toString());
    assertEquals(2, outside.exitCode());
    assertTrue(outside.err().startsWith("archdoc affected: error: "), outside.err());
    assertTrue(outside.err().contains("is not in a git repository") || outside.err().contains("not inside the git"),
        outside.err());
    assertFalse(outside.err().contains("\tat "), outside.err());

    Path repository = root.resolve("repo");
    try (Git git = project(repository)) {
      CliRun unknown = run("affected", "--since", "no-such-branch", "--project", repository.toString());
      assertEquals(2, unknown.exitCode());
      assertEquals("archdoc affected: error: --since no-such-branch: no such branch, tag or commit in this repository"
          + " (in a shallow CI checkout, fetch it first, e.g. actions/checkout with fetch-depth: 0)\n",
          unknown.err().replace("\r\n", "\n"));
      CliRun format = run("affected", "--since", "main", "--format", "html", "--project", repository.toString());
      assertEquals(2, format.exitCode());
      assertTrue(format.err().contains("unknown --format 'html'; use one of text, github, markdown"), format.err());
    }
  }
}
