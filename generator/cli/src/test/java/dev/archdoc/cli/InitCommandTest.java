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

@DisplayName("archdoc init: adopting archdoc in an existing project")
class InitCommandTest {

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** A fresh two-module Maven project with no docs at all. */
  private static void twoModules(Path root) throws IOException {
    write(root.resolve("pom.xml"), "<project><modules><module>app</module><module>domain</module></modules></project>\n");
    write(root.resolve("app/pom.xml"), "<project/>\n");
    write(root.resolve("domain/pom.xml"), "<project/>\n");
    write(root.resolve("app/src/main/java/com/acme/shop/app/Shop.java"),
        "package com.acme.shop.app;\n/** S. */\npublic class Shop {\n  /** O. */\n"
            + "  public com.acme.shop.domain.Order order() { return null; }\n}\n");
    write(root.resolve("domain/src/main/java/com/acme/shop/domain/Order.java"),
        "package com.acme.shop.domain;\n/** O. */\npublic record Order(long id) {}\n");
  }

  @Test
  @DisplayName("on a fresh two-module Maven project: writes archdoc.yml and a first ADR, then check passes;"
      + " a second init overwrites nothing")
  void freshMavenProject(@TempDir Path root) throws IOException {
    twoModules(root);
    CliRun init = run("init", "--project", root.toString());
    assertEquals(0, init.exitCode(), init.err());
    assertTrue(init.out().contains("  build: Maven, 2 Java source roots\n  decisions: no ADR\n"), init.out());
    assertTrue(init.out().contains("  wrote archdoc.yml\n  wrote arch-docs/decisions/0001-record-architecture-decisions.md\n"),
        init.out());
    assertTrue(init.out().contains("<artifactId>archdoc-maven-plugin</artifactId>"), init.out());
    assertTrue(init.out().contains("run: java -jar archdoc.jar affected --since \"$BASE\" --format github"), init.out());
    assertTrue(init.out().contains("archdoc check: 0 errors, 0 warnings"), init.out());
    assertTrue(init.out().contains("archdoc init: the docs and the code agree"), init.out());

    String config = Files.readString(root.resolve("archdoc.yml"));
    assertTrue(config.contains("sources:\n  - app/src/main/java\n  - domain/src/main/java\n"), config);
    assertTrue(config.contains("decisions:\n  - arch-docs/decisions\n"), config);
    assertTrue(config.contains("# layers:\n#   - name: app\n#     packages: [com.acme.shop.app..]\n"
        + "#   - name: domain\n#     packages: [com.acme.shop.domain..]\n"), config);
    String adr = Files.readString(root.resolve("arch-docs/decisions/0001-record-architecture-decisions.md"));
    assertTrue(adr.contains("Record architecture decisions"), adr);

    CliRun check = run("check", "--project", root.toString());
    assertEquals(0, check.exitCode(), check.out());

    Files.writeString(root.resolve("archdoc.yml"), config + "# edited by hand\n");
    CliRun again = run("init", "--project", root.toString(), "--no-check");
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("  decisions: 1 ADR (1 MADR 3/4) in arch-docs/decisions\n"), again.out());
    assertTrue(again.out().contains("  archdoc.yml exists: left as it is\n"), again.out());
    assertFalse(again.out().contains("wrote"), again.out());
    assertTrue(Files.readString(root.resolve("archdoc.yml")).endsWith("# edited by hand\n"));
  }

  @Test
  @DisplayName("finds ADRs adr-tools recorded (.adr-dir) and writes no second first ADR; on drift it says how to"
      + " adopt the gate, and exits 0")
  void existingAdrsWithDrift(@TempDir Path root) throws IOException {
    twoModules(root);
    write(root.resolve(".adr-dir"), "doc/architecture/decisions\n");
    write(root.resolve("doc/architecture/decisions/0001-record-architecture-decisions.md"), """
        # 1. Record architecture decisions

        Date: 2024-01-02

        ## Status

        Accepted

        ## Context

        The [shop](code:com.acme.shop.app.Shops) sells.
        """);
    CliRun init = run("init", "--project", root.toString());
    assertEquals(0, init.exitCode(), init.err());
    assertTrue(init.out().contains("  decisions: 1 ADR (1 Nygard/adr-tools) in doc/architecture/decisions\n"), init.out());
    assertFalse(init.out().contains("wrote arch-docs"), init.out());
    assertFalse(Files.exists(root.resolve("arch-docs")));
    String config = Files.readString(root.resolve("archdoc.yml"));
    assertTrue(config.contains("\n# docs: arch-docs\n"), config); // the ADRs link no page around them
    assertTrue(config.contains("decisions:\n  - doc/architecture/decisions\n"), config);
    assertTrue(init.out().contains("doc/architecture/decisions/0001-record-architecture-decisions.md:11: error: code link"
        + " 'com.acme.shop.app.Shops'"), init.out());
    assertTrue(init.out().contains("archdoc init: the docs have already drifted from the code (1 unresolved-code-ref)."
        + " To adopt the gate without a red build:\n"), init.out());
    assertTrue(init.out().contains("    rules:\n      unresolved-code-ref: warning\n"), init.out());

    CliRun check = run("check", "--project", root.toString());
    assertEquals(1, check.exitCode(), check.out()); // init said so; it did not hide the drift
  }

  @Test
  @DisplayName("on code newer than the JDK it runs on, init says archdoc could not read it, not that the docs drifted")
  void unreadableCode(@TempDir Path root) throws IOException {
    twoModules(root);
    write(root.resolve("pom.xml"), "<project><properties><maven.compiler.release>99</maven.compiler.release></properties>"
        + "<modules><module>app</module><module>domain</module></modules></project>\n");
    CliRun init = run("init", "--project", root.toString());
    assertEquals(0, init.exitCode(), init.err());
    assertTrue(init.out().contains("archdoc init: archdoc could not read this project as it is; do what the errors above"
        + " say (a newer JDK, a fix in archdoc.yml), then run 'archdoc check'.\n"), init.out());
    assertFalse(init.out().contains("drifted"), init.out());
  }

  @Test
  @DisplayName("decision records in a layout archdoc does not read (EDC's dated folders): no second log is started")
  void unknownDecisionLayout(@TempDir Path root) throws IOException {
    twoModules(root);
    write(root.resolve("docs/developer/decision-records/2022-03-01-use-json-ld/README.md"), "# Use JSON-LD\n");
    CliRun init = run("init", "--project", root.toString(), "--no-check");
    assertEquals(0, init.exitCode(), init.err());
    assertTrue(init.out().contains("  docs/developer/decision-records looks like decision records archdoc does not read"),
        init.out());
    assertFalse(Files.exists(root.resolve("arch-docs")), init.out());
  }

  @Test
  @DisplayName("ADRs in docs/decisions that link the pages around them: docs is that folder, so the links hold")
  void adrsLinkingTheirPages(@TempDir Path root) throws IOException {
    twoModules(root);
    write(root.resolve("docs/guide.md"), "# Guide\n\nHow to shop.\n");
    write(root.resolve("docs/decisions/0001-use-records.md"), """
        ---
        status: accepted
        date: 2024-01-02
        ---
        # Use records

        As the [guide](../guide.md) says.
        """);
    CliRun init = run("init", "--project", root.toString());
    assertEquals(0, init.exitCode(), init.err());
    String config = Files.readString(root.resolve("archdoc.yml"));
    assertTrue(config.contains("\ndocs: docs\n"), config);
    assertTrue(init.out().contains("archdoc check: 0 errors"), init.out());
  }
}
