package com.example.raft.core;

import static com.example.raft.core.Harness.id;
import static com.example.raft.core.Harness.logOfTerms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.raft.data.Command;
import com.example.raft.data.DurableState;
import com.example.raft.data.Effect;
import com.example.raft.data.Input;
import com.example.raft.data.LogEntry;
import com.example.raft.data.Message;
import com.example.raft.data.Message.AppendEntries;
import com.example.raft.data.Message.AppendResponse;
import com.example.raft.data.Message.VoteRequest;
import com.example.raft.data.Message.VoteResponse;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftState;
import com.example.raft.data.RoleName;
import com.example.raft.data.Step;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Durability: term, vote and log survive a crash, and a node persists before it answers. */
@DisplayName("Durability")
class DurabilityTest {

  private final NodeId n1 = id(1);
  private final NodeId n2 = id(2);
  private final NodeId n3 = id(3);

  @Test
  @DisplayName("a vote is persisted before the vote reply is sent")
  void votePersistedBeforeReply() {
    Harness cluster = Harness.fresh(3);
    Step step = cluster.step(n1, new Input.Receive(new VoteRequest(n2, n1, 1, 0, 0, false)));

    int persisted = indexOf(step, effect -> effect instanceof Effect.PersistHardState hard
        && hard.term() == 1 && hard.votedFor().equals(Optional.of(n2)));
    int replied = indexOfMessage(step, message -> message instanceof VoteResponse response && response.granted());
    assertTrue(persisted >= 0 && replied > persisted, "effects: " + step.effects());
  }

  @Test
  @DisplayName("a candidate persists its new term and its vote for itself before asking for votes")
  void candidatePersistsBeforeCampaigning() {
    Harness cluster = Harness.fresh(3);
    cluster.tickUntil(n1, RoleName.PRE_CANDIDATE);
    cluster.deliver(message -> message instanceof VoteRequest || message instanceof VoteResponse response && response.preVote());
    Step campaign = cluster.node(n1).steps.stream()
        .filter(step -> step.state().role().name() == RoleName.CANDIDATE)
        .findFirst()
        .orElseThrow();

    int persisted = indexOf(campaign, effect -> effect instanceof Effect.PersistHardState hard
        && hard.votedFor().equals(Optional.of(n1)));
    int asked = indexOfMessage(campaign, message -> message instanceof VoteRequest request && !request.preVote());
    assertTrue(persisted >= 0 && asked > persisted, "effects: " + campaign.effects());
  }

  @Test
  @DisplayName("a follower persists new entries before acknowledging them")
  void entriesPersistedBeforeAck() {
    Harness cluster = Harness.fresh(3);
    LogEntry entry = new LogEntry(1, 1, new Command.NoOp());
    Step step = cluster.step(n1, new Input.Receive(new AppendEntries(n2, n1, 1, 0, 0, List.of(entry), 0, 0)));

    int persisted = indexOf(step, effect -> effect instanceof Effect.PersistEntries entries && entries.entries().contains(entry));
    int acked = indexOfMessage(step, message -> message instanceof AppendResponse response && response.success());
    assertTrue(persisted >= 0 && acked > persisted, "effects: " + step.effects());
  }

  @Test
  @DisplayName("a leader persists a client's entry before sending it to followers")
  void leaderPersistsBeforeReplicating() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    cluster.deliverAll();
    Step step = cluster.write(n1, Harness.put("c", 1, "x", "1"));

    int persisted = indexOf(step, Effect.PersistEntries.class::isInstance);
    int sent = indexOfMessage(step, message -> message instanceof AppendEntries append && !append.entries().isEmpty());
    assertTrue(persisted >= 0 && sent > persisted, "effects: " + step.effects());
  }

  @Test
  @DisplayName("in every step of a busy cluster, persistence comes before any message")
  void persistenceAlwaysFirst() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    for (int i = 1; i <= 20; i++) {
      cluster.write(n1, Harness.put("c", i, "k" + (i % 3), "v" + i));
      for (NodeId node : cluster.nodes.keySet()) {
        cluster.tick(node);
      }
      cluster.deliverAll();
    }
    for (Harness.Node node : cluster.nodes.values()) {
      for (Step step : node.steps) {
        int lastPersist = -1;
        int firstSend = Integer.MAX_VALUE;
        for (int i = 0; i < step.effects().size(); i++) {
          Effect effect = step.effects().get(i);
          if (effect instanceof Effect.PersistHardState || effect instanceof Effect.PersistEntries) {
            lastPersist = i;
          } else if (effect instanceof Effect.Send) {
            firstSend = Math.min(firstSend, i);
          }
        }
        assertTrue(lastPersist < firstSend, "effects: " + step.effects());
      }
    }
  }

  @Test
  @DisplayName("term, vote and log survive a crash, so a restarted node cannot vote twice in a term")
  void stateSurvivesCrash() {
    Harness cluster = Harness.fromDisks(
        Map.of(n1, new DurableState(2, Optional.empty(), logOfTerms(1, 2)), n2, DurableState.EMPTY, n3, DurableState.EMPTY),
        100);
    cluster.step(n1, new Input.Receive(new VoteRequest(n2, n1, 3, 2, 2, false)));
    RaftState before = cluster.state(n1);

    cluster.crash(n1);
    cluster.restart(n1);

    RaftState after = cluster.state(n1);
    assertEquals(before.durable(), after.durable());
    assertEquals(3, after.currentTerm());
    assertEquals(Optional.of(n2), after.votedFor());
    assertEquals(0, after.commitIndex(), "what is committed is volatile: learned again from the leader");
    Step second = cluster.step(n1, new Input.Receive(new VoteRequest(n3, n1, 3, 9, 3, false)));
    assertFalse(Harness.sent(second, VoteResponse.class).get(0).granted(), "already voted for n2 in term 3");
  }

  private static int indexOf(Step step, Predicate<Effect> which) {
    for (int i = 0; i < step.effects().size(); i++) {
      if (which.test(step.effects().get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfMessage(Step step, Predicate<Message> which) {
    return indexOf(step, effect -> effect instanceof Effect.Send send && which.test(send.message()));
  }
}
