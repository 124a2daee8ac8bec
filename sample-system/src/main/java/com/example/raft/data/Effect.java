//! # Effects: what a step asks the world to do
//!
//! The core never performs I/O. Each step returns a list of these values and the caller (the
//! runtime's node thread, or a test, or the simulation) carries them out **in list order**.
//!
//! The order is part of the contract. The step function puts `PersistHardState`,
//! `PersistSnapshot` and `PersistEntries` first, so a runtime that executes the list front to back has made the
//! vote, the term and the new entries durable before any `Send` that depends on them leaves the
//! node — that is Raft's "respond to RPCs only after updating stable storage". `ApplyEntries`
//! comes before `ServeRead`, so a read served after it sees every entry up to its read index.
//!
//! There is no timer effect. Time enters the core as `Input.Tick`, and elections and heartbeats
//! are counters in the state, as in etcd's raft. That is the "set/reset timer" of other designs,
//! without a clock to mock.
package com.example.raft.data;

import dev.archdoc.annotations.Decision;
import java.util.List;
import java.util.Optional;

/** One thing a step of the Raft core asks its caller to do; effects are carried out in order. */
@Decision(value = "ADR-2", note = "effects are plain data; only outer layers carry them out")
public sealed interface Effect
    permits Effect.PersistHardState,
        Effect.PersistSnapshot,
        Effect.PersistEntries,
        Effect.RestoreSnapshot,
        Effect.Send,
        Effect.ApplyEntries,
        Effect.ServeRead,
        Effect.RedirectClient,
        Effect.RejectRequest,
        Effect.RoleChanged {

  /** Make the current term and vote durable before anything else in this step leaves the node. */
  record PersistHardState(long term, Optional<NodeId> votedFor) implements Effect {}

  /**
   * Make the log durable as starting from {@code snapshot}: store it, and keep the stored entries
   * after its last index only if the entry stored there has the snapshot's term (see {@link
   * RaftLog#withSnapshot}).
   */
  record PersistSnapshot(Snapshot snapshot) implements Effect {}

  /**
   * Replace the state machine's state with the snapshot's: the leader sent state this node had
   * not applied. Entries after it are applied on top, as usual.
   */
  record RestoreSnapshot(Snapshot snapshot) implements Effect {}

  /**
   * Make the log durable from {@code fromIndex} on: drop any stored entry at or after it, then
   * store {@code entries} (which start at {@code fromIndex}, and may be empty).
   */
  record PersistEntries(long fromIndex, List<LogEntry> entries) implements Effect {

    /** Copies the entries so the effect stays immutable. */
    public PersistEntries {
      entries = List.copyOf(entries);
    }
  }

  /** Deliver {@code message} to its receiver; it may be lost, duplicated or reordered. */
  record Send(Message message) implements Effect {}

  /** Apply these committed entries to the state machine, in order; each is handed out once. */
  record ApplyEntries(List<LogEntry> entries) implements Effect {

    /** Copies the entries so the effect stays immutable. */
    public ApplyEntries {
      entries = List.copyOf(entries);
    }
  }

  /**
   * Answer read request {@code requestId} from the state machine now: leadership has been
   * confirmed after the read arrived and everything up to {@code readIndex} has been applied.
   */
  record ServeRead(long requestId, String key, long readIndex) implements Effect {}

  /** Tell the waiting client this node cannot serve it; {@code leaderHint} is who might. */
  record RedirectClient(long requestId, Optional<NodeId> leaderHint) implements Effect {}

  /** Tell the waiting requester this node will not do what was asked, and why; asking again elsewhere will not help. */
  record RejectRequest(long requestId, String reason) implements Effect {}

  /**
   * The node's role, term or known leader changed; a runtime fails writes still waiting on a node
   * that is no longer leader, so their clients retry elsewhere.
   */
  record RoleChanged(RoleName role, long term, Optional<NodeId> leader) implements Effect {}
}
