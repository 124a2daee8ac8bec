package com.example.raft.core;

import static com.example.raft.core.Harness.between;
import static com.example.raft.core.Harness.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.raft.data.Effect;
import com.example.raft.data.NodeId;
import com.example.raft.data.RoleName;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Check-quorum: a leader that cannot reach a majority steps down instead of believing it still leads. */
@DisplayName("Check-quorum")
class CheckQuorumTest {

  private final NodeId n1 = id(1);
  private final NodeId n2 = id(2);
  private final NodeId n3 = id(3);

  @Test
  @DisplayName("a leader that hears from no majority for an election timeout steps down")
  void isolatedLeaderStepsDown() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    cluster.deliverAll();
    long term = cluster.state(n1).currentTerm();
    cluster.isolate(n1);

    for (int i = 0; i < 2 * Harness.ELECTION_TICKS; i++) {
      cluster.tick(n1);
      cluster.deliverAll();
    }

    assertEquals(RoleName.FOLLOWER, cluster.role(n1));
    assertEquals(term, cluster.state(n1).currentTerm(), "stepping down needs no new term");
    assertTrue(cluster.effectsOf(n1, Effect.RoleChanged.class).stream()
        .anyMatch(changed -> changed.role() == RoleName.FOLLOWER && changed.term() == term));
  }

  @Test
  @DisplayName("a leader that hears from a majority stays leader while a minority is unreachable")
  void majorityKeepsLeader() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    cluster.deliverAll();
    cluster.crash(n3);

    for (int i = 0; i < 5 * Harness.ELECTION_TICKS; i++) {
      cluster.tick(n1);
      cluster.deliver(between(n1, n2));
    }

    assertEquals(RoleName.LEADER, cluster.role(n1));
  }
}
