package dev.archdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Default source roots")
class DefaultSourcesTest {

  @Test
  void areSrcMainJavaOfTheProjectAndItsModulesButNotOfBuildOutputOrDeepFixtures(@TempDir Path root) throws IOException {
    for (String folder :
        List.of("src/main/java", "app/src/main/java", "group/lib/src/main/java", "target/src/main/java",
            ".hidden/src/main/java", "lib/src/test/resources/fixtures/x/src/main/java")) {
      Files.createDirectories(root.resolve(folder));
    }
    assertEquals(
        List.of(root.resolve("app/src/main/java"), root.resolve("group/lib/src/main/java"), root.resolve("src/main/java")),
        DefaultSources.of(root));
  }
}
