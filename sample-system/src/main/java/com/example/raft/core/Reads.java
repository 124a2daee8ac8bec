//! # Linearizable reads with ReadIndex
//!
//! A read must see every write that completed before it started. Serving it from the
//! leader's state machine is only correct if the node is *still* the leader — a deposed leader
//! that has not heard the news would answer from a stale state. Writing every read to the log
//! would settle it, at the price of a disk write per read. ReadIndex (thesis §6.4) settles it
//! with one heartbeat round instead:
//!
//! 1. The leader records the read with a **read index**: its commit index, but at least the
//!    index of its own no-op — until that no-op commits, the leader does not know how far
//!    earlier terms committed.
//! 2. It starts a new heartbeat **round** and sends it to everyone. Followers echo the round.
//! 3. Once a majority (the leader included) has answered that round or a later one, nobody
//!    else can have been leader when the read arrived.
//! 4. Once the state machine has applied up to the read index, the read is served
//!    (`ServeRead`, emitted after the step's `ApplyEntries`).
//!
//! A leader that steps down first redirects its waiting reads; they are never served.
package com.example.raft.core;

import com.example.raft.data.Input;
import com.example.raft.data.PendingRead;
import com.example.raft.data.RaftState;
import com.example.raft.data.Role;
import dev.archdoc.annotations.Decision;
import java.util.ArrayList;
import java.util.List;

/** ReadIndex: linearizable reads confirmed by a heartbeat round instead of a log write. */
@Decision(value = "ADR-7", note = "reads confirm leadership with a heartbeat round, not a log entry")
final class Reads {

  private Reads() {}

  /** Records a read on the leader and starts the heartbeat round that will confirm it. */
  static RaftState register(RaftState state, Input.ClientRead read, Effects out) {
    if (!(state.role() instanceof Role.Leader role)) {
      out.redirect(read.requestId(), state.leader());
      return state;
    }
    long readIndex = Math.max(state.commitIndex(), role.termStartIndex());
    long round = role.round() + 1;
    List<PendingRead> reads = new ArrayList<>(role.pendingReads());
    reads.add(new PendingRead(read.requestId(), read.key(), readIndex, round));
    return Replication.broadcast(state.withRole(role.withReads(round, reads)), out);
  }

  /** Serves every waiting read whose round a majority has answered and whose index is applied. */
  static RaftState serveReady(RaftState state, Effects out) {
    if (!(state.role() instanceof Role.Leader role) || role.pendingReads().isEmpty()) {
      return state;
    }
    List<PendingRead> waiting = new ArrayList<>();
    for (PendingRead read : role.pendingReads()) {
      if (confirmedByQuorum(state, role, read.round()) && state.lastApplied() >= read.readIndex()) {
        out.serveRead(read.requestId(), read.key(), read.readIndex());
      } else {
        waiting.add(read);
      }
    }
    if (waiting.size() == role.pendingReads().size()) {
      return state;
    }
    return state.withRole(role.withReads(role.round(), waiting));
  }

  private static boolean confirmedByQuorum(RaftState state, Role.Leader role, long round) {
    java.util.Set<com.example.raft.data.NodeId> confirmed = new java.util.TreeSet<>();
    confirmed.add(state.self());
    role.progress().forEach((follower, progress) -> {
      if (progress.ackedRound() >= round) {
        confirmed.add(follower);
      }
    });
    return state.isQuorum(confirmed);
  }
}
