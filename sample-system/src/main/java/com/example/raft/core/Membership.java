//! # Membership changes, one server at a time
//!
//! A cluster's voting members are not fixed: an operator can add a server or remove one. The
//! danger is a moment in which two different majorities could each elect a leader — one under
//! the old members, one under the new. Raft's simplest answer (Ongaro's thesis §4.1) is to
//! change **one server at a time**: any majority of three members and any majority of four (or
//! of two) share at least one server, so the old and new configurations can never decide
//! independently, and no joint-consensus phase is needed.
//!
//! A configuration is an ordinary log entry (`ChangeMembers`). Every node uses the **latest
//! configuration in its log, committed or not**, from the moment it is appended — for counting
//! votes and replicas, choosing whom to send to, and whom to listen to. If a conflicting leader
//! later truncates that entry, the node falls back to the one before. The leader accepts a new
//! change only when the previous one is committed (`latestMembersIndex <= commitIndex`), and
//! only after it has committed an entry of its own term — without that rule a new leader could
//! stack its change on an uncommitted one from a deposed leader (the bug reported on raft-dev in
//! 2015, fixed the same way in etcd and hashicorp raft).
//!
//! A removed leader keeps leading until the change that removes it is committed — replicating
//! it, but no longer counting itself in any majority — then steps down. A removed follower
//! stops campaigning once its log holds its removal (it is not a member of its own latest
//! configuration); one that never heard of it may campaign, and pre-vote with leader stickiness
//! keeps that from disturbing the cluster. Nodes still answer messages from servers outside
//! their own configuration (thesis §4.2.3): a node whose log lags behind a change must be able
//! to vote for, and follow, a leader it does not yet know is a member — the simulation found the
//! deadlock that ignoring them causes. An added server starts with an empty log and is caught up by the leader's usual
//! repair (or a snapshot) before its vote can matter to anyone's log being up to date.
package com.example.raft.core;

import com.example.raft.data.Command;
import com.example.raft.data.Input;
import com.example.raft.data.LogEntry;
import com.example.raft.data.NodeId;
import com.example.raft.data.Progress;
import com.example.raft.data.RaftState;
import com.example.raft.data.Role;
import dev.archdoc.annotations.Decision;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Proposing a one-server membership change, and keeping the leader's bookkeeping in step with the members. */
@Decision(value = "ADR-17", note = "one server at a time; the latest configuration in the log is in force")
final class Membership {

  private Membership() {}

  /** The leader appends a change of one member, if no other change or hand-over is under way. */
  static RaftState propose(RaftState state, Input.ChangeMembership change, Effects out) {
    if (!(state.role() instanceof Role.Leader role)) {
      out.redirect(change.requestId(), state.leader());
      return state;
    }
    Optional<String> problem = problem(state, role, change.members());
    if (problem.isPresent()) {
      out.reject(change.requestId(), problem.get());
      return state;
    }
    LogEntry entry = new LogEntry(state.currentTerm(), state.log().lastIndex() + 1, new Command.ChangeMembers(change.members()));
    out.logChangedFrom(entry.index());
    state = afterStep(state.withLog(state.log().append(entry)), out);
    return Replication.advanceCommit(Replication.broadcast(state, out));
  }

  private static Optional<String> problem(RaftState state, Role.Leader role, List<NodeId> proposed) {
    if (role.transferee().isPresent()) {
      return Optional.of("a leadership transfer to " + role.transferee().get() + " is under way");
    }
    if (state.commitIndex() < role.termStartIndex()) {
      return Optional.of("the new leader has not committed an entry of its term yet; try again shortly");
    }
    if (state.log().latestMembersIndex() > state.commitIndex()) {
      return Optional.of("the previous membership change is not committed yet");
    }
    TreeSet<NodeId> now = new TreeSet<>(state.members());
    TreeSet<NodeId> next = new TreeSet<>(proposed);
    if (next.isEmpty()) {
      return Optional.of("a cluster needs at least one member");
    }
    TreeSet<NodeId> added = new TreeSet<>(next);
    added.removeAll(now);
    TreeSet<NodeId> removed = new TreeSet<>(now);
    removed.removeAll(next);
    if (added.size() + removed.size() != 1) {
      return Optional.of("change one member at a time: the members are " + now + ", asked for " + next);
    }
    return Optional.empty();
  }

  /**
   * After every step: a leader tracks progress for exactly the current peers (a new one starts
   * from the end of the log and is repaired from there), and a leader whose removal is committed
   * steps down.
   */
  static RaftState afterStep(RaftState state, Effects out) {
    if (!(state.role() instanceof Role.Leader role)) {
      return state;
    }
    List<NodeId> peers = state.peers();
    if (!role.progress().keySet().equals(new TreeSet<>(peers))) {
      SortedMap<NodeId, Progress> progress = new TreeMap<>();
      for (NodeId peer : peers) {
        progress.put(peer, role.progress().getOrDefault(peer, new Progress(state.log().lastIndex(), 0, 0)));
      }
      state = state.withRole(new Role.Leader(progress, role.termStartIndex(), role.round(), role.pendingReads(),
          role.recentlyActive(), role.heartbeatElapsed(), role.transferee().filter(peers::contains)));
    }
    if (!state.isMember() && state.commitIndex() >= state.log().latestMembersIndex()) {
      return RaftCore.becomeFollower(state, state.currentTerm(), Optional.empty(), out);
    }
    return state;
  }
}
