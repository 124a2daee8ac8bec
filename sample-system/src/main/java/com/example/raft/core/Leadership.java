//! # Leadership: taking office, keeping it, and knowing when to leave
//!
//! A candidate with a majority of votes becomes leader and immediately appends a **no-op**
//! entry in its new term. The reason is Figure 8 of the paper: a leader may only count
//! replicas for entries of its *own* term, so entries left behind by earlier leaders can only
//! commit underneath one of its own entries. Without the no-op, a leader elected into a quiet
//! cluster would not know what is committed until the next client write; with it, the no-op
//! commits within one round trip and drags every earlier entry along. The no-op's index is also
//! the floor of every read index (see `Reads`).
//!
//! A leader sends heartbeats (AppendEntries, possibly empty) every `heartbeatIntervalTicks`.
//! Every election timeout it runs **check-quorum**: if it has not heard from a majority
//! (itself included) during that period, it steps down. A leader stranded in a minority
//! partition would otherwise go on believing it leads, accepting writes that can never commit
//! and — without ReadIndex — answering stale reads.
//!
//! A leader can also be asked to step aside for a chosen follower (leadership transfer, below).
package com.example.raft.core;

import com.example.raft.data.Command;
import com.example.raft.data.Input;
import com.example.raft.data.LogEntry;
import com.example.raft.data.Message;
import com.example.raft.data.NodeId;
import com.example.raft.data.Progress;
import com.example.raft.data.RaftState;
import com.example.raft.data.Role;
import dev.archdoc.annotations.Decision;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Becoming leader, accepting client writes, heartbeats and check-quorum. */
final class Leadership {

  private Leadership() {}

  /**
   * Takes office: every follower is assumed to need entries from the end of our log, and a no-op
   * entry of the new term is appended and sent at once.
   */
  @Decision(value = "ADR-6", note = "the no-op commits earlier terms' entries and anchors reads")
  static RaftState becomeLeader(RaftState state, Effects out) {
    long next = state.log().lastIndex() + 1;
    TreeMap<NodeId, Progress> progress = new TreeMap<>();
    for (NodeId peer : state.peers()) {
      progress.put(peer, new Progress(next, 0, 0));
    }
    Role.Leader role = new Role.Leader(progress, next, 0, List.of(), new TreeSet<>(), 0, Optional.empty());
    state = state.withRole(role).withLeader(Optional.of(state.self())).withElectionElapsed(0);
    state = appendOwnEntry(state, new Command.NoOp(), out);
    return Replication.advanceCommit(Replication.broadcast(state, out));
  }

  /**
   * A client write: a leader appends it to its log and replicates it (the client is answered when
   * the entry is applied); any other node redirects the client to the leader it knows.
   */
  static RaftState propose(RaftState state, Input.ClientWrite write, Effects out) {
    if (!state.isLeader()) {
      out.redirect(write.requestId(), state.leader());
      return state;
    }
    if (((Role.Leader) state.role()).transferee().isPresent()) {
      // Handing over: a new entry would only make the successor's log fall behind again.
      out.redirect(write.requestId(), ((Role.Leader) state.role()).transferee());
      return state;
    }
    state = appendOwnEntry(state, write.command(), out);
    return Replication.advanceCommit(Replication.broadcast(state, out));
  }

  /** A leader lets time pass: heartbeats on their interval, check-quorum on the election timeout. */
  static RaftState tick(RaftState state, Effects out) {
    Role.Leader role = (Role.Leader) state.role();
    int heartbeat = role.heartbeatElapsed() + 1;
    if (heartbeat >= state.config().heartbeatIntervalTicks()) {
      state = Replication.broadcast(state.withRole(role.withHeartbeatElapsed(0)), out);
    } else {
      state = state.withRole(role.withHeartbeatElapsed(heartbeat));
    }
    int elapsed = state.electionElapsed() + 1;
    if (elapsed < state.config().electionTimeoutTicks()) {
      return state.withElectionElapsed(elapsed);
    }
    return checkQuorum(state.withElectionElapsed(0), out);
  }

  /**
   * Steps down unless a majority (this node included) has answered during the last election
   * timeout; otherwise starts a new observation period.
   */
  @Decision(value = "ADR-5", note = "check-quorum: a leader cut off from a majority steps down")
  static RaftState checkQuorum(RaftState state, Effects out) {
    Role.Leader role = (Role.Leader) state.role();
    TreeSet<NodeId> heard = new TreeSet<>(role.recentlyActive());
    heard.add(state.self());
    if (state.isQuorum(heard)) {
      // A transfer that has not finished within an election timeout is abandoned.
      return state.withRole(role.forgetActivity().withTransferee(Optional.empty()));
    }
    return RaftCore.becomeFollower(state, state.currentTerm(), Optional.empty(), out);
  }

  //! **Leadership transfer** (thesis §3.10). To hand over, the leader stops taking new writes,
  //! brings the chosen follower's log up to date, and then sends it `TimeoutNow`. The follower
  //! starts an election at once — no waiting for its timeout, no pre-vote — and its vote
  //! requests say they come from a transfer, so the other followers, who still hear from the
  //! old leader and would normally refuse to be disrupted (leader stickiness), vote anyway. The
  //! old leader steps down when it sees the higher term. If the successor has not taken over
  //! within an election timeout, the transfer is dropped and the leader takes writes again.

  /** Starts handing leadership to {@code target}: catch it up, then tell it to campaign. */
  @Decision(value = "ADR-17", note = "stop taking writes, catch the target up, then TimeoutNow")
  static RaftState transfer(RaftState state, Input.TransferLeadership transfer, Effects out) {
    if (!(state.role() instanceof Role.Leader role)) {
      out.redirect(transfer.requestId(), state.leader());
      return state;
    }
    if (transfer.target().equals(state.self()) || role.progressOf(transfer.target()) == null) {
      return state;
    }
    state = state.withRole(role.withTransferee(Optional.of(transfer.target())));
    return offerLeadershipIfReady(state, transfer.target(), out);
  }

  /** Sends {@code follower} TimeoutNow if it is the transferee and holds the whole log; otherwise what it misses. */
  static RaftState offerLeadershipIfReady(RaftState state, NodeId follower, Effects out) {
    Role.Leader role = (Role.Leader) state.role();
    if (!role.transferee().equals(Optional.of(follower))) {
      return state;
    }
    if (role.progressOf(follower).matchIndex() == state.log().lastIndex()) {
      out.send(new Message.TimeoutNow(state.self(), follower, state.currentTerm()));
    } else {
      Replication.sendAppend(state, follower, out);
    }
    return state;
  }

  private static RaftState appendOwnEntry(RaftState state, Command command, Effects out) {
    LogEntry entry = new LogEntry(state.currentTerm(), state.log().lastIndex() + 1, command);
    out.logChangedFrom(entry.index());
    return state.withLog(state.log().append(entry));
  }
}
