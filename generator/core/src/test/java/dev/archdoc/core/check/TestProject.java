package dev.archdoc.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.pipeline.Loaded;
import dev.archdoc.core.pipeline.Pipeline;
import dev.archdoc.core.pipeline.ProjectModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A project written to a folder file by file, then read by the real pipeline. */
final class TestProject {

  private final Path root;

  TestProject(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  TestProject write(String path, String text) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Loaded loaded() {
    return Pipeline.load(root, Pipeline.Options.DEFAULTS);
  }

  ProjectModel load() {
    Loaded loaded = loaded();
    assertThat(loaded.configProblems()).isEmpty();
    return loaded.project().orElseThrow();
  }
}
