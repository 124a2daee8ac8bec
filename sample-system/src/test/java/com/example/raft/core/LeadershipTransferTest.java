package com.example.raft.core;

import static com.example.raft.core.Harness.id;
import static com.example.raft.core.Harness.put;
import static com.example.raft.core.Harness.sent;
import static com.example.raft.core.Harness.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.raft.data.Effect;
import com.example.raft.data.Input;
import com.example.raft.data.Message;
import com.example.raft.data.NodeId;
import com.example.raft.data.RoleName;
import com.example.raft.data.Step;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Leadership transfer (thesis §3.10): the leader hands over to a chosen follower without waiting for timeouts. */
@DisplayName("Leadership transfer")
class LeadershipTransferTest {

  private final NodeId n1 = id(1);
  private final NodeId n2 = id(2);
  private final NodeId n3 = id(3);

  @Test
  @DisplayName("an up-to-date target is told to campaign now and wins, though the third node still hears the old leader")
  void upToDateTargetTakesOver() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    cluster.write(n1, put("c", 1, "k", "v"));
    cluster.deliverAll();
    long term = cluster.state(n1).currentTerm();

    Step step = cluster.step(n1, new Input.TransferLeadership(1, n2));
    assertEquals(List.of(new Message.TimeoutNow(n1, n2, term)), sent(step, Message.TimeoutNow.class));
    cluster.deliverAll();

    assertEquals(RoleName.LEADER, cluster.role(n2));
    assertEquals(term + 1, cluster.state(n2).currentTerm());
    assertEquals(RoleName.FOLLOWER, cluster.role(n1));
    assertEquals(Optional.of(n2), cluster.state(n3).leader());
  }

  @Test
  @DisplayName("a lagging target is first brought up to date, then told to campaign")
  void laggingTargetIsCaughtUpFirst() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    cluster.isolate(n2);
    cluster.write(n1, put("c", 1, "k", "v"));
    cluster.deliverAll();
    cluster.heal(n2);

    Step step = cluster.step(n1, new Input.TransferLeadership(1, n2));
    assertTrue(sent(step, Message.TimeoutNow.class).isEmpty(), "n2 misses an entry: no TimeoutNow yet");
    assertFalse(sent(step, Message.AppendEntries.class).isEmpty(), "n1 sends n2 what it misses");
    cluster.deliverAll();

    assertEquals(RoleName.LEADER, cluster.role(n2));
    assertEquals(cluster.state(n1).log(), cluster.state(n2).log());
  }

  @Test
  @DisplayName("during a transfer the leader takes no new writes and points clients at the target")
  void writesAreRedirectedDuringTransfer() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    cluster.isolate(n2);
    cluster.step(n1, new Input.TransferLeadership(1, n2));

    Step write = cluster.write(n1, put("c", 1, "k", "v"));

    assertEquals(List.of(Optional.of(n2)),
        Harness.effects(write, Effect.RedirectClient.class).stream().map(Effect.RedirectClient::leaderHint).toList());
    assertTrue(Harness.effects(write, Effect.PersistEntries.class).isEmpty());
  }

  @Test
  @DisplayName("a transfer that does not finish within an election timeout is abandoned and writes are taken again")
  void unfinishedTransferIsAbandoned() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    cluster.isolate(n2);
    cluster.step(n1, new Input.TransferLeadership(1, n2));
    for (int i = 0; i < Harness.ELECTION_TICKS; i++) {
      cluster.tick(n1);
      cluster.deliver(to(n1).or(to(n3)));
    }

    Step write = cluster.write(n1, put("c", 1, "k", "v"));

    assertEquals(RoleName.LEADER, cluster.role(n1));
    assertTrue(Harness.effects(write, Effect.RedirectClient.class).isEmpty());
    assertEquals(1, Harness.effects(write, Effect.PersistEntries.class).size());
  }

  @Test
  @DisplayName("a follower ignores TimeoutNow from anyone but its leader, and a non-leader redirects the request")
  void onlyTheLeaderTransfers() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    long term = cluster.state(n1).currentTerm();
    Step forged = cluster.step(n2, new Input.Receive(new Message.TimeoutNow(n3, n2, term)));
    assertEquals(RoleName.FOLLOWER, cluster.role(n2));
    assertTrue(sent(forged, Message.VoteRequest.class).isEmpty());

    Step asked = cluster.step(n3, new Input.TransferLeadership(9, n2));
    assertEquals(List.of(new Effect.RedirectClient(9, Optional.of(n1))), Harness.effects(asked, Effect.RedirectClient.class));
  }
}
