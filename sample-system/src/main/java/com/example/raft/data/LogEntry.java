package com.example.raft.data;

/**
 * One entry of the replicated log: the term of the leader that created it, its absolute
 * position, and the command to apply once it is committed.
 *
 * <p>Indexes start at 1 and never restart, so a later snapshot only has to remember the index and
 * term of the last entry it covers.
 */
public record LogEntry(long term, long index, Command command) {

  /** Rejects entries that could not exist in any log: term and index start at 1. */
  public LogEntry {
    if (term < 1 || index < 1) {
      throw new IllegalArgumentException("log entries have term and index >= 1: " + term + "/" + index);
    }
    if (command == null) {
      throw new IllegalArgumentException("a log entry needs a command");
    }
  }
}
