//! # Replication: AppendEntries, conflict repair, and the commit rule
//!
//! **The consistency check.** Every AppendEntries names the entry just before the ones it
//! carries (`prevLogIndex`, `prevLogTerm`). A follower accepts only if its own log has that
//! entry with that term. By induction this gives the Log Matching property: if two logs
//! agree on one (index, term), they agree on everything before it. On acceptance, the
//! follower drops its log from the first entry whose term *differs* from the leader's and
//! takes the leader's suffix — but never truncates entries that match, because a delayed or
//! duplicated AppendEntries must not undo a newer one.
//!
//! **Fast repair.** The paper's leader probes back one entry per rejection. Here a rejection
//! carries two hints: the term of the follower's entry at `prevLogIndex` (`conflictTerm`, 0 if
//! the follower's log is too short) and the first index of that term in the follower's log
//! (`conflictIndex`). If the leader also has entries of `conflictTerm`, it resumes right after
//! its last one; otherwise it jumps to `conflictIndex`. One round trip per *term* of mismatch,
//! not per entry — each of the paper's Figure 7 followers is repaired in at most two.
//!
//! **The commit rule (Figure 8).** `advanceCommit` counts replicas, but only for entries of
//! the leader's *current* term. An entry from an earlier term can sit on a majority and still
//! be overwritten by a later leader, as Figure 8 shows; once a current-term entry is on a
//! majority, every entry before it is committed with it (Log Matching makes that safe).
package com.example.raft.core;

import com.example.raft.data.LogEntry;
import com.example.raft.data.Message.AppendEntries;
import com.example.raft.data.Message.AppendResponse;
import com.example.raft.data.NodeId;
import com.example.raft.data.Progress;
import com.example.raft.data.RaftLog;
import com.example.raft.data.RaftState;
import com.example.raft.data.Role;
import dev.archdoc.annotations.Decision;
import java.util.List;
import java.util.Optional;

/** Both sides of AppendEntries, the leader's follower bookkeeping, and the commit rule. */
final class Replication {

  private Replication() {}

  /** Sends every follower the entries it is missing (or an empty heartbeat). */
  static RaftState broadcast(RaftState state, Effects out) {
    for (NodeId peer : state.peers()) {
      sendAppend(state, peer, out);
    }
    return state;
  }

  static void sendAppend(RaftState state, NodeId peer, Effects out) {
    Role.Leader role = (Role.Leader) state.role();
    Progress progress = role.progressOf(peer);
    if (progress.nextIndex() <= state.log().snapshot().lastIndex()) {
      Snapshots.send(state, peer, out); // the entries it needs are compacted away
      return;
    }
    long prevIndex = progress.nextIndex() - 1;
    out.send(
        new AppendEntries(
            state.self(),
            peer,
            state.currentTerm(),
            prevIndex,
            state.log().termAt(prevIndex),
            state.log().from(progress.nextIndex(), state.config().maxEntriesPerAppend()),
            state.commitIndex(),
            role.round()));
  }

  /**
   * A follower (or a candidate that now sees the current leader) takes entries from the leader of
   * its term, after the consistency check, and learns how far the log is committed. A mismatch is
   * answered with conflict hints.
   */
  @Decision(value = "ADR-9", note = "the follower's half: a rejection carries conflict hints")
  static RaftState onAppendEntries(RaftState state, AppendEntries append, Effects out) {
    if (state.isLeader()) {
      return state; // two leaders in one term cannot happen; the simulation checks it
    }
    if (state.role() instanceof Role.Follower) {
      state = state.withLeader(Optional.of(append.from())).withElectionElapsed(0);
    } else {
      state = RaftCore.becomeFollower(state, append.term(), Optional.of(append.from()), out);
    }
    RaftLog log = state.log();
    append = Snapshots.skipCompacted(log, append);
    if (append.prevLogIndex() > log.lastIndex()) {
      out.send(reject(state, append, 0, log.lastIndex() + 1));
      return state;
    }
    long localTerm = log.termAt(append.prevLogIndex());
    if (localTerm != append.prevLogTerm()) {
      out.send(reject(state, append, localTerm, log.firstIndexOfTermAt(append.prevLogIndex())));
      return state;
    }
    List<LogEntry> entries = append.entries();
    int firstNew = 0;
    while (firstNew < entries.size() && matches(log, entries.get(firstNew))) {
      firstNew++;
    }
    if (firstNew < entries.size()) {
      long from = entries.get(firstNew).index();
      state = state.withLog(log.replaceFrom(from, entries.subList(firstNew, entries.size())));
      out.logChangedFrom(from);
    }
    long lastNew = append.prevLogIndex() + entries.size();
    long commit = Math.min(append.leaderCommit(), lastNew);
    if (commit > state.commitIndex()) {
      state = state.withCommitIndex(commit);
    }
    out.send(
        new AppendResponse(
            state.self(), append.from(), state.currentTerm(), true, lastNew, 0, 0, 0, append.round()));
    return state;
  }

  private static boolean matches(RaftLog log, LogEntry entry) {
    return entry.index() <= log.lastIndex() && log.termAt(entry.index()) == entry.term();
  }

  private static AppendResponse reject(
      RaftState state, AppendEntries append, long conflictTerm, long conflictIndex) {
    return new AppendResponse(
        state.self(),
        append.from(),
        state.currentTerm(),
        false,
        0,
        append.prevLogIndex(),
        conflictTerm,
        conflictIndex,
        append.round());
  }

  /** The answer to an AppendEntries from a leader of an older term: our term tells it to step down. */
  static AppendResponse staleLeaderRefusal(RaftState state, AppendEntries append) {
    return new AppendResponse(
        state.self(), append.from(), state.currentTerm(), false, 0, append.prevLogIndex(), 0, 0, append.round());
  }

  /**
   * The leader's side: records what the follower has, tries to commit, and sends the follower
   * what it still misses — after a rejection, from the point the conflict hints name.
   */
  @Decision(value = "ADR-9", note = "the leader's half: skip a term of mismatch per round trip")
  static RaftState onAppendResponse(RaftState state, AppendResponse response, Effects out) {
    Role.Leader role = (Role.Leader) state.role();
    Progress progress = role.progressOf(response.from());
    if (progress == null) {
      return state;
    }
    role = role.heardFrom(response.from());
    long ackedRound = Math.max(progress.ackedRound(), response.round());
    if (response.success()) {
      long match = Math.max(progress.matchIndex(), response.matchIndex());
      Progress updated = new Progress(Math.max(progress.nextIndex(), match + 1), match, ackedRound);
      state = advanceCommit(state.withRole(role.withProgress(response.from(), updated)));
      if (role.transferee().equals(Optional.of(response.from()))) {
        return Leadership.offerLeadershipIfReady(state, response.from(), out);
      }
      if (match > progress.matchIndex() && updated.nextIndex() <= state.log().lastIndex()) {
        sendAppend(state, response.from(), out);
      }
      return state;
    }
    if (response.rejectedPrevIndex() != progress.nextIndex() - 1) {
      // An answer to an older probe (delayed or duplicated): the leader has moved on already.
      Progress acked = new Progress(progress.nextIndex(), progress.matchIndex(), ackedRound);
      return state.withRole(role.withProgress(response.from(), acked));
    }
    long next = nextIndexAfterRejection(state.log(), response);
    next = Math.max(progress.matchIndex() + 1, Math.min(next, response.rejectedPrevIndex()));
    Progress probed = new Progress(next, progress.matchIndex(), ackedRound);
    state = state.withRole(role.withProgress(response.from(), probed));
    sendAppend(state, response.from(), out);
    return state;
  }

  private static long nextIndexAfterRejection(RaftLog log, AppendResponse response) {
    if (response.conflictTerm() == 0) {
      return response.conflictIndex();
    }
    long lastOfTerm = log.lastIndexOfTerm(response.conflictTerm());
    return lastOfTerm > 0 ? lastOfTerm + 1 : response.conflictIndex();
  }

  //! Figure 8 lives in the first line of the loop: walking down from the end of the log, the
  //! search stops at the first entry that is not of the current term. Older entries are never
  //! counted; they become committed only because a later, current-term entry did.

  /** Advances the commit index to the highest current-term entry stored on a majority. */
  static RaftState advanceCommit(RaftState state) {
    Role.Leader role = (Role.Leader) state.role();
    for (long index = state.log().lastIndex(); index > state.commitIndex(); index--) {
      if (state.log().termAt(index) != state.currentTerm()) {
        return state;
      }
      java.util.Set<NodeId> replicas = new java.util.TreeSet<>();
      replicas.add(state.self()); // counts only while the leader is a member (see RaftState#isQuorum)
      for (java.util.Map.Entry<NodeId, Progress> follower : role.progress().entrySet()) {
        if (follower.getValue().matchIndex() >= index) {
          replicas.add(follower.getKey());
        }
      }
      if (state.isQuorum(replicas)) {
        return state.withCommitIndex(index);
      }
    }
    return state;
  }
}
