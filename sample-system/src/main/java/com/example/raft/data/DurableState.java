package com.example.raft.data;

import java.util.Optional;

/**
 * What a node keeps across a crash: its current term, whom it voted for in that term, and its log.
 * Everything else (commit index, role, leader, progress of followers) is rebuilt after a restart.
 */
public record DurableState(long currentTerm, Optional<NodeId> votedFor, RaftLog log) {

  /** The state of a node that has never run. */
  public static final DurableState EMPTY = new DurableState(0, Optional.empty(), RaftLog.empty());
}
