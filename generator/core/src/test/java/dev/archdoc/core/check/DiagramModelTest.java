package dev.archdoc.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.docs.ref.DiagramSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A diagram's bound elements, arrows and check marker are read from its text")
class DiagramModelTest {

  private static DiagramModel read(String text) {
    return DiagramModel.read(new DiagramSource(Path.of("d.puml"), 10, text));
  }

  @Test
  @DisplayName("names and aliases of bound elements, in every declaration form, at their file lines")
  void elements() {
    DiagramModel model = read("""
        @startuml
        class RaftCore [[code:a.core.RaftCore]]
        component "Worker layer" as worker <<layer>> #lightblue [[code:a.worker..]]
        [Disk] as disk [[code:a.worker.Disk]]
        class NotBound
        @enduml
        """);
    assertThat(model.elements()).containsExactly(
        new DiagramModel.Element(List.of("RaftCore"), "a.core.RaftCore", 11),
        new DiagramModel.Element(List.of("Worker layer", "worker"), "a.worker..", 12),
        new DiagramModel.Element(List.of("Disk", "disk"), "a.worker.Disk", 13));
    assertThat(model.checked()).isFalse();
  }

  @Test
  @DisplayName("arrows point from the user to the used whichever way they are drawn")
  void arrows() {
    DiagramModel model = read("""
        ' archdoc: check-dependencies
        a --> b
        c <.. d : uses
        e -up-> f
        g --|> h
        i <|-- j
        k -[#red]-> l
        m -- n
        o *-- p
        ' q --> r is a comment
        /' s --> t
        also a comment '/
        """);
    assertThat(model.markerLine()).contains(10);
    assertThat(model.arrows()).extracting(a -> a.from() + (a.directed() ? "->" : "--") + a.to())
        .containsExactly("a->b", "d->c", "e->f", "g->h", "j->i", "k->l", "m--n", "o->p");
  }
}
