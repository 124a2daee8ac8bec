package com.example.raft.data;

import dev.archdoc.annotations.Decision;
import java.util.List;

/**
 * What a log entry asks the key-value state machine to do once it is committed.
 *
 * <p>The leader's {@link NoOp}, appended when it is elected; a {@link ChangeMembers}, which the
 * key-value store ignores and Raft itself reads; or a {@link ClientCommand}.
 */
public sealed interface Command permits Command.NoOp, Command.ChangeMembers, ClientCommand {

  /**
   * The empty entry a new leader appends at the start of its term.
   *
   * <p>It lets the leader commit everything earlier terms left behind (an entry of the current
   * term must be committed first, see Figure 8 of the Raft paper) and tells it the commit index
   * it needs for linearizable reads.
   */
  @Decision("ADR-6")
  record NoOp() implements Command {}

  /**
   * The cluster's voting members from this entry on. Each node uses the latest such entry in its
   * log as soon as it is appended, committed or not, and a change adds or removes one member.
   */
  @Decision(value = "ADR-17", note = "a configuration is a log entry, in force once appended")
  record ChangeMembers(List<NodeId> members) implements Command {

    /** Keeps a sorted, duplicate-free, non-empty copy. */
    public ChangeMembers {
      members = List.copyOf(new java.util.TreeSet<>(members));
      if (members.isEmpty()) {
        throw new IllegalArgumentException("a cluster needs at least one member");
      }
    }
  }
}
