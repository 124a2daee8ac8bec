package dev.archdoc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The plugin finds the archdoc project a module belongs to")
class ProjectRootTest {

  @Test
  @DisplayName("the nearest folder up from the module that holds archdoc.yml, within the build")
  void nearestConfiguredAncestor(@TempDir Path build) throws IOException {
    Path module = Files.createDirectories(build.resolve("services/app"));
    Files.writeString(build.resolve("archdoc.yml"), "title: T\n");
    assertEquals(build, ProjectRoot.find(module, List.of(build)));

    Files.writeString(build.resolve("services/archdoc.yml"), "title: Services\n");
    assertEquals(build.resolve("services"), ProjectRoot.find(module, List.of(build)));
  }

  @Test
  @DisplayName("no higher than the top of the build, and the module itself when nothing is configured")
  void staysInsideTheBuild(@TempDir Path outside) throws IOException {
    Files.writeString(outside.resolve("archdoc.yml"), "title: Not this build\n");
    Path build = Files.createDirectories(outside.resolve("build"));
    Path module = Files.createDirectories(build.resolve("app"));
    assertEquals(module, ProjectRoot.find(module, List.of(build)));
    assertEquals(module, ProjectRoot.find(module, List.of()));
  }
}
