package com.example.raft.core;

import static com.example.raft.core.Harness.between;
import static com.example.raft.core.Harness.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.raft.data.Effect;
import com.example.raft.data.NodeId;
import com.example.raft.data.Role;
import com.example.raft.data.RoleName;
import com.example.raft.data.Step;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ReadIndex (thesis §6.4): reads are linearizable without writing to the log. */
@DisplayName("Linearizable reads (ReadIndex)")
class ReadIndexTest {

  private final NodeId n1 = id(1);
  private final NodeId n2 = id(2);
  private final NodeId n3 = id(3);

  @Test
  @DisplayName("a read is served only after a majority answers a heartbeat round that started after it arrived")
  void servedAfterQuorumConfirms() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    cluster.write(n1, Harness.put("c", 1, "x", "1"));
    cluster.deliverAll();

    long request = cluster.read(n1, "x");
    assertTrue(servedReads(cluster, n1, request).isEmpty(), "not before leadership is confirmed");

    cluster.deliver(between(n1, n2));
    List<Effect.ServeRead> served = servedReads(cluster, n1, request);
    assertEquals(1, served.size());
    assertEquals(Optional.of("1"), KvStateMachine.read(cluster.node(n1).store, "x"));
  }

  @Test
  @DisplayName("a new leader's read waits at least for its no-op, whatever the commit index says")
  void newLeaderWaitsForItsNoOp() {
    Harness cluster = Harness.fresh(3);
    cluster.electByVotesOnly(n1);
    long request = cluster.read(n1, "x");

    Role.Leader leader = (Role.Leader) cluster.state(n1).role();
    assertEquals(0, cluster.state(n1).commitIndex());
    assertEquals(1, leader.termStartIndex());
    assertEquals(1, leader.pendingReads().get(0).readIndex(), "the no-op's index, not the stale commit index");

    cluster.deliverAll();
    Step serving = cluster.node(n1).steps.stream()
        .filter(step -> Harness.effects(step, Effect.ServeRead.class).stream().anyMatch(read -> read.requestId() == request))
        .findFirst()
        .orElseThrow();
    assertTrue(serving.state().lastApplied() >= 1, "served only once the no-op was applied");
  }

  @Test
  @DisplayName("a deposed leader that has not heard the news never serves a stale read")
  void noStaleReadFromDeposedLeader() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    cluster.write(n1, Harness.put("c", 1, "x", "old"));
    cluster.deliverAll();

    // n1 is cut off; n2 and n3 stop hearing from it, elect n2, and overwrite x.
    cluster.isolate(n1);
    cluster.expireLease(n2, n3);
    cluster.elect(n2);
    cluster.write(n2, Harness.put("c", 2, "x", "new"));
    cluster.deliverAll();
    assertEquals(RoleName.LEADER, cluster.role(n1), "n1 has not noticed yet");

    long request = cluster.read(n1, "x");
    for (int i = 0; i < 3; i++) {
      cluster.tick(n1);
      cluster.deliverAll();
    }
    cluster.heal(n1);
    cluster.tick(n1, 2);
    cluster.deliverAll();

    assertTrue(servedReads(cluster, n1, request).isEmpty(), "n1 would have answered 'old'");
    assertTrue(cluster.effectsOf(n1, Effect.RedirectClient.class).stream()
        .anyMatch(redirect -> redirect.requestId() == request));
    assertEquals(RoleName.FOLLOWER, cluster.role(n1));
  }

  @Test
  @DisplayName("a follower redirects a read to the leader it knows")
  void followerRedirects() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    cluster.deliverAll();
    long request = cluster.read(n3, "x");

    List<Effect.RedirectClient> redirects = cluster.effectsOf(n3, Effect.RedirectClient.class);
    assertEquals(List.of(new Effect.RedirectClient(request, Optional.of(n1))), redirects);
  }

  private static List<Effect.ServeRead> servedReads(Harness cluster, NodeId node, long request) {
    return cluster.effectsOf(node, Effect.ServeRead.class).stream()
        .filter(read -> read.requestId() == request)
        .toList();
  }
}
