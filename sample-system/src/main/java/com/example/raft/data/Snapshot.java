package com.example.raft.data;

import dev.archdoc.annotations.Decision;
import java.util.List;

/**
 * The key-value store's whole state as of one log position: everything the entries up to {@code
 * lastIndex} did, including the client sessions, so a node restored from it answers retried
 * writes exactly as the entries would have.
 *
 * <p>A log starts after its snapshot: {@code lastIndex} and {@code lastTerm} stand in for the
 * entries it replaced, and keep the consistency check of the next AppendEntries working.
 *
 * @param lastIndex the index of the last entry the snapshot covers (0: none)
 * @param lastTerm the term of that entry (0: none)
 * @param state the store after applying entries 1..lastIndex
 * @param members the voting members as of lastIndex; empty when no membership change was ever
 *     made, so the node's configured members apply
 */
@Decision(value = "ADR-16", note = "the store and its sessions at one committed index")
public record Snapshot(long lastIndex, long lastTerm, KvState state, List<NodeId> members) {

  /** The snapshot every log starts from: nothing applied yet. */
  public static final Snapshot NONE = new Snapshot(0, 0, KvState.EMPTY);

  /** A snapshot with no membership change recorded (the core fills in the members when it compacts). */
  public Snapshot(long lastIndex, long lastTerm, KvState state) {
    this(lastIndex, lastTerm, state, List.of());
  }

  /** Rejects positions no snapshot can have. */
  public Snapshot {
    if (lastIndex < 0 || lastTerm < 0 || (lastIndex == 0) != (lastTerm == 0)) {
      throw new IllegalArgumentException("a snapshot covers index and term both >= 1, or neither: " + lastIndex + "/" + lastTerm);
    }
    if (state == null) {
      throw new IllegalArgumentException("a snapshot needs a state");
    }
    members = List.copyOf(members);
  }
}
