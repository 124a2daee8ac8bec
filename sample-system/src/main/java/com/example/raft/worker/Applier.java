package com.example.raft.worker;

import com.example.raft.core.KvStateMachine;
import com.example.raft.data.KvResult;
import com.example.raft.data.KvState;
import com.example.raft.data.LogEntry;
import java.util.Optional;

/**
 * Holds one node's copy of the key-value store and applies committed entries to it, one at a
 * time and strictly in log order.
 *
 * <p>The store lives only in memory: after a restart the node starts from an empty store and
 * re-applies the log from the beginning (until snapshots exist, the log is the only durable copy).
 * Used only from its node's thread.
 */
final class Applier {

  private KvState store = KvState.EMPTY;
  private long lastApplied;

  /** Applies the next committed entry and returns the answer for the client that sent it. */
  KvResult apply(LogEntry entry) {
    if (entry.index() != lastApplied + 1) {
      throw new IllegalStateException("applying " + entry.index() + " after " + lastApplied);
    }
    KvStateMachine.Applied applied = KvStateMachine.apply(store, entry.command());
    store = applied.state();
    lastApplied = entry.index();
    return applied.result();
  }

  /** The current value of {@code key}. */
  Optional<String> read(String key) {
    return KvStateMachine.read(store, key);
  }
}
