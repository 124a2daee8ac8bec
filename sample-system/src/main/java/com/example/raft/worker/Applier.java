package com.example.raft.worker;

import com.example.raft.core.KvStateMachine;
import com.example.raft.data.KvResult;
import com.example.raft.data.KvState;
import com.example.raft.data.LogEntry;
import com.example.raft.data.Snapshot;
import java.util.Optional;

/**
 * Holds one node's copy of the key-value store and applies committed entries to it, one at a
 * time and strictly in log order.
 *
 * <p>The store lives only in memory: after a restart the node starts from its latest snapshot
 * and re-applies the committed entries after it. Used only from its node's thread.
 */
final class Applier {

  private KvState store;
  private long lastApplied;
  private long lastAppliedTerm;

  /** An applier whose store is {@code snapshot}'s. */
  Applier(Snapshot snapshot) {
    restore(snapshot);
  }

  /** Replaces the store with {@code snapshot}'s, as the leader's InstallSnapshot asks. */
  void restore(Snapshot snapshot) {
    store = snapshot.state();
    lastApplied = snapshot.lastIndex();
    lastAppliedTerm = snapshot.lastTerm();
  }

  /** The store as of the last applied entry, as a snapshot. */
  Snapshot snapshot() {
    return new Snapshot(lastApplied, lastAppliedTerm, store);
  }

  /** The index of the last applied entry. */
  long lastApplied() {
    return lastApplied;
  }

  /** Applies the next committed entry and returns the answer for the client that sent it. */
  KvResult apply(LogEntry entry) {
    if (entry.index() != lastApplied + 1) {
      throw new IllegalStateException("applying " + entry.index() + " after " + lastApplied);
    }
    KvStateMachine.Applied applied = KvStateMachine.apply(store, entry.command());
    store = applied.state();
    lastApplied = entry.index();
    lastAppliedTerm = entry.term();
    return applied.result();
  }

  /** The current value of {@code key}. */
  Optional<String> read(String key) {
    return KvStateMachine.read(store, key);
  }
}
