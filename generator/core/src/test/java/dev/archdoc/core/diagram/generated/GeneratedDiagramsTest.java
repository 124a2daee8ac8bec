package dev.archdoc.core.diagram.generated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.core.diagram.DiagramRenderer;
import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.diagram.RenderedDiagram;
import dev.archdoc.core.docs.adr.AdrId;
import dev.archdoc.core.docs.adr.AdrLoader;
import dev.archdoc.core.docs.adr.AdrSource;
import dev.archdoc.core.docs.adr.DecisionGraph;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.pipeline.Loaded;
import dev.archdoc.core.pipeline.Pipeline;
import dev.archdoc.core.pipeline.SystemModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Diagrams drawn from the models")
class GeneratedDiagramsTest {

  @TempDir static Path project;
  @TempDir static Path cache;
  static SystemModel system;
  static DiagramRenderer renderer;

  @BeforeAll
  static void readProject() throws IOException {
    write("archdoc.yml", """
        layers:
          - name: api
            packages: [com.acme.api..]
          - name: core
            packages: [com.acme.core..]
        """);
    write("src/main/java/com/acme/core/Ledger.java", """
        package com.acme.core;
        public final class Ledger implements Book {
          public long add(long amount) { return com.acme.api.Api.LIMIT + amount; }
        }
        """);
    write("src/main/java/com/acme/core/Book.java", """
        package com.acme.core;
        public sealed interface Book permits Ledger {}
        """);
    write("src/main/java/com/acme/api/Api.java", """
        package com.acme.api;
        public class Api {
          public static final long LIMIT = 10;
          com.acme.core.Ledger ledger = new com.acme.core.Ledger();
          com.acme.core.Book book = ledger;
        }
        """);
    write("arch-docs/decisions/0001-first.md", "# 1. First\n\n## Status\n\nSuperseded by [2. Second](0002-second.md)\n");
    write("arch-docs/decisions/0002-second.md", "# 2. Second \"quoted\"\n\n## Status\n\nAccepted\n\nSupersedes [1. First](0001-first.md)\n");
    Loaded loaded = Pipeline.load(project, Pipeline.Options.DEFAULTS);
    system = loaded.project().orElseThrow().systems().get(0);
    renderer = new DiagramRenderer(new ProjectFiles(project), cache);
  }

  private static void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String render(DiagramSource source) {
    RenderedDiagram rendered = renderer.render(source, target -> "code/" + target + ".html");
    assertThat(rendered.findings()).as(source.text()).isEmpty();
    return rendered.svg();
  }

  @Test
  @DisplayName("the layer diagram counts uses between layers and marks the forbidden ones")
  void layers() {
    SystemConfig config = system.config();
    DiagramSource source = GeneratedDiagrams.layers(config, system.code());
    // Api uses core four times: two field types, the constructor call, and reading `ledger` (a Ledger) on line 5
    assertThat(source.text())
        .contains("L0 --> L1 : 4 uses")
        .contains("L1 -[#c0392b,bold]-> L0 : 1 use (forbidden)");
    assertThat(render(source)).contains("code/com.acme.api.html").contains("forbidden");
  }

  @Test
  @DisplayName("the package diagram links each package and draws the uses between them")
  void packages() {
    DiagramSource source = GeneratedDiagrams.packages(system.code());
    assertThat(source.text()).contains("folder \"com.acme.api\" as P0 [[code:com.acme.api]]")
        .contains("P0 --> P1 : ").contains("P1 --> P0 : 1");
    assertThat(render(source)).contains("code/com.acme.core.html");
  }

  @Test
  @DisplayName("the package diagram gathers deep packages under their parents when there are too many to draw")
  void manyPackagesAreGathered() {
    List<String> packages = new ArrayList<>(List.of("com.acme", "com.acme.api"));
    for (int i = 0; i < 40; i++) {
      packages.add("com.acme.model.m" + i);
      packages.add("com.acme.store.s" + i);
    }
    Map<String, String> boxes = GeneratedDiagrams.packageBoxes(packages);

    assertThat(boxes).containsEntry("com.acme", "com.acme").containsEntry("com.acme.api", "com.acme.api")
        .containsEntry("com.acme.model.m7", "com.acme.model.*").containsEntry("com.acme.store.s39", "com.acme.store.*");
    assertThat(new HashSet<>(boxes.values())).hasSize(4);
    assertThat(GeneratedDiagrams.packageBoxes(List.of("a.b.c", "a.b.d"))).containsEntry("a.b.c", "a.b.c");
  }

  @Test
  @DisplayName("the types of a package show inheritance and uses, each linked to its page")
  void types() {
    DiagramSource source = GeneratedDiagrams.typesOf(system.code(), "com.acme.core");
    assertThat(source.text())
        .contains("interface \"Book\" as T0 <<sealed>> [[code:com.acme.core.Book]]")
        .contains("T1 ..|> T0");
    assertThat(render(source)).contains("code/com.acme.core.Ledger.html");
  }

  @Test
  @DisplayName("the decision graph shows supersession once, retired ADRs greyed, each linked")
  void decisions() {
    DiagramSource source = GeneratedDiagrams.decisions(
        system.docs().decisions().graph(), id -> "decisions/" + id.display() + ".html");
    assertThat(source.text())
        .contains("as A0 [[decisions/ADR-1.html]] #e0e0e0")
        .contains("ADR-2\\nSecond 'quoted'")
        .containsOnlyOnce("A1 --> A0 : supersedes");
    assertThat(render(source)).contains("decisions/ADR-2.html");
    assertThat(AdrId.of(1).display()).isEqualTo("ADR-1");
  }

  @Test
  @DisplayName("the decision graph leaves out ADRs that relate to no other, unless none relates")
  void decisionsWithoutRelationsAreLeftOut() {
    DecisionGraph mixed = AdrLoader.load(List.of(
        adr("0001-first.md", "# 1. First\n\n## Status\n\nSuperseded by [2. Second](0002-second.md)\n"),
        adr("0002-second.md", "# 2. Second\n\n## Status\n\nAccepted\n\nSupersedes [1. First](0001-first.md)\n"),
        adr("0003-alone.md", "# 3. Alone\n\n## Status\n\nAccepted\n"))).graph();
    assertThat(GeneratedDiagrams.decisions(mixed, id -> null).text())
        .contains("ADR-1\\n", "ADR-2\\n")
        .doesNotContain("ADR-3", "Alone");

    DecisionGraph unrelated = AdrLoader.load(List.of(
        adr("0001-one.md", "# 1. One\n\n## Status\n\nAccepted\n"),
        adr("0002-two.md", "# 2. Two\n\n## Status\n\nAccepted\n"))).graph();
    assertThat(GeneratedDiagrams.decisions(unrelated, id -> null).text()).contains("ADR-1\\n", "ADR-2\\n");
  }

  private static AdrSource adr(String name, String text) {
    return AdrSource.ofText("arch-docs/decisions/" + name, text);
  }
}
