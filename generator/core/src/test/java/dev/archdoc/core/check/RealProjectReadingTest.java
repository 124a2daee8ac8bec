package dev.archdoc.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import dev.archdoc.core.pipeline.Loaded;
import dev.archdoc.core.pipeline.Pipeline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A real project is read as its build does: its Java release and a class path without Maven")
class RealProjectReadingTest {

  private static final int RUNNING = Runtime.version().feature();

  @Test
  @DisplayName("code stated newer than the running JDK stops the check with one error naming the JDK it needs (exit 2)")
  void codeNewerThanTheRunningJdkStopsWithOneLine(@TempDir Path root) {
    int needed = RUNNING + 1;
    TestProject project = new TestProject(root)
        .write("build-logic/src/main/kotlin/compile.gradle.kts", "tasks.withType<JavaCompile> {\n  options.release = " + needed + "\n}\n")
        .write("src/main/java/p/App.java", "package p;\npublic class App {}\n");
    Loaded loaded = project.loaded();
    assertThat(loaded.project()).isEmpty();
    assertThat(loaded.configProblems()).hasSize(1);
    Finding why = loaded.configProblems().get(0);
    assertThat(why.file()).isEqualTo(Path.of("build-logic/src/main/kotlin/compile.gradle.kts"));
    assertThat(why.line()).isEqualTo(2);
    assertThat(why.message()).contains("Java " + needed, "Java " + RUNNING, "JDK " + needed + " or newer");
    CheckResult result = DriftCheck.run(loaded);
    assertThat(result.exitCode()).isEqualTo(CheckResult.BAD_INPUT);
    assertThat(result.summary()).contains("archdoc cannot read this project");
  }

  @Test
  @DisplayName("java: in archdoc.yml states the release when the build does not; constructs newer than it stop the check, naming the release javac asks for")
  void constructsNewerThanTheStatedReleaseStop(@TempDir Path root) {
    TestProject project = new TestProject(root)
        .write("archdoc.yml", "java: 11\n")
        .write("src/main/java/p/Point.java", "package p;\n\npublic record Point(int x, int y) {}\n");
    Loaded loaded = project.loaded();
    assertThat(loaded.project()).isEmpty();
    assertThat(loaded.configProblems()).singleElement().satisfies(why -> {
      assertThat(why.file()).isEqualTo(Path.of("src/main/java/p/Point.java"));
      assertThat(why.line()).isEqualTo(3);
      assertThat(why.message()).contains("need Java 16", "read as Java 11 (java: 11 in archdoc.yml:1)", "set `java: 16`");
    });
  }

  @Test
  @DisplayName("a class path argument file the build wrote (absolute entries, quoted, after -classpath) resolves the library")
  void argumentFileClassPathResolvesTheLibrary(@TempDir Path root, @TempDir Path outside) throws IOException {
    Path jar = libraryJar(outside.resolve("gradle cache"));
    TestProject project = new TestProject(root)
        .write("src/main/java/p/App.java", "package p;\n\nimport static lib.Lib.LIMIT;\n\npublic class App {\n"
            + "  lib.Lib lib;\n  int limit = LIMIT;\n}\n");
    assertThat(unresolvedWarnings(project)).as("without a class path").hasSize(1);

    project.write("archdoc.yml", "classpath: ['@build/archdoc.classpath']\n")
        .write("build/archdoc.classpath", "# written by the archdocClasspath task\n-classpath \"" + jar + "\"\n");
    assertThat(warningsAndErrors(project)).as("the argument file's jar resolves lib.Lib").isEmpty();
  }

  @Test
  @DisplayName("a glob in classpath: matches jars inside the project; a missing argument file is a warning naming it")
  void globsAndAMissingArgumentFile(@TempDir Path root) throws IOException {
    libraryJar(root.resolve("libs"));
    TestProject project = new TestProject(root)
        .write("archdoc.yml", "classpath: ['libs/*.jar', '@build/none.classpath']\n")
        .write("src/main/java/p/App.java", "package p;\n\npublic class App {\n  lib.Lib lib;\n}\n");
    assertThat(warningsAndErrors(project)).singleElement().satisfies(finding -> {
      assertThat(finding.severity()).isEqualTo(Severity.WARNING);
      assertThat(finding.file()).isEqualTo(Path.of("build/none.classpath"));
      assertThat(finding.message()).contains("does not exist");
    });
  }

  private static List<Finding> warningsAndErrors(TestProject project) {
    return DriftCheck.run(project.loaded()).findings().stream()
        .filter(f -> f.severity() == Severity.WARNING || f.severity() == Severity.ERROR)
        .toList();
  }

  private static List<Finding> unresolvedWarnings(TestProject project) {
    return DriftCheck.run(project.loaded()).findings().stream()
        .filter(f -> f.message().contains("could not be resolved"))
        .toList();
  }

  /** lib.Lib with a constant, compiled and packed into lib.jar in {@code folder}. */
  private static Path libraryJar(Path folder) throws IOException {
    Path sources = Files.createDirectories(folder.resolve("src/lib"));
    Path classes = Files.createDirectories(folder.resolve("classes"));
    Files.writeString(sources.resolve("Lib.java"), "package lib;\npublic class Lib {\n  public static final int LIMIT = 3;\n}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, "-d", classes.toString(), sources.resolve("Lib.java").toString())).isZero();
    Path jar = folder.resolve("lib.jar");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream packed = new JarOutputStream(out)) {
      packed.putNextEntry(new JarEntry("lib/Lib.class"));
      packed.write(Files.readAllBytes(classes.resolve("lib/Lib.class")));
      packed.closeEntry();
    }
    return jar;
  }
}
