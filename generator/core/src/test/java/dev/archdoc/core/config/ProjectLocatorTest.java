package dev.archdoc.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("finding the archdoc project a folder belongs to")
class ProjectLocatorTest {

  @TempDir Path tmp;

  private Path file(String path) throws IOException {
    Path file = tmp.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x");
    return file;
  }

  private Path folder(String path) throws IOException {
    return Files.createDirectories(tmp.resolve(path));
  }

  @Test
  @DisplayName("from a module, its docs or the top of a two-module build, the project is the folder with archdoc.yml")
  void sameProjectFromEveryFolder() throws IOException {
    file("shop/pom.xml");
    file("shop/archdoc.yml");
    file("shop/domain/pom.xml");
    file("shop/app/pom.xml");
    Path shop = tmp.resolve("shop");
    for (Path from : List.of(shop, shop.resolve("app"), shop.resolve("domain"), folder("shop/arch-docs/decisions"),
        folder("shop/app/src/main/java"))) {
      assertEquals(shop, ProjectLocator.find(from), "from " + from);
    }
  }

  @Test
  @DisplayName("without archdoc.yml a module belongs to the top of the build, not to itself")
  void withoutConfigTheTopOfTheBuild() throws IOException {
    file("shop/pom.xml");
    file("shop/domain/pom.xml");
    file("shop/app/pom.xml");
    assertEquals(tmp.resolve("shop"), ProjectLocator.find(tmp.resolve("shop/app")));
    assertEquals(tmp.resolve("shop"), ProjectLocator.find(folder("shop/app/src")));
  }

  @Test
  @DisplayName("Gradle builds have tops too")
  void gradle() throws IOException {
    file("lib/settings.gradle.kts");
    file("lib/core/build.gradle.kts");
    assertEquals(tmp.resolve("lib"), ProjectLocator.find(tmp.resolve("lib/core")));
  }

  @Test
  @DisplayName("the nearest archdoc.yml wins: a nested project is its own")
  void nearestConfig() throws IOException {
    file("mono/archdoc.yml");
    file("mono/pom.xml");
    file("mono/billing/archdoc.yml");
    file("mono/billing/pom.xml");
    file("mono/billing/api/pom.xml");
    assertEquals(tmp.resolve("mono/billing"), ProjectLocator.find(tmp.resolve("mono/billing/api")));
  }

  @Test
  @DisplayName("an archdoc.yml above the git work tree is not the project's")
  void neverAboveTheGitRoot() throws IOException {
    file("outside/archdoc.yml");
    folder("outside/repo/.git");
    file("outside/repo/pom.xml");
    file("outside/repo/app/pom.xml");
    assertEquals(tmp.resolve("outside/repo"), ProjectLocator.find(tmp.resolve("outside/repo/app")));
  }

  @Test
  @DisplayName("outside git an archdoc.yml above the top of the build is not the project's")
  void neverAboveTheBuild() throws IOException {
    file("elsewhere/archdoc.yml");
    folder("elsewhere/between");
    file("elsewhere/between/shop/pom.xml");
    file("elsewhere/between/shop/app/pom.xml");
    assertEquals(tmp.resolve("elsewhere/between/shop"), ProjectLocator.find(tmp.resolve("elsewhere/between/shop/app")));
  }

  @Test
  @DisplayName("in a git work tree the archdoc.yml at its top is found from a build below it")
  void configAtTheGitRootAboveTheBuild() throws IOException {
    folder("repo/.git");
    file("repo/archdoc.yml");
    file("repo/services/shop/pom.xml");
    assertEquals(tmp.resolve("repo"), ProjectLocator.find(tmp.resolve("repo/services/shop")));
  }

  @Test
  @DisplayName("a top the caller knows (Maven's reactor) counts when it encloses the folder, and only then")
  void knownTops() throws IOException {
    folder("reactor/modules/app");
    Path app = tmp.resolve("reactor/modules/app");
    assertEquals(tmp.resolve("reactor"), ProjectLocator.find(app, List.of(tmp.resolve("reactor"))));
    assertEquals(app, ProjectLocator.find(app, List.of(folder("sibling"))));
  }

  @Test
  @DisplayName("a folder with no build file and no archdoc.yml is its own project")
  void bareFolder() throws IOException {
    Path docs = folder("notes/docs");
    assertEquals(docs, ProjectLocator.find(docs));
  }
}
