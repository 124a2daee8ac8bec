package com.example.raft.data;

import dev.archdoc.annotations.Decision;

/**
 * What a log entry asks the key-value state machine to do once it is committed.
 *
 * <p>Either the leader's {@link NoOp}, appended when it is elected, or a {@link ClientCommand}.
 */
public sealed interface Command permits Command.NoOp, ClientCommand {

  /**
   * The empty entry a new leader appends at the start of its term.
   *
   * <p>It lets the leader commit everything earlier terms left behind (an entry of the current
   * term must be committed first, see Figure 8 of the Raft paper) and tells it the commit index
   * it needs for linearizable reads.
   */
  @Decision("ADR-6")
  record NoOp() implements Command {}
}
