package com.example.raft.core;

import static com.example.raft.core.Harness.id;
import static com.example.raft.core.Harness.sent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.raft.data.Input;
import com.example.raft.data.Message.VoteRequest;
import com.example.raft.data.Message.VoteResponse;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftState;
import com.example.raft.data.RoleName;
import com.example.raft.data.Step;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Pre-vote (thesis §9.6): a node that cannot win an election does not disturb the cluster by trying. */
@DisplayName("Pre-vote")
class PreVoteTest {

  private final NodeId n1 = id(1);
  private final NodeId n2 = id(2);
  private final NodeId n3 = id(3);

  @Test
  @DisplayName("a partitioned node keeps its term however often it times out")
  void partitionedNodeKeepsItsTerm() {
    Harness cluster = stableCluster();
    long term = cluster.state(n3).currentTerm();
    cluster.isolate(n3);

    for (int i = 0; i < 10 * Harness.ELECTION_TICKS; i++) {
      cluster.tick(n3);
      cluster.tick(n1);
      cluster.deliverAll();
    }

    assertEquals(term, cluster.state(n3).currentTerm());
    assertEquals(RoleName.PRE_CANDIDATE, cluster.role(n3));
  }

  @Test
  @DisplayName("a partitioned node that rejoins does not depose the leader")
  void rejoiningNodeDoesNotDisrupt() {
    Harness cluster = stableCluster();
    long term = cluster.state(n1).currentTerm();
    cluster.isolate(n3);
    for (int i = 0; i < 10 * Harness.ELECTION_TICKS; i++) {
      cluster.tick(n3);
      cluster.tick(n1);
      cluster.deliverAll();
    }

    cluster.heal(n3);
    for (int i = 0; i < 3 * Harness.ELECTION_TICKS; i++) {
      cluster.tick(n3);
      cluster.tick(n1);
      cluster.deliverAll();
    }

    assertEquals(RoleName.LEADER, cluster.role(n1));
    assertEquals(term, cluster.state(n1).currentTerm(), "no election happened");
    assertEquals(RoleName.FOLLOWER, cluster.role(n3));
    assertEquals(Optional.of(n1), cluster.state(n3).leader());
  }

  @Test
  @DisplayName("a node that hears from a live leader refuses pre-votes")
  void liveLeaderMeansNoPreVote() {
    Harness cluster = stableCluster();
    long term = cluster.state(n2).currentTerm();
    Step step = cluster.step(n2, new Input.Receive(new VoteRequest(n3, n2, term + 1, 100, term, true)));

    assertFalse(sent(step, VoteResponse.class).get(0).granted());
    assertEquals(term, cluster.state(n2).currentTerm());
  }

  @Test
  @DisplayName("granting a pre-vote changes neither the voter's term nor its vote")
  void preVoteChangesNothing() {
    Harness cluster = Harness.fresh(3);
    RaftState before = cluster.state(n2);
    Step step = cluster.step(n2, new Input.Receive(new VoteRequest(n3, n2, 1, 0, 0, true)));

    assertTrue(sent(step, VoteResponse.class).get(0).granted());
    assertEquals(before.currentTerm(), cluster.state(n2).currentTerm());
    assertEquals(before.votedFor(), cluster.state(n2).votedFor());
    assertTrue(Harness.effects(step, com.example.raft.data.Effect.PersistHardState.class).isEmpty());
  }

  private Harness stableCluster() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    cluster.deliverAll();
    return cluster;
  }
}
