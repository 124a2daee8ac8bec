package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.docs.ref.DiagramSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The ids of hand-drawn diagrams")
class DiagramAnchorsTest {

  private static final Path DOCS = Path.of("arch-docs/raft-kv");

  private static DiagramSource block(String file, int line) {
    return new DiagramSource(DOCS.resolve(file), line, "@startuml\nA -> B\n@enduml");
  }

  @Test
  @DisplayName("come from the file's path below the docs folder, a file's later blocks numbered")
  void comeFromTheFile() {
    DiagramSource first = block("diagrams/roles.puml", 1);
    DiagramSource second = block("diagrams/roles.puml", 9);
    DiagramSource write = block("write.plantuml", 1);
    DiagramAnchors anchors = DiagramAnchors.of(DOCS, List.of(first, second, write));

    assertThat(List.of(anchors.of(first), anchors.of(second), anchors.of(write)))
        .containsExactly("diagrams-roles", "diagrams-roles-2", "write");
    assertThat(anchors.ofFile(Path.of("arch-docs/raft-kv/diagrams/../diagrams/roles.puml"))).contains("diagrams-roles");
    assertThat(anchors.ofFile(Path.of("arch-docs/raft-kv/diagrams/gone.puml"))).isEmpty();
  }

  @Test
  @DisplayName("stay unique: a file named like a generated diagram or like an earlier file gets the next number")
  void stayUnique() {
    DiagramSource layers = block("layers.puml", 1);
    DiagramSource dashed = block("a-b.puml", 1);
    DiagramSource nested = block("a/b.puml", 1);
    DiagramSource spaced = block("a b.puml", 1);
    DiagramAnchors anchors = DiagramAnchors.of(DOCS, List.of(layers, dashed, nested, spaced));

    assertThat(List.of(anchors.of(layers), anchors.of(dashed), anchors.of(nested), anchors.of(spaced)))
        .containsExactly("layers-2", "a-b", "a-b-2", "a-b-3");
  }

  @Test
  @DisplayName("are the same for the same files, however often they are made")
  void areDeterministic() {
    List<DiagramSource> diagrams = List.of(block("x.puml", 1), block("x-2.puml", 1), block("x.puml", 5));
    DiagramAnchors once = DiagramAnchors.of(DOCS, diagrams);
    DiagramAnchors again = DiagramAnchors.of(DOCS, diagrams);

    for (DiagramSource diagram : diagrams) {
      assertThat(again.of(diagram)).isEqualTo(once.of(diagram));
    }
    assertThat(diagrams.stream().map(once::of).distinct()).hasSize(3);
  }
}
