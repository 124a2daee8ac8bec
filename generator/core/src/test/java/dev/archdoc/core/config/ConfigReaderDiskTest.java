package dev.archdoc.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("reading a project folder from disk")
class ConfigReaderDiskTest {

  @TempDir Path project;

  private void folder(String path) throws IOException {
    Files.createDirectories(project.resolve(path));
  }

  private void file(String path, String text) throws IOException {
    Files.createDirectories(project.resolve(path).getParent());
    Files.writeString(project.resolve(path), text);
  }

  @Test
  @DisplayName("without archdoc.yml, sources are src/main/java of the project and of Maven modules up to three levels down")
  void findsModuleSourceRoots() throws IOException {
    file("pom.xml", "<project/>");
    folder("src/main/java");
    file("app/pom.xml", "<project/>");
    folder("app/src/main/java");
    file("libs/json/pom.xml", "<project/>");
    folder("libs/json/src/main/java");
    file("no-sources/pom.xml", "<project/>");
    folder("not-a-module/src/main/java");
    file("app/target/classes/pom.xml", "<project/>");
    folder("app/target/classes/src/main/java");
    folder("arch-docs/adr");

    ArchdocConfig config = ConfigReader.read(project).config().orElseThrow();
    SystemConfig system = config.systems().get(0);
    assertEquals(List.of(Path.of("src/main/java"), Path.of("app/src/main/java"),
        Path.of("libs/json/src/main/java")), system.sources());
    assertEquals(List.of(Path.of("arch-docs/adr")), system.decisions());
  }

  @Test
  @DisplayName("a broken archdoc.yml on disk is reported with its file name and line")
  void reportsProblemsOfTheFile() throws IOException {
    file("archdoc.yml", "title: x\nlayerz: []\n");
    ConfigResult result = ConfigReader.read(project);
    assertEquals(1, result.problems().size());
    assertEquals(Path.of("archdoc.yml"), result.problems().get(0).file());
    assertEquals(2, result.problems().get(0).line());
  }

  @Test
  @DisplayName("an archdoc.yml that is not UTF-8 is a problem, not an exception")
  void notUtf8() throws IOException {
    Files.write(project.resolve("archdoc.yml"), new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE9});
    ConfigResult result = ConfigReader.read(project);
    assertTrue(result.problems().get(0).message().contains("not UTF-8"));
  }

  @Test
  @DisplayName("this repository's own archdoc.yml reads without problems")
  void readsThisRepositorysConfiguration() {
    Path repository = Path.of("").toAbsolutePath();
    while (repository != null && !Files.isRegularFile(repository.resolve("archdoc.yml"))) {
      repository = repository.getParent();
    }
    assumeTrue(repository != null, "no archdoc.yml above " + Path.of("").toAbsolutePath());
    ConfigResult result = ConfigReader.read(repository);
    assertEquals(List.of(), result.problems());
    ArchdocConfig config = result.config().orElseThrow();
    assertTrue(config.system("raft-kv").isPresent());
    assertTrue(config.system("archdoc").orElseThrow().excludedDocs().contains(Path.of("arch-docs/raft-kv")));
  }

  @Test
  @DisplayName("without archdoc.yml, ADRs kept where adr-tools, log4brains or MADR put them are found")
  void adrFoldersOfOtherTools() throws IOException {
    folder("doc/adr");
    ArchdocConfig plain = ConfigReader.read(project).config().orElseThrow();
    assertEquals(List.of(Path.of("doc/adr")), plain.systems().get(0).decisions());

    folder("architecture/decisions");
    file(".adr-dir", "architecture/decisions\n");
    ArchdocConfig recorded = ConfigReader.read(project).config().orElseThrow();
    assertEquals(
        List.of(Path.of("architecture/decisions")), recorded.systems().get(0).decisions());
    assertEquals(
        Path.of("architecture/decisions"), recorded.systems().get(0).newDecisionsFolder());
  }

  @Test
  @DisplayName("without archdoc.yml, Gradle modules (build.gradle or build.gradle.kts) with src/main/java are sources")
  void findsGradleModules() throws IOException {
    file("settings.gradle.kts", "rootProject.name = \"x\"\njavaModules { directory(\".\") }\n");
    file("build.gradle.kts", "");
    file("jablib/build.gradle.kts", "");
    folder("jablib/src/main/java");
    file("jabgui/build.gradle", "");
    folder("jabgui/src/main/java");
    file("build-logic/build.gradle.kts", "");
    folder("build-logic/src/main/kotlin");
    ArchdocConfig config = ConfigReader.read(project).config().orElseThrow();
    assertEquals(List.of(Path.of("jabgui/src/main/java"), Path.of("jablib/src/main/java")),
        config.systems().get(0).sources());
  }

  @Test
  @DisplayName("without archdoc.yml, the decisions folder adr-j (.adr/adr.properties) or log4brains (.log4brains.yml) recorded is read")
  void foldersRecordedByAdrJAndLog4brains() throws IOException {
    folder("docs/architecture");
    file(".adr/adr.properties", "author=someone\ndocPath=docs/architecture\n");
    assertEquals(List.of(Path.of("docs/architecture")),
        ConfigReader.read(project).config().orElseThrow().systems().get(0).decisions());

    Files.delete(project.resolve(".adr/adr.properties"));
    folder("knowledge/adr");
    file(".log4brains.yml", "project:\n  name: X\n  adrFolder: ./knowledge/adr\n");
    assertEquals(List.of(Path.of("knowledge/adr")),
        ConfigReader.read(project).config().orElseThrow().systems().get(0).decisions());

    file(".log4brains.yml", "project: [unclosed\n");
    assertEquals(List.of(), ConfigReader.read(project).config().orElseThrow().systems().get(0).decisions(),
        "a malformed marker is as good as none");
  }
}
