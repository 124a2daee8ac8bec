package dev.archdoc.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.config.ArchdocConfig;
import dev.archdoc.core.config.ConfigReader;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.adr.AdrId;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reading a system's docs folder")
class DocReaderTest {

  @TempDir Path project;

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private ArchdocConfig config() {
    return ConfigReader.read(project).config().orElseThrow();
  }

  @Test
  @DisplayName("sorts files into ADRs, pages, diagrams and assets, and reads ADR bodies as pages")
  void classifies() throws IOException {
    write("arch-docs/index.md", "# Home\n");
    write("arch-docs/decisions/README.md", "# About our decisions\n");
    write("arch-docs/decisions/0001-first.md", "# 1. First\n\n## Status\n\nAccepted\n\n## Context\n\nSee [x](code:a.B).\n");
    write("arch-docs/diagrams/c.puml", "@startuml\nA -> B\n@enduml\n");
    write("arch-docs/images/logo.svg", "<svg/>");
    write("arch-docs/.hidden/secret.md", "# no\n");

    DocSet docs = DocReader.read(project, config().systems().get(0));

    assertThat(docs.decisions().adrs()).extracting(Adr::id).containsExactly(AdrId.of(1));
    assertThat(docs.pages()).extracting(Page::title).containsExactly("About our decisions", "Home");
    assertThat(docs.diagrams()).hasSize(1);
    assertThat(docs.assets()).containsExactly(Path.of("arch-docs/images/logo.svg"));
    Page body = docs.bodyOf(docs.decisions().adrs().get(0)).orElseThrow();
    assertThat(body.codeRefs()).singleElement().satisfies(ref -> {
      assertThat(ref.target()).isEqualTo("a.B");
      assertThat(ref.line()).as("a line of the ADR file, not of the body").isEqualTo(9);
    });
    assertThat(docs.allFindings()).isEmpty();
  }

  @Test
  @DisplayName("a system skips the docs folder of another system nested inside its own")
  void nestedSystems() throws IOException {
    write("archdoc.yml", """
        systems:
          - name: inner
            docs: docs/inner
          - name: outer
            docs: docs
        """);
    write("docs/index.md", "# Outer\n");
    write("docs/inner/index.md", "# Inner\n");
    write("docs/inner/decisions/0001-x.md", "# 1. X\n\n## Status\n\nAccepted\n");

    ArchdocConfig config = config();
    DocSet outer = DocReader.read(project, config.system("outer").orElseThrow());
    DocSet inner = DocReader.read(project, config.system("inner").orElseThrow());

    assertThat(outer.pages()).extracting(Page::title).containsExactly("Outer");
    assertThat(outer.decisions().adrs()).isEmpty();
    assertThat(inner.pages()).extracting(Page::title).containsExactly("Inner");
    assertThat(inner.decisions().adrs()).hasSize(1);
  }

  @Test
  @DisplayName("a page that is not UTF-8 is read with a finding at the damaged line; the others still load")
  void badPage() throws IOException {
    write("arch-docs/good.md", "# Good\n");
    Path bad = project.resolve("arch-docs/bad.md");
    Files.write(bad, new byte[] {'#', ' ', 'B', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});

    DocSet docs = DocReader.read(project, config().systems().get(0));

    assertThat(docs.pages()).extracting(Page::title).containsExactly("B", "Good");
    assertThat(docs.findings()).map(Finding::toString).singleElement().asString()
        .startsWith("arch-docs/bad.md:2: error: is not valid UTF-8");
  }
}
