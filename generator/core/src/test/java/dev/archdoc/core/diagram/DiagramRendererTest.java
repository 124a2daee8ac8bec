package dev.archdoc.core.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.core.docs.ref.CodeUrls;
import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagramRendererTest {

  @TempDir Path project;
  @TempDir Path cache;
  private DiagramRenderer renderer;

  private static final CodeUrls TYPE_PAGES = target -> "../code/" + target.replace('#', '.') + ".html";

  @BeforeEach
  void setUp() {
    renderer = new DiagramRenderer(new ProjectFiles(project), cache);
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static DiagramSource source(String file, int firstLine, String text) {
    return new DiagramSource(Path.of(file), firstLine, text);
  }

  @Test
  @DisplayName("a good diagram renders to SVG whose code links point where the caller says")
  void goodDiagramRendersWithRewrittenLinks() {
    RenderedDiagram out = renderer.render(source("docs/d.puml", 1, """
        @startuml
        class RaftCore [[code:com.example.raft.core.RaftCore#step(a.C,long)]]
        class Unknown [[code:com.example.Gone]]
        RaftCore --> Unknown
        @enduml
        """), TYPE_PAGES);

    assertTrue(out.clean(), () -> out.findings().toString());
    assertTrue(out.svg().startsWith("<svg"), out.svg().substring(0, 40));
    assertTrue(out.svg().contains("href=\"../code/com.example.raft.core.RaftCore.step(a.C,long).html\""));
    assertFalse(out.svg().contains("code:"), "no code: URL may reach the site");
  }

  @Test
  @DisplayName("a syntax error in a diagram file is a broken-link finding at the file line of the fault")
  void syntaxErrorInFileIsFoundAtItsLine() {
    String text = "' a comment\n\n@startuml\nAlice -> Bob : hi\nthis is not plantuml (((\n@enduml\n";
    List<DiagramSource> blocks = DiagramSource.blocksOf(Path.of("docs/seq.puml"), text);

    RenderedDiagram out = renderer.render(blocks.get(0), CodeUrls.NONE);

    assertEquals(1, out.findings().size(), out.findings()::toString);
    Finding f = out.findings().get(0);
    assertEquals("broken-link", f.rule());
    assertEquals(Path.of("docs/seq.puml"), f.file());
    assertEquals(5, f.line());
    assertTrue(out.svg().startsWith("<svg"), "the error is drawn, not left blank");
  }

  @Test
  @DisplayName("a block without @startuml at line 21 of a page reports its error at the page line")
  void bodyWithoutStartLineMapsErrorsToThePage() {
    RenderedDiagram out = renderer.render(
        source("docs/overview.md", 21, "Alice -> Bob : ok\nnonsense here (((\n"), CodeUrls.NONE);

    assertEquals(List.of(22), out.findings().stream().map(Finding::line).toList());
    assertEquals(Path.of("docs/overview.md"), out.findings().get(0).file());
  }

  @Test
  @DisplayName("the blocks of a diagram file each keep their own first line")
  void fileBlocksKeepTheirLines() {
    List<DiagramSource> blocks = DiagramSource.blocksOf(Path.of("d.puml"),
        "@startuml\nA -> B\n@enduml\n\n@startuml\nC -> D [[code:x.Y]]\n@enduml\n");

    assertEquals(List.of(1, 5), blocks.stream().map(DiagramSource::firstLine).toList());
    assertEquals(6, blocks.get(1).codeRefs().get(0).line());
    assertEquals("x.Y", blocks.get(1).codeRefs().get(0).target());
  }

  @Test
  @DisplayName("an include of a URL is refused and nothing is fetched")
  void urlIncludeIsRefused() {
    RenderedDiagram out = renderer.render(source("docs/d.puml", 1,
        "@startuml\n!include https://example.com/style.puml\nA -> B\n@enduml\n"), CodeUrls.NONE);

    assertEquals(1, out.findings().size(), out.findings()::toString);
    assertEquals(2, out.findings().get(0).line());
    assertTrue(out.findings().get(0).message().contains("URL"));
  }

  @Test
  @DisplayName("an include that climbs out of the project root is refused")
  void includeOutsideRootIsRefused() {
    RenderedDiagram out = renderer.render(source("docs/d.puml", 1,
        "@startuml\n!include ../../../etc/hostname\nA -> B\n@enduml\n"), CodeUrls.NONE);

    assertEquals(1, out.findings().size(), out.findings()::toString);
    assertTrue(out.findings().get(0).message().contains("leaves the project root"));
  }

  @Test
  @DisplayName("an include inside the project is inlined, and an error in it is reported in that file")
  void inRepoIncludeIsInlined() throws IOException {
    write("docs/common/actors.iuml", "@startuml\nactor Client\nparticipant Leader\n@enduml\n");
    write("docs/common/broken.iuml", "participant Leader\n\nthis is not plantuml (((\n");

    RenderedDiagram good = renderer.render(source("docs/d.puml", 1,
        "@startuml\n!include common/actors.iuml\nClient -> Leader : put\n@enduml\n"), CodeUrls.NONE);
    RenderedDiagram bad = renderer.render(source("docs/e.puml", 1,
        "@startuml\n!include common/broken.iuml\nClient -> Leader : put\n@enduml\n"), CodeUrls.NONE);

    assertTrue(good.clean(), good.findings()::toString);
    assertTrue(good.svg().contains("Client") && good.svg().contains("Leader"));
    assertEquals(List.of("docs/common/broken.iuml:3"), bad.findings().stream()
        .map(f -> f.file().toString().replace('\\', '/') + ":" + f.line()).toList());
  }

  @Test
  @DisplayName("an include cycle is refused instead of looping")
  void includeCycleIsRefused() throws IOException {
    write("docs/a.iuml", "!include b.iuml\nA -> B\n");
    write("docs/b.iuml", "!include a.iuml\n");

    RenderedDiagram out = renderer.render(source("docs/d.puml", 1,
        "@startuml\n!include a.iuml\n@enduml\n"), CodeUrls.NONE);

    assertEquals(1, out.findings().size(), out.findings()::toString);
    assertEquals(Path.of("docs/b.iuml"), out.findings().get(0).file());
    assertTrue(out.findings().get(0).message().contains("cycle"));
  }

  @Test
  @DisplayName("!includesub inlines the named part only")
  void includeSubTakesThePart() throws IOException {
    write("docs/parts.iuml", "!startsub ACTORS\nactor Client\n!endsub\nthis is not plantuml (((\n");

    RenderedDiagram out = renderer.render(source("docs/d.puml", 1,
        "@startuml\n!includesub parts.iuml!ACTORS\nClient -> Server\n@enduml\n"), CodeUrls.NONE);

    assertTrue(out.clean(), out.findings()::toString);
  }

  @Test
  @DisplayName("C4 from PlantUML's bundled stdlib renders offline in the sandbox")
  void c4StdlibRendersOffline() {
    RenderedDiagram out = renderer.render(source("docs/c4.puml", 1, """
        @startuml
        !include <C4/C4_Container>
        Person(client, "Client")
        System_Boundary(kv, "raft-kv") {
          Container(node, "Node", "Java", "Replicates the log")
        }
        Rel(client, node, "put/get")
        @enduml
        """), CodeUrls.NONE);

    assertTrue(out.clean(), out.findings()::toString);
    assertTrue(out.svg().contains(">Replicates<") && out.svg().contains(">put/get<"), "C4 macros expanded");
  }

  @Test
  @DisplayName("the second render of the same diagram comes from the on-disk cache, also for a new renderer")
  void secondRenderHitsTheCache() throws IOException {
    DiagramSource diagram = source("docs/d.puml", 1, "@startuml\nA -> B : cached\n@enduml\n");

    RenderedDiagram first = renderer.render(diagram, CodeUrls.NONE);
    DiagramRenderer later = new DiagramRenderer(new ProjectFiles(project), cache);
    RenderedDiagram second = later.render(diagram, CodeUrls.NONE);

    assertEquals(1, renderer.plantUmlRuns());
    assertEquals(0, later.plantUmlRuns());
    assertEquals(first.svg(), second.svg());
    assertEquals(1, entries().size(), "one sealed entry (ADR 17)");
  }

  @Test
  @DisplayName("threads drawing the same diagram at once share one PlantUML run, one SVG and one whole cache entry")
  void concurrentRendersShareOneEntry() throws Exception {
    DiagramSource diagram = source("docs/d.puml", 1, "@startuml\nA -> B : concurrent\n@enduml\n");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    Set<String> svgs = new HashSet<>();
    try {
      List<Future<RenderedDiagram>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> renderer.render(diagram, CodeUrls.NONE)));
      }
      for (Future<RenderedDiagram> future : futures) {
        svgs.add(future.get(60, TimeUnit.SECONDS).svg());
      }
      assertEquals(1, svgs.size());
      assertEquals(1, renderer.plantUmlRuns(), "the others wait for the thread drawing it, or find it cached");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, entries().size(), entries()::toString);
    DiagramRenderer later = new DiagramRenderer(new ProjectFiles(project), cache);
    assertEquals(svgs.iterator().next(), later.render(diagram, CodeUrls.NONE).svg());
    assertEquals(0, later.plantUmlRuns());
  }

  private List<Path> entries() throws IOException {
    try (var files = Files.walk(cache)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  @DisplayName("a failed diagram is not cached, so it reports its finding on every run")
  void failuresAreNotCached() {
    DiagramSource broken = source("docs/d.puml", 1, "@startuml\nnonsense (((\n@enduml\n");

    renderer.render(broken, CodeUrls.NONE);
    RenderedDiagram again = renderer.render(broken, CodeUrls.NONE);

    assertEquals(2, renderer.plantUmlRuns());
    assertEquals(1, again.findings().size());
  }
}
