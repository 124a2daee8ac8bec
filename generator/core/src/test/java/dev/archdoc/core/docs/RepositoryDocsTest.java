package dev.archdoc.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.config.ArchdocConfig;
import dev.archdoc.core.config.ConfigReader;
import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.core.diagram.DiagramRenderer;
import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.docs.ref.CodeUrls;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.finding.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dogfood: this repository's own docs are archdoc's first input, and must read cleanly. */
@DisplayName("This repository's docs")
class RepositoryDocsTest {

  private static Path repository() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("archdoc.yml"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("archdoc.yml above " + Path.of("").toAbsolutePath()).isNotNull();
    return dir;
  }

  @Test
  @DisplayName("read with no finding at all, warnings included, in both systems")
  void readCleanly() {
    Path root = repository();
    ArchdocConfig config = ConfigReader.read(root).config().orElseThrow();
    List<Finding> findings = new ArrayList<>();
    int adrs = 0;
    for (SystemConfig system : config.systems()) {
      DocSet docs = DocReader.read(root, system);
      findings.addAll(docs.allFindings());
      adrs += docs.decisions().adrs().size();
    }
    assertThat(findings).isEmpty();
    assertThat(adrs).as("ADRs of both systems").isGreaterThanOrEqualTo(18);
  }

  @Test
  @DisplayName("every diagram, in a .puml file or written in a page or ADR, renders without a finding")
  void diagramsRender(@TempDir Path cache) {
    Path root = repository();
    ArchdocConfig config = ConfigReader.read(root).config().orElseThrow();
    DiagramRenderer renderer = new DiagramRenderer(new ProjectFiles(root), cache);
    List<DiagramSource> diagrams = new ArrayList<>();
    for (SystemConfig system : config.systems()) {
      DocSet docs = DocReader.read(root, system);
      diagrams.addAll(docs.diagrams());
      docs.allPages().stream().map(Page::diagrams).forEach(diagrams::addAll);
    }
    assertThat(diagrams).hasSizeGreaterThanOrEqualTo(5);
    for (DiagramSource diagram : diagrams) {
      assertThat(renderer.render(diagram, CodeUrls.NONE).findings())
          .as(diagram.file() + ":" + diagram.firstLine()).isEmpty();
    }
  }
}
