package com.example.raft.worker;

import com.example.raft.data.DurableState;
import com.example.raft.data.LogEntry;
import com.example.raft.data.NodeId;
import dev.archdoc.annotations.Decision;
import java.util.List;
import java.util.Optional;

/**
 * Where a node keeps what must survive a crash: its term, its vote and its log.
 *
 * <p>A write must be durable when the method returns: the node sends messages that depend on it
 * right after (a vote reply, an append acknowledgement). {@link InMemoryDurableStore} keeps the
 * data in memory, which survives a node restart inside one JVM; a disk write-ahead log with
 * fsync will implement the same three methods.
 */
@Decision(value = "ADR-10", note = "the seam a disk write-ahead log will plug into")
public interface DurableStore {

  /** Stores the current term and the vote cast in it. */
  void saveHardState(long term, Optional<NodeId> votedFor);

  /** Drops every stored entry at or after {@code fromIndex}, then stores {@code entries} (which start there). */
  void saveEntries(long fromIndex, List<LogEntry> entries);

  /** Everything stored so far; {@link DurableState#EMPTY} for a store never written. */
  DurableState recover();
}
