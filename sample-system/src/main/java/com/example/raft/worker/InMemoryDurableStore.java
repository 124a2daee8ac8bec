package com.example.raft.worker;

import com.example.raft.data.DurableState;
import com.example.raft.data.LogEntry;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DurableStore} in memory: it outlives the node that writes it, so stopping a node and
 * starting a new one on the same store behaves like a crash and a restart from disk.
 */
public final class InMemoryDurableStore implements DurableStore {

  private long term;
  private Optional<NodeId> votedFor = Optional.empty();
  private final List<LogEntry> entries = new ArrayList<>();

  @Override
  public synchronized void saveHardState(long newTerm, Optional<NodeId> vote) {
    this.term = newTerm;
    this.votedFor = vote;
  }

  @Override
  public synchronized void saveEntries(long fromIndex, List<LogEntry> suffix) {
    if (fromIndex < 1 || fromIndex > entries.size() + 1) {
      throw new IllegalArgumentException("gap in the log: writing from " + fromIndex + " after " + entries.size());
    }
    entries.subList(Math.toIntExact(fromIndex - 1), entries.size()).clear();
    entries.addAll(suffix);
  }

  /** Nothing to do: memory outlives the node, which is all this store promises. */
  @Override
  public void sync() {}

  @Override
  public synchronized DurableState recover() {
    return new DurableState(term, votedFor, RaftLog.of(entries));
  }
}
