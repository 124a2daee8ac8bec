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

@DisplayName("archdoc model")
class ModelCommandTest {

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void writesTheModelOfEveryModulesSourcesAsJsonWithoutConfiguration(@TempDir Path project) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\npublic class A { b.B b; }\n");
    write(project.resolve("mod/pom.xml"), "<project/>\n");
    write(project.resolve("mod/src/main/java/b/B.java"), "package b;\npublic class B {}\n");
    write(project.resolve("target/src/main/java/c/C.java"), "package c;\npublic class C {}\n");
    Path json = project.resolve("out/model.json");
    CliRun run = run("model", "--project", project.toString(), "--out", json.toString());
    assertEquals(0, run.exitCode(), run.err());
    String written = Files.readString(json);
    assertTrue(written.contains("\"schemaVersion\" : 1"));
    assertTrue(written.contains("\"qualifiedName\" : \"a.A\""));
    assertTrue(written.contains("\"qualifiedName\" : \"b.B\""));
    assertFalse(written.contains("\"qualifiedName\" : \"c.C\""), "build output is no source root");
    assertTrue(run.err().contains("2 types in 2 packages"), run.err());
  }

  @Test
  void readsTheSourcesAndClassPathArchdocYmlNames(@TempDir Path project) throws IOException {
    Path lib = project.resolve("lib-classes");
    write(project.resolve("archdoc.yml"), "sources: [code]\nclasspath: [lib-classes]\n");
    write(project.resolve("code/a/A.java"), "package a;\npublic class A {\n  lib.Present p;\n}\n");
    write(project.resolve("src/main/java/z/Z.java"), "package z;\npublic class Z {}\n");
    write(lib.resolve("lib/Present.java"), "package lib;\npublic class Present {}\n");
    CliRun run = run("model", "--project", project.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"a.A\""));
    assertFalse(run.out().contains("\"z.Z\""), "configured sources replace the defaults");
  }

  @Test
  void aBrokenArchdocYmlIsBadInputNamingTheKey(@TempDir Path project) throws IOException {
    write(project.resolve("archdoc.yml"), "sourcez: [code]\n");
    CliRun run = run("model", "--project", project.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("archdoc.yml:1"), run.err());
    assertTrue(run.err().contains("sourcez"), run.err());
  }

  @Test
  void writesToStandardOutputWithoutOut(@TempDir Path project) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\npublic class A {}\n");
    CliRun run = run("model", "--project", project.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{"));
  }

  @Test
  void readsOnlyTheGivenSourceRoots(@TempDir Path project) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\npublic class A {}\n");
    write(project.resolve("other/x/X.java"), "package x;\npublic class X {}\n");
    CliRun run = run("model", "--project", project.toString(), "--source", "other");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"x.X\""));
    assertFalse(run.out().contains("\"a.A\""));
  }

  @Test
  void reportsAMissingLibraryOnceAsAWarningAndStillWritesTheModel(@TempDir Path project) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\npublic class A {\n  lib.Missing m;\n}\n");
    write(project.resolve("src/main/java/a/B.java"), "package a;\npublic class B {\n  lib.Missing m;\n}\n");
    Path json = project.resolve("model.json");
    CliRun run = run("model", "--project", project.toString(), "--out", json.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("src/main/java/a/A.java:3: warning: package lib does not exist"), run.err());
    assertTrue(run.err().contains("[and 1 more places]"), run.err());
    assertTrue(run.err().contains("classpath:"), run.err());
    assertTrue(Files.readString(json).contains("\"a.B\""));
  }

  @Test
  void reportsSourcesThatDoNotParseLikeACompilerAndStillWritesTheModel(@TempDir Path project) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\npublic class A {}\n");
    write(project.resolve("src/main/java/a/Torn.java"), "package a;\npublic class Torn {\n  void m( {\n}\n");
    Path json = project.resolve("model.json");
    CliRun run = run("model", "--project", project.toString(), "--out", json.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("src/main/java/a/Torn.java:3: error:"), run.err());
    assertTrue(Files.readString(json).contains("\"a.A\""));
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void resolvesTypesFromTheGivenClassPath(@TempDir Path project, @TempDir Path lib) throws IOException {
    write(project.resolve("src/main/java/a/A.java"), "package a;\npublic class A {\n  lib.Present p;\n}\n");
    write(lib.resolve("lib/Present.java"), "package lib;\npublic class Present {}\n");
    CliRun run = run("model", "--project", project.toString(), "--classpath", lib.toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void aMissingProjectFolderIsBadInput(@TempDir Path somewhere) {
    CliRun run = run("model", "--project", somewhere.resolve("nope").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("the project folder does not exist"), run.err());
  }

  @Test
  void aProjectWithoutSourcesIsBadInput(@TempDir Path project) {
    CliRun run = run("model", "--project", project.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("no Java source files found"), run.err());
  }

  @Test
  void printsHelpForTheToolAndForTheCommand() {
    CliRun root = run("--help");
    assertEquals(0, root.exitCode());
    assertTrue(root.out().contains("model"));
    CliRun model = run("model", "--help");
    assertEquals(0, model.exitCode());
    for (String option : List.of("--project", "--out", "--source", "--classpath")) {
      assertTrue(model.out().contains(option), option);
    }
  }

  @Test
  void anUnknownOptionOrNoCommandIsAUsageError() {
    CliRun unknown = run("model", "--bogus");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("Unknown option: '--bogus'"));
    assertEquals(2, run().exitCode());
  }
}
