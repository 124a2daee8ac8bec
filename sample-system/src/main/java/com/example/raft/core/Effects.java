package com.example.raft.core;

import com.example.raft.data.Effect;
import com.example.raft.data.LogEntry;
import com.example.raft.data.Message;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftState;
import com.example.raft.data.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

//! The effect list of one step is assembled here, and this is where the durability rule is
//! enforced rather than hoped for. Handlers only *record* that the log changed from some index;
//! `finish` compares the term and vote before and after the step and puts the persist effects
//! at the very front of the list. So no handler can forget to persist, and no `Send` can
//! overtake the write it depends on — a granted vote, for example, always follows the
//! `PersistHardState` that records it.

/** Collects the effects of one step and orders them: persistence first, then the rest as produced. */
final class Effects {

  private static final long LOG_UNCHANGED = Long.MAX_VALUE;

  private final List<Effect> inOrder = new ArrayList<>();
  private long logChangedFrom = LOG_UNCHANGED;

  void send(Message message) {
    inOrder.add(new Effect.Send(message));
  }

  void redirect(long requestId, Optional<NodeId> leaderHint) {
    inOrder.add(new Effect.RedirectClient(requestId, leaderHint));
  }

  void reject(long requestId, String reason) {
    inOrder.add(new Effect.RejectRequest(requestId, reason));
  }

  void apply(List<LogEntry> committed) {
    inOrder.add(new Effect.ApplyEntries(committed));
  }

  void restore(com.example.raft.data.Snapshot snapshot) {
    inOrder.add(new Effect.RestoreSnapshot(snapshot));
  }

  void serveRead(long requestId, String key, long readIndex) {
    inOrder.add(new Effect.ServeRead(requestId, key, readIndex));
  }

  /** Notes that the log differs from what is stored from {@code index} on. */
  void logChangedFrom(long index) {
    logChangedFrom = Math.min(logChangedFrom, index);
  }

  /** The step from {@code before} to {@code after}, with its effects in execution order. */
  Step finish(RaftState before, RaftState after) {
    List<Effect> effects = new ArrayList<>(inOrder.size() + 3);
    if (before.currentTerm() != after.currentTerm() || !before.votedFor().equals(after.votedFor())) {
      effects.add(new Effect.PersistHardState(after.currentTerm(), after.votedFor()));
    }
    if (before.log().snapshot() != after.log().snapshot()) {
      effects.add(new Effect.PersistSnapshot(after.log().snapshot()));
    }
    if (logChangedFrom != LOG_UNCHANGED) {
      effects.add(
          new Effect.PersistEntries(
              logChangedFrom, after.log().between(logChangedFrom, after.log().lastIndex())));
    }
    effects.addAll(inOrder);
    if (before.role().name() != after.role().name()
        || before.currentTerm() != after.currentTerm()
        || !before.leader().equals(after.leader())) {
      effects.add(new Effect.RoleChanged(after.role().name(), after.currentTerm(), after.leader()));
    }
    return new Step(after, effects);
  }
}
