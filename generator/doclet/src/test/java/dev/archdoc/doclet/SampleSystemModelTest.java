package dev.archdoc.doclet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodePackage;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.Dependency;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The model of the sample Raft system")
class SampleSystemModelTest {

  private static final List<String> LAYERS =
      List.of("lifecycle", "boundary", "worker", "core", "data").stream().map(l -> "com.example.raft." + l).toList();

  private static CodeModelReader.Result result;
  private static CodeModel model;

  @BeforeAll
  static void read() {
    Path repo = Path.of(System.getProperty("archdoc.repoRoot", "../.."));
    result =
        CodeModelReader.read(
            new CodeModelReader.Request(repo, List.of(Path.of("sample-system/src/main/java")), List.of()));
    model = result.model();
  }

  @Test
  void readsWithoutErrors() {
    assertFalse(result.hasErrors(), result.problems().toString());
  }

  @Test
  void hasEachLayersPackageWithTypesInIt() {
    Set<String> packages = model.packages().stream().map(CodePackage::name).collect(Collectors.toSet());
    for (String layer : LAYERS) {
      assertTrue(packages.stream().anyMatch(p -> p.equals(layer) || p.startsWith(layer + ".")), "no package for " + layer);
      assertTrue(model.types().stream().anyMatch(t -> t.packageName().startsWith(layer)), "no types in " + layer);
    }
  }

  @Test
  void citesDecisionsAndCarriesProse() {
    Stream<List<?>> decisions =
        Stream.concat(
            model.packages().stream().map(CodePackage::decisions),
            Stream.concat(model.types().stream().map(CodeType::decisions),
                model.types().stream().flatMap(t -> t.members().stream()).map(m -> m.decisions())));
    assertTrue(decisions.anyMatch(d -> !d.isEmpty()), "no @Decision anywhere");
    boolean prose =
        model.types().stream().anyMatch(t -> !t.prose().isEmpty())
            || model.files().stream().anyMatch(f -> !f.prose().isEmpty())
            || model.packages().stream().anyMatch(p -> !p.prose().isEmpty());
    assertTrue(prose, "no //! prose anywhere");
  }

  @Test
  void recordsDependenciesBetweenTheLayers() {
    List<Dependency> crossLayer =
        model.dependencies().stream()
            .filter(d -> !d.external())
            .filter(d -> !layerOf(d.from()).equals(layerOf(d.to())))
            .toList();
    assertFalse(crossLayer.isEmpty());
    assertTrue(crossLayer.stream().allMatch(d -> d.file().startsWith("sample-system/src/main/java/")));
  }

  @Test
  void everyTypeHasASpanInsideItsFile() {
    for (CodeType type : model.types()) {
      assertTrue(type.span().startLine() >= 1 && type.span().endLine() >= type.span().startLine(), type.qualifiedName());
      assertTrue(type.span().file().endsWith(".java"), type.qualifiedName());
    }
    assertEquals(model.types().size(), model.types().stream().map(CodeType::qualifiedName).distinct().count());
  }

  private static String layerOf(String type) {
    return LAYERS.stream().filter(type::startsWith).findFirst().orElse("");
  }

  @Test
  @DisplayName("a Javadoc <p> becomes a Markdown paragraph break, so the links after it stay links")
  void paragraphTagsBecomeBlankLines() {
    CodeType core = model.types().stream()
        .filter(t -> t.qualifiedName().equals("com.example.raft.core.RaftCore")).findFirst().orElseThrow();
    String body = core.doc().body();
    assertFalse(body.contains("<p>"), body);
    assertTrue(body.contains("\n\nStart a node with [`start`](code:com.example.raft.core.RaftCore#start("), body);
  }
}
