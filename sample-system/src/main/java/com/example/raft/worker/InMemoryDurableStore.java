package com.example.raft.worker;

import com.example.raft.data.DurableState;
import com.example.raft.data.LogEntry;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftLog;
import com.example.raft.data.Snapshot;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DurableStore} in memory: it outlives the node that writes it, so stopping a node and
 * starting a new one on the same store behaves like a crash and a restart from disk.
 */
public final class InMemoryDurableStore implements DurableStore {

  private long term;
  private Optional<NodeId> votedFor = Optional.empty();
  private RaftLog log = RaftLog.empty();

  @Override
  public synchronized void saveHardState(long newTerm, Optional<NodeId> vote) {
    this.term = newTerm;
    this.votedFor = vote;
  }

  @Override
  public synchronized void saveEntries(long fromIndex, List<LogEntry> suffix) {
    log = log.replaceFrom(fromIndex, suffix);
  }

  @Override
  public synchronized void saveSnapshot(Snapshot snapshot) {
    log = log.withSnapshot(snapshot);
  }

  /** Nothing to do: memory outlives the node, which is all this store promises. */
  @Override
  public void sync() {}

  @Override
  public synchronized DurableState recover() {
    return new DurableState(term, votedFor, log);
  }
}
