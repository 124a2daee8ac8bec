package com.example.raft.core;

import static com.example.raft.core.Harness.from;
import static com.example.raft.core.Harness.id;
import static com.example.raft.core.Harness.sent;
import static com.example.raft.core.Harness.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.raft.data.Input;
import com.example.raft.data.Message;
import com.example.raft.data.Message.AppendEntries;
import com.example.raft.data.Message.AppendResponse;
import com.example.raft.data.Message.VoteRequest;
import com.example.raft.data.Message.VoteResponse;
import com.example.raft.data.NodeConfig;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftState;
import com.example.raft.data.RoleName;
import com.example.raft.data.Step;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Election Safety (Figure 3): at most one leader can be elected in a given term. */
@DisplayName("Election safety")
class ElectionSafetyTest {

  private final NodeId n1 = id(1);
  private final NodeId n2 = id(2);
  private final NodeId n3 = id(3);
  private final NodeId n4 = id(4);

  @Test
  @DisplayName("a node grants at most one vote per term, and repeats it to the same candidate")
  void oneVotePerTerm() {
    Harness cluster = Harness.fresh(3);
    Step first = cluster.step(n1, receive(new VoteRequest(n2, n1, 1, 0, 0, false)));
    Step second = cluster.step(n1, receive(new VoteRequest(n3, n1, 1, 0, 0, false)));
    Step again = cluster.step(n1, receive(new VoteRequest(n2, n1, 1, 0, 0, false)));

    assertTrue(sent(first, VoteResponse.class).get(0).granted());
    assertFalse(sent(second, VoteResponse.class).get(0).granted(), "a second candidate in the same term");
    assertTrue(sent(again, VoteResponse.class).get(0).granted(), "a retried request from the same candidate");
    assertEquals(Optional.of(n2), cluster.state(n1).votedFor());
  }

  @Test
  @DisplayName("a split vote elects nobody, and a later timeout elects one leader in a higher term")
  void splitVote() {
    Harness cluster = Harness.fresh(4);
    cluster.tickUntil(n1, RoleName.PRE_CANDIDATE);
    cluster.tickUntil(n2, RoleName.PRE_CANDIDATE);
    cluster.deliver(message -> message instanceof VoteRequest request ? request.preVote()
        : message instanceof VoteResponse response && response.preVote());
    assertEquals(RoleName.CANDIDATE, cluster.role(n1));
    assertEquals(RoleName.CANDIDATE, cluster.role(n2));

    // n3 hears n1 first, n4 hears n2 first: two votes each, three needed.
    cluster.drop(from(n1).and(to(n4)).or(from(n2).and(to(n3))));
    cluster.deliverAll();
    assertEquals(RoleName.CANDIDATE, cluster.role(n1));
    assertEquals(RoleName.CANDIDATE, cluster.role(n2));
    assertEquals(1, cluster.state(n1).currentTerm());

    cluster.elect(n1);
    assertEquals(2, cluster.state(n1).currentTerm());
    assertEquals(1, leadersIn(cluster, 2).size());
  }

  @Test
  @DisplayName("requests from a stale term are refused with the current term and change nothing")
  void staleTermsRejected() {
    Harness cluster = Harness.fresh(3);
    cluster.step(n1, receive(new AppendEntries(n2, n1, 3, 0, 0, List.of(), 0, 0)));
    RaftState before = cluster.state(n1);

    Step staleAppend = cluster.step(n1, receive(new AppendEntries(n3, n1, 2, 0, 0, List.of(), 0, 0)));
    Step staleVote = cluster.step(n1, receive(new VoteRequest(n3, n1, 2, 9, 2, false)));

    AppendResponse appendAnswer = sent(staleAppend, AppendResponse.class).get(0);
    assertFalse(appendAnswer.success());
    assertEquals(3, appendAnswer.term());
    VoteResponse voteAnswer = sent(staleVote, VoteResponse.class).get(0);
    assertFalse(voteAnswer.granted());
    assertEquals(3, voteAnswer.term());
    assertEquals(before.leader(), cluster.state(n1).leader());
    assertEquals(before.currentTerm(), cluster.state(n1).currentTerm());
  }

  @Test
  @DisplayName("a leader that sees a higher term steps down and adopts it")
  void higherTermDeposesLeader() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    long term = cluster.state(n1).currentTerm();

    cluster.step(n1, receive(new AppendResponse(n2, n1, term + 4, false, 0, 0, 0, 0, 0)));

    assertEquals(RoleName.FOLLOWER, cluster.role(n1));
    assertEquals(term + 4, cluster.state(n1).currentTerm());
    assertEquals(Optional.empty(), cluster.state(n1).votedFor());
  }

  @Test
  @DisplayName("a candidate that hears from the leader of its term falls back to follower")
  void candidateFallsBack() {
    Harness cluster = Harness.fresh(3);
    cluster.tickUntil(n1, RoleName.PRE_CANDIDATE);
    cluster.deliver(message -> message instanceof VoteRequest request && request.preVote()
        || message instanceof VoteResponse response && response.preVote());
    assertEquals(RoleName.CANDIDATE, cluster.role(n1));
    long term = cluster.state(n1).currentTerm();

    cluster.step(n1, receive(new AppendEntries(n2, n1, term, 0, 0, List.of(), 0, 0)));

    assertEquals(RoleName.FOLLOWER, cluster.role(n1));
    assertEquals(Optional.of(n2), cluster.state(n1).leader());
    assertEquals(term, cluster.state(n1).currentTerm());
  }

  @Test
  @DisplayName("election timeouts are randomized within [T, 2T), differ between nodes, and replay from the seed")
  void randomizedTimeouts() {
    List<NodeId> members = List.of(n1, n2, n3, n4);
    Set<Integer> seen = new HashSet<>();
    for (long seed = 1; seed <= 50; seed++) {
      NodeConfig config = new NodeConfig(n1, members, 10, 2, 10, seed);
      RaftState state = RaftCore.start(config);
      assertTrue(state.electionTimeout() >= 10 && state.electionTimeout() < 20, "timeout " + state.electionTimeout());
      assertEquals(state, RaftCore.start(config), "same seed, same draw");
      seen.add(state.electionTimeout());
      // later draws vary too: every campaign redraws
      Step campaign = RaftCore.step(state.withElectionElapsed(state.electionTimeout() - 1), new Input.Tick());
      seen.add(campaign.state().electionTimeout());
    }
    assertTrue(seen.size() >= 5, "timeouts should spread over the range, saw " + seen);
    assertNotEquals(
        RaftCore.start(new NodeConfig(n1, members, 10, 2, 10, 1)).jitterSeed(),
        RaftCore.start(new NodeConfig(n1, members, 10, 2, 10, 2)).jitterSeed());
  }

  @Test
  @DisplayName("with every node ticking, exactly one leader emerges per term")
  void oneLeaderPerTerm() {
    Harness cluster = Harness.fresh(5);
    for (int round = 0; round < 200; round++) {
      for (NodeId node : cluster.nodes.keySet()) {
        cluster.tick(node);
      }
      cluster.deliverAll();
      for (long term = 1; term <= 10; term++) {
        assertTrue(leadersIn(cluster, term).size() <= 1, "two leaders in term " + term);
      }
    }
    assertEquals(1, cluster.nodes.values().stream().filter(node -> node.state.isLeader()).count());
  }

  private static Set<NodeId> leadersIn(Harness cluster, long term) {
    Set<NodeId> leaders = new HashSet<>();
    cluster.nodes.forEach((id, node) -> {
      if (node.state.isLeader() && node.state.currentTerm() == term) {
        leaders.add(id);
      }
    });
    return leaders;
  }

  private static Input receive(Message message) {
    return new Input.Receive(message);
  }
}
