package com.example.raft.core;

import static com.example.raft.core.Harness.id;
import static com.example.raft.core.Harness.put;
import static com.example.raft.core.Harness.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.raft.data.ClientCommand;
import com.example.raft.data.Effect;
import com.example.raft.data.KvResult;
import com.example.raft.data.LogEntry;
import com.example.raft.data.Message;
import com.example.raft.data.NodeId;
import com.example.raft.data.Operation;
import com.example.raft.data.RaftLog;
import com.example.raft.data.Snapshot;
import com.example.raft.data.Step;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Log compaction, and a follower the compacted log no longer reaches caught up by InstallSnapshot. */
@DisplayName("Snapshots and log compaction")
class SnapshotTest {

  private final NodeId n1 = id(1);
  private final NodeId n2 = id(2);
  private final NodeId n3 = id(3);

  @Test
  @DisplayName("compacting keeps the entries after the snapshot and persists the snapshot first")
  void compactionKeepsTheSuffix() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    for (int i = 1; i <= 5; i++) {
      cluster.write(n1, put("c", i, "k", "v" + i));
      cluster.deliverAll();
    }
    long applied = cluster.state(n1).lastApplied();

    Step step = cluster.compact(n1);

    RaftLog log = cluster.state(n1).log();
    assertEquals(applied, log.snapshot().lastIndex());
    assertEquals(applied + 1, log.firstIndex());
    assertEquals(cluster.node(n1).disk.log(), log, "what is on disk is what the core holds");
    assertTrue(step.effects().get(0) instanceof Effect.PersistSnapshot, step.effects().toString());
    assertEquals(Optional.of("v5"), KvStateMachine.read(log.snapshot().state(), "k"));
  }

  @Test
  @DisplayName("a snapshot of entries not yet applied, or of the wrong term, is refused")
  void compactionIsValidated() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    cluster.write(n1, put("c", 1, "k", "v"));
    long lastIndex = cluster.state(n1).log().lastIndex();
    RaftLog before = cluster.state(n1).log();
    cluster.step(n1, new com.example.raft.data.Input.SnapshotTaken(
        new Snapshot(lastIndex, before.termAt(lastIndex), cluster.node(n1).store))); // not applied yet
    assertEquals(before, cluster.state(n1).log());
    cluster.deliverAll();
    long applied = cluster.state(n1).lastApplied();
    cluster.step(n1, new com.example.raft.data.Input.SnapshotTaken(
        new Snapshot(applied, before.termAt(applied) + 7, cluster.node(n1).store))); // wrong term
    assertEquals(0, cluster.state(n1).log().snapshot().lastIndex());
  }

  @Test
  @DisplayName("a follower that missed compacted entries gets the snapshot, restores from it, and then takes entries again")
  void laggingFollowerInstallsSnapshot() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    cluster.crash(n3);
    for (int i = 1; i <= 6; i++) {
      cluster.write(n1, put("c", i, "k" + i % 2, "v" + i));
      cluster.deliverAll();
    }
    cluster.compact(n1);
    long base = cluster.state(n1).log().snapshot().lastIndex();
    cluster.restart(n3);

    cluster.tick(n1, 2); // a heartbeat: n3 is behind the snapshot
    List<Message> toN3 = cluster.inFlight.stream().filter(to(n3)).toList();
    assertTrue(toN3.stream().anyMatch(m -> m instanceof Message.InstallSnapshot), toN3.toString());
    cluster.deliverAll();

    assertEquals(base, cluster.state(n3).log().snapshot().lastIndex());
    assertEquals(cluster.node(n1).store, cluster.node(n3).store, "the follower's store is the leader's");
    cluster.write(n1, put("c", 7, "k1", "after"));
    cluster.deliverAll();
    cluster.tick(n1, 2); // the next heartbeat tells the followers the new commit index
    cluster.deliverAll();
    assertEquals(cluster.state(n1).log().lastIndex(), cluster.state(n3).log().lastIndex());
    assertEquals(cluster.state(n1).commitIndex(), cluster.state(n3).commitIndex());
    assertEquals(Optional.of("after"), KvStateMachine.read(cluster.node(n3).store, "k1"));
    assertEquals(cluster.node(n3).disk.log(), cluster.state(n3).log(), "the installed snapshot is durable");
  }

  @Test
  @DisplayName("the session table travels in the snapshot: a retry of a write applied before it is answered, not re-applied")
  void sessionsSurviveInstallation() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    cluster.crash(n3);
    cluster.write(n1, put("c", 1, "x", "0"));
    ClientCommand swap = new ClientCommand("c", 2, new Operation.CompareAndSet("x", "0", "1"));
    cluster.write(n1, swap);
    cluster.deliverAll();
    cluster.compact(n1);
    cluster.restart(n3);
    cluster.tick(n1, 2);
    cluster.deliverAll(); // n3 learns the swap only through n1's snapshot
    assertEquals(1, cluster.effectsOf(n3, Effect.RestoreSnapshot.class).size());
    cluster.crash(n1);
    cluster.expireLease(n2);
    cluster.elect(n3);

    cluster.write(n3, swap); // the client did not hear back and retries at the new leader
    cluster.deliverAll();

    List<KvResult> answers = cluster.node(n3).answers;
    assertEquals(new KvResult.Done(Optional.of("0")), answers.get(answers.size() - 1), "the original answer, not a mismatch");
    assertEquals(Optional.of("1"), KvStateMachine.read(cluster.node(n3).store, "x"));
  }

  @Test
  @DisplayName("installing a snapshot keeps the follower's entries after it only if they agree at its last entry")
  void installKeepsOnlyAgreeingSuffix() {
    RaftLog log = Harness.logOfTerms(1, 1, 2, 2, 3);
    Snapshot agreeing = new Snapshot(3, 2, com.example.raft.data.KvState.EMPTY);
    Snapshot disagreeing = new Snapshot(3, 3, com.example.raft.data.KvState.EMPTY);

    assertEquals(List.of(4L, 5L), log.withSnapshot(agreeing).entries().stream().map(LogEntry::index).toList());
    assertTrue(log.withSnapshot(disagreeing).entries().isEmpty());
    assertEquals(3, log.withSnapshot(disagreeing).lastIndex());
    assertFalse(log.withSnapshot(agreeing).contains(2));
    assertEquals(2, log.withSnapshot(agreeing).termAt(3), "the snapshot answers for its last index");
  }
}
