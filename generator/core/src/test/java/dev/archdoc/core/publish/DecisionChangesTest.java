package dev.archdoc.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.publish.DecisionChanges.Change;
import dev.archdoc.core.publish.DecisionChanges.Kind;
import dev.archdoc.core.publish.DecisionChanges.SystemChanges;
import dev.archdoc.core.publish.DecisionSnapshot.Recorded;
import dev.archdoc.core.publish.DecisionSnapshot.SystemDecisions;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What changed in the decisions between two versions")
class DecisionChangesTest {

  static Recorded adr(String id, String title, String status) {
    return new Recorded(id, title, status, status, "2026-01-01", status.equals("superseded"), List.of(), List.of(),
        "decisions/" + id + ".html");
  }

  static Recorded supersededBy(Recorded adr, String... successors) {
    return new Recorded(adr.id(), adr.title(), adr.status(), adr.statusText(), adr.date(), true, adr.supersedes(),
        List.of(successors), adr.page());
  }

  static Recorded supersedes(Recorded adr, String... predecessors) {
    return new Recorded(adr.id(), adr.title(), adr.status(), adr.statusText(), adr.date(), adr.superseded(),
        List.of(predecessors), adr.supersededBy(), adr.page());
  }

  static DecisionSnapshot snapshot(Recorded... decisions) {
    return new DecisionSnapshot(List.of(new SystemDecisions("app", "The app", Arrays.asList(decisions))));
  }

  private static SystemChanges only(DecisionSnapshot earlier, DecisionSnapshot later) {
    List<SystemChanges> systems = DecisionChanges.between(earlier, later);
    assertThat(systems).hasSize(1);
    return systems.get(0);
  }

  private static List<String> lines(SystemChanges changes) {
    return changes.changes().stream().map(c -> c.kind() + " " + c.latest().id() + ": " + c.detail()).toList();
  }

  @Test
  @DisplayName("names each kind of change once per decision, in the page's order, and counts the rest as unchanged")
  void everyKind() {
    Recorded one = adr("ADR-1", "Keep a log", "accepted");
    Recorded two = adr("ADR-2", "Use Raft", "proposed");
    Recorded three = adr("ADR-3", "Use Paxos", "accepted");
    Recorded four = adr("ADR-4", "Cache reads", "accepted");
    Recorded five = adr("ADR-5", "Shard by key", "accepted");
    Recorded six = adr("ADR-6", "Old name", "accepted");
    DecisionSnapshot earlier = snapshot(one, two, three, four, five, six);
    DecisionSnapshot later = snapshot(one, adr("ADR-2", "Use Raft", "accepted"),
        supersededBy(adr("ADR-3", "Use Paxos", "superseded"), "ADR-7"), adr("ADR-4", "Cache reads", "deprecated"),
        adr("ADR-5", "Shard by key", "proposed"), adr("ADR-6", "New name", "accepted"),
        supersedes(adr("ADR-7", "Use Raft everywhere", "accepted"), "ADR-3"));
    SystemChanges changes = only(earlier, later);
    assertThat(lines(changes)).containsExactly(
        "ADDED ADR-7: added as accepted, superseding ADR-3",
        "ACCEPTED ADR-2: accepted (was proposed)",
        "SUPERSEDED ADR-3: superseded by ADR-7 (was accepted)",
        "RETIRED ADR-4: deprecated (was accepted)",
        "STATUS_CHANGED ADR-5: proposed (was accepted)",
        "RETITLED ADR-6: renamed from \u201cOld name\u201d");
    assertThat(changes.unchanged()).isEqualTo(1);
  }

  @Test
  @DisplayName("reports a decision that vanished from the docs as removed, with the status it had")
  void vanished() {
    SystemChanges changes = only(snapshot(adr("ADR-1", "A", "accepted"), adr("ADR-2", "B", "proposed")),
        snapshot(adr("ADR-1", "A", "accepted")));
    assertThat(lines(changes)).containsExactly("REMOVED ADR-2: no longer in the docs (was proposed)");
    Change removed = changes.changes().get(0);
    assertThat(removed.after()).isNull();
    assertThat(removed.latest().page()).as("links to where it was").isEqualTo("decisions/ADR-2.html");
  }

  @Test
  @DisplayName("says superseded when a successor appears even though the old ADR's status still reads accepted")
  void supersededOnlyByTheSuccessorsWord() {
    Recorded old = adr("ADR-1", "A", "accepted");
    SystemChanges changes = only(snapshot(old), snapshot(supersededBy(old, "ADR-2"), adr("ADR-2", "B", "accepted")));
    assertThat(lines(changes)).contains("SUPERSEDED ADR-1: superseded by ADR-2 (was accepted)");
  }

  @Test
  @DisplayName("calls a rejected proposal retired, and a status no one knows by the words it was written in")
  void rejectedAndUnrecognised() {
    Recorded onHold = new Recorded("ADR-2", "B", "unrecognised", "on hold", "", false, List.of(), List.of(), "");
    SystemChanges changes = only(snapshot(adr("ADR-1", "A", "proposed"), adr("ADR-2", "B", "proposed")),
        snapshot(adr("ADR-1", "A", "rejected"), onHold));
    assertThat(lines(changes)).containsExactly("RETIRED ADR-1: rejected (was proposed)",
        "STATUS_CHANGED ADR-2: on hold (was proposed)");
  }

  @Test
  @DisplayName("finds nothing between a version and itself")
  void nothing() {
    DecisionSnapshot same = snapshot(adr("ADR-1", "A", "accepted"), adr("ADR-2", "B", "superseded"));
    SystemChanges changes = only(same, same);
    assertThat(changes.changes()).isEmpty();
    assertThat(changes.unchanged()).isEqualTo(2);
  }

  @Test
  @DisplayName("keeps systems apart: one added is all added, one dropped is all removed, the same id in two systems is two decisions")
  void systems() {
    DecisionSnapshot earlier = new DecisionSnapshot(List.of(
        new SystemDecisions("app", "App", List.of(adr("ADR-1", "A", "accepted"))),
        new SystemDecisions("old", "Old", List.of(adr("ADR-1", "Z", "accepted")))));
    DecisionSnapshot later = new DecisionSnapshot(List.of(
        new SystemDecisions("app", "App", List.of(adr("ADR-1", "A", "accepted"))),
        new SystemDecisions("tool", "Tool", List.of(adr("ADR-1", "T", "proposed")))));
    List<SystemChanges> systems = DecisionChanges.between(earlier, later);
    assertThat(systems).extracting(SystemChanges::name).containsExactly("app", "tool", "old");
    assertThat(systems.get(0).changes()).isEmpty();
    assertThat(lines(systems.get(1))).containsExactly("ADDED ADR-1: added as proposed");
    assertThat(lines(systems.get(2))).containsExactly("REMOVED ADR-1: no longer in the docs (was accepted)");
  }

  @Test
  @DisplayName("reads back what it records, and skips fields a newer archdoc may add")
  void roundTrip() throws IOException {
    DecisionSnapshot snapshot = snapshot(supersededBy(adr("ADR-1", "A </script>", "superseded"), "ADR-2"),
        supersedes(adr("ADR-2", "B", "accepted"), "ADR-1"));
    assertThat(DecisionSnapshot.parse(snapshot.toJson())).isEqualTo(snapshot);
    String newer = snapshot.toJson().replaceFirst("\"schemaVersion\" : 1", "\"schemaVersion\" : 1, \"later\" : {\"x\" : [1]}")
        .replace("\"date\"", "\"extra\" : [\"q\"], \"date\"");
    assertThat(DecisionSnapshot.parse(newer)).isEqualTo(snapshot);
    assertThat(Kind.STATUS_CHANGED.cssClass()).isEqualTo("status-changed");
  }
}
