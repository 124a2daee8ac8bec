package dev.archdoc.core.docs.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.archdoc.core.config.ArchdocConfig;
import dev.archdoc.core.config.ConfigReader;
import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdrDiscoveryTest {

  @TempDir Path project;

  private void file(String path, String text) throws IOException {
    Files.createDirectories(project.resolve(path).getParent());
    Files.writeString(project.resolve(path), text);
  }

  @Test
  @DisplayName("finds ADRs in decisions/ and adr/ and their subfolders, skipping hidden, template and nested systems' folders")
  void findsTheSystemsAdrs() throws IOException {
    file("archdoc.yml", """
        systems:
          - name: outer
            docs: docs
          - name: inner
            docs: docs/decisions/inner
        """);
    file("docs/decisions/0001-a.md", "# A\n\n* Status: accepted\n");
    file("docs/decisions/old/0002-b.md", "# B\n\n* Status: accepted\n");
    file("docs/adr/0003-c.adoc", "= C\n:status: accepted\n");
    file("docs/decisions/.drafts/0004-d.md", "# D\n");
    file("docs/decisions/templates/0005-e.md", "# E\n");
    file("docs/decisions/README.md", "# Read me\n");
    file("docs/decisions/inner/decisions/0001-inner.md", "# Inner\n\n* Status: accepted\n");

    ArchdocConfig config = ConfigReader.read(project).config().orElseThrow();
    Decisions outer = AdrDiscovery.load(project, config.system("outer").orElseThrow());
    assertEquals(List.of("docs/decisions/0001-a.md", "docs/decisions/old/0002-b.md", "docs/adr/0003-c.adoc"),
        outer.adrs().stream().map(adr -> adr.file().toString().replace('\\', '/')).toList());
    assertEquals(List.of(), outer.findings());
    Decisions inner = AdrDiscovery.load(project, config.system("inner").orElseThrow());
    assertEquals(List.of("Inner"), inner.adrs().stream().map(Adr::title).toList());
  }

  @Test
  @DisplayName("a configured decisions folder that does not exist is a finding, not an exception")
  void missingFolder() {
    AdrDiscovery.Found found = AdrDiscovery.find(project, List.of(Path.of("nowhere")), List.of());
    assertEquals(List.of("archdoc.yml: error: decisions folder 'nowhere' does not exist [config]"),
        found.findings().stream().map(Finding::toString).toList());
  }

  @Test
  @DisplayName("this repository's own decisions (both systems of its archdoc.yml) load without an error")
  void dogfood() {
    Path repository = Path.of("").toAbsolutePath();
    while (repository != null && !Files.isRegularFile(repository.resolve("archdoc.yml"))) {
      repository = repository.getParent();
    }
    assumeTrue(repository != null, "no archdoc.yml above the working folder");
    ArchdocConfig config = ConfigReader.read(repository).config().orElseThrow();
    for (SystemConfig system : config.systems()) {
      Decisions decisions = AdrDiscovery.load(repository, system);
      assertEquals(List.of(), decisions.findings().stream()
          .filter(finding -> finding.severity() == Severity.ERROR)
          .map(Finding::toString).toList(), system.name());
      assertFalse(decisions.adrs().isEmpty(), system.name() + " has decisions");
    }
  }
}
