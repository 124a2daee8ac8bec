//! # Snapshots: forgetting the log without forgetting the state
//!
//! A log that only grows makes every restart replay all of history and every disk fill up. So
//! from time to time the runtime hands the core a **snapshot** — the key-value store, client
//! sessions included, as of an index it has applied — and the core replaces every entry up to
//! there with it (`compact`). The snapshot's last index and term stay behind as the log's base,
//! so the consistency check of the next AppendEntries still has a `(prevLogIndex, prevLogTerm)`
//! to compare. Only applied entries are compacted, and applied entries are committed, so a
//! snapshot never contains anything a later leader could overwrite.
//!
//! **The lagging follower.** A follower that was down while the leader compacted needs entries
//! the leader no longer has. When a follower's `nextIndex` falls at or below the leader's
//! snapshot, the leader sends `InstallSnapshot` instead of AppendEntries (`send`). The
//! follower (`onInstallSnapshot`) keeps the entries after the snapshot only if its log agrees
//! with the snapshot's last entry; either way its log now starts at the snapshot, its state
//! machine is *restored* from it (`RestoreSnapshot`), and it is committed and applied up to
//! there. It answers like a successful AppendEntries, so the leader's ordinary bookkeeping moves
//! `nextIndex` past the snapshot and replication continues with entries.
//!
//! Because the snapshot carries the session table, a retried write that was applied before
//! the snapshot is still recognised afterwards: exactly-once survives compaction.
package com.example.raft.core;

import com.example.raft.data.LogEntry;
import com.example.raft.data.Message.AppendEntries;
import com.example.raft.data.Message.AppendResponse;
import com.example.raft.data.Message.InstallSnapshot;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftLog;
import com.example.raft.data.RaftState;
import com.example.raft.data.Role;
import com.example.raft.data.Snapshot;
import dev.archdoc.annotations.Decision;
import java.util.List;
import java.util.Optional;

/** Log compaction, InstallSnapshot on both sides, and appends that reach below a follower's snapshot. */
@Decision(value = "ADR-16", note = "compact applied entries; send the snapshot to a follower that needs compacted ones")
final class Snapshots {

  private Snapshots() {}

  /**
   * Replaces the log up to {@code snapshot}'s last index with the snapshot, if it describes this
   * log: an index already applied here, newer than the current snapshot, with the right term.
   */
  static RaftState compact(RaftState state, Snapshot snapshot) {
    RaftLog log = state.log();
    if (snapshot.lastIndex() <= log.snapshot().lastIndex()
        || snapshot.lastIndex() > state.lastApplied()
        || log.termAt(snapshot.lastIndex()) != snapshot.lastTerm()) {
      return state;
    }
    Snapshot withMembers = new Snapshot(snapshot.lastIndex(), snapshot.lastTerm(), snapshot.state(),
        log.membersAt(snapshot.lastIndex()).orElse(List.of()));
    return state.withLog(log.withSnapshot(withMembers));
  }

  /** The leader sends its snapshot to a follower whose next entry it no longer holds. */
  static void send(RaftState state, NodeId peer, Effects out) {
    Role.Leader role = (Role.Leader) state.role();
    out.send(new InstallSnapshot(state.self(), peer, state.currentTerm(), state.log().snapshot(), state.commitIndex(), role.round()));
  }

  /**
   * A follower takes the leader's snapshot: the log restarts from it (keeping entries after it
   * that agree), the state machine is restored from it, and everything up to it is committed and
   * applied. A snapshot no newer than what the follower has committed changes nothing.
   */
  static RaftState onInstallSnapshot(RaftState state, InstallSnapshot install, Effects out) {
    if (state.isLeader()) {
      return state; // two leaders in one term cannot happen; the simulation checks it
    }
    if (state.role() instanceof Role.Follower) {
      state = state.withLeader(Optional.of(install.from())).withElectionElapsed(0);
    } else {
      state = RaftCore.becomeFollower(state, install.term(), Optional.of(install.from()), out);
    }
    Snapshot snapshot = install.snapshot();
    if (snapshot.lastIndex() > state.commitIndex()) {
      state = state.withLog(state.log().withSnapshot(snapshot))
          .withCommitIndex(snapshot.lastIndex())
          .withLastApplied(snapshot.lastIndex());
      out.restore(snapshot);
    }
    // Entries kept after the snapshot are not known to match the leader's, so nothing past the
    // snapshot is committed here; the next AppendEntries checks them and carries the commit index.
    out.send(new AppendResponse(
        state.self(), install.from(), state.currentTerm(), true, snapshot.lastIndex(), 0, 0, 0, install.round()));
    return state;
  }

  /** The answer to an InstallSnapshot from a leader of an older term: our term tells it to step down. */
  static AppendResponse staleLeaderRefusal(RaftState state, InstallSnapshot install) {
    return new AppendResponse(
        state.self(), install.from(), state.currentTerm(), false, 0, install.snapshot().lastIndex(), 0, 0, install.round());
  }

  /**
   * An append that starts inside this node's snapshot, made to start at the snapshot's end: the
   * entries it carries up to there are committed, so they are the ones the snapshot stands for.
   */
  static AppendEntries skipCompacted(RaftLog log, AppendEntries append) {
    long base = log.snapshot().lastIndex();
    if (append.prevLogIndex() >= base) {
      return append;
    }
    List<LogEntry> after = append.entries().stream().filter(entry -> entry.index() > base).toList();
    return new AppendEntries(append.from(), append.to(), append.term(), base, log.snapshot().lastTerm(), after,
        append.leaderCommit(), append.round());
  }
}
