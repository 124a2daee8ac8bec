package com.example.raft.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Deterministic simulation of whole clusters (3 and 5 nodes) of real, thread-less {@link
 * com.example.raft.worker.NodeRuntime}s (group commit, append merging and transfer deadlines
 * included) under message loss, duplication,
 * reordering, delay, partitions, crashes (some in the middle of a step, losing unsynced writes or
 * tearing the last record), pauses, log compaction with snapshot installation, leadership
 * transfers and one-at-a-time membership changes (with a spare node to add), checking the paper's safety properties after
 * every step, and at the end of every run that the cluster made progress, that every write took
 * effect exactly once, and that the recorded client history is linearizable.
 *
 * <p>{@code -Draft.sim.seeds=N} sets how many seeds run (the build uses 200, the {@code
 * simulation-long} profile 10000); {@code -Draft.sim.seed=S} (with {@code -Draft.sim.nodes=3|5})
 * replays one seed exactly.
 */
@DisplayName("Cluster simulation")
class ClusterSimulationTest {

  @Test
  @DisplayName("safety holds after every step and every run makes progress, for every seed")
  void safetyAndProgressForEverySeed() {
    List<Long> seeds = new ArrayList<>();
    String replay = System.getProperty("raft.sim.seed");
    if (replay != null) {
      seeds.add(Long.parseLong(replay));
    } else {
      int count = Integer.getInteger("raft.sim.seeds", 200);
      for (long seed = 1; seed <= count; seed++) {
        seeds.add(seed);
      }
    }
    List<Integer> sizes = System.getProperty("raft.sim.nodes") != null
        ? List.of(Integer.getInteger("raft.sim.nodes"))
        : List.of(3, 5);

    long steps = 0;
    long writes = 0;
    long installs = 0;
    long transfers = 0;
    long changes = 0;
    for (int nodes : sizes) {
      for (long seed : seeds) {
        ClusterSimulation.Outcome outcome = ClusterSimulation.run(seed, nodes);
        if (outcome.violation().isPresent()) {
          fail("simulation seed " + seed + " with " + nodes + " nodes failed after " + outcome.steps() + " steps: "
              + outcome.violation().get()
              + "\nreplay exactly: mvn -B -pl sample-system -am test -Dtest=ClusterSimulationTest"
              + " -Draft.sim.seed=" + seed + " -Draft.sim.nodes=" + nodes
              + "\nlast events:\n  " + String.join("\n  ", outcome.recentEvents()));
        }
        assertTrue(outcome.committedWrites() > 0, "seed " + seed + " (" + nodes + " nodes) committed no client write");
        steps += outcome.steps();
        writes += outcome.committedWrites();
        installs += outcome.snapshotInstalls();
        transfers += outcome.transfers();
        changes += outcome.membershipChanges();
      }
    }
    System.out.println("simulation: " + seeds.size() + " seeds x " + sizes.toString().replace('[', '{').replace(']', '}').replace(" ", "")
        + " nodes, " + steps + " steps, " + writes + " client writes committed, " + installs
        + " snapshots installed on lagging followers, " + transfers + " leadership hand-overs (TimeoutNow), " + changes
        + " membership changes committed, invariants checked: " + SafetyChecker.CHECKED);
    if (seeds.size() >= 50) {
      assertTrue(installs > 0, "no run ever sent a snapshot to a lagging follower: the simulation does not cover InstallSnapshot");
      assertTrue(transfers > 0, "no run ever handed leadership over: the simulation does not cover leadership transfer");
      assertTrue(changes > 0, "no run ever committed a membership change: the simulation does not cover membership");
    }
  }

  @Test
  @DisplayName("a runtime whose syncs never reach the disk is caught sending what depends on unsynced saves")
  void catchesARuntimeThatSendsBeforeItsSavesAreSynced() {
    for (int nodes : List.of(3, 5)) {
      ClusterSimulation.Outcome outcome = ClusterSimulation.run(1, nodes, ClusterSimulation.Mutation.SKIP_SYNC);
      String violation = outcome.violation().orElseThrow(() -> new AssertionError(
          "a runtime that never syncs ran " + outcome.steps() + " steps on " + nodes + " nodes unnoticed"));
      assertTrue(violation.startsWith("durability: ") && violation.contains("of its saves were not synced"), violation);
    }
  }

  @Test
  @DisplayName("a seed replays exactly")
  void aSeedReplaysExactly() {
    ClusterSimulation.Outcome first = ClusterSimulation.run(7, 3);
    ClusterSimulation.Outcome again = ClusterSimulation.run(7, 3);
    assertEquals(first, again);
  }
}
