package com.example.raft.data;

import dev.archdoc.annotations.Decision;
import java.util.List;

/**
 * Everything that can happen to a node, as a value: time passes, a message arrives, a client asks.
 *
 * <p>The runtime turns real events into inputs; the simulation makes them up from a seed. Either
 * way the core only ever sees these seven.
 */
public sealed interface Input
    permits Input.Tick,
        Input.Receive,
        Input.ClientWrite,
        Input.ClientRead,
        Input.SnapshotTaken,
        Input.TransferLeadership,
        Input.ChangeMembership {

  /**
   * One unit of logical time. The core counts ticks instead of reading a clock, so a test decides
   * when time passes and a simulation replays exactly.
   */
  @Decision(value = "ADR-11", note = "logical time: tests and simulations decide when time passes")
  record Tick() implements Input {}

  /** A message from another node arrived. */
  record Receive(Message message) implements Input {}

  /**
   * A client asks to change the store; {@code requestId} is the runtime's handle for the waiting
   * caller, used if the node must redirect it.
   */
  record ClientWrite(long requestId, ClientCommand command) implements Input {}

  /** A client asks to read {@code key} linearizably. */
  record ClientRead(long requestId, String key) implements Input {}

  /**
   * The state machine captured its state at an index it has applied; the node may drop the log
   * up to there. The runtime decides when (every so many entries); the core checks the snapshot
   * matches its log before compacting.
   */
  @Decision(value = "ADR-16", note = "compaction is requested by the runtime, validated by the core")
  record SnapshotTaken(Snapshot snapshot) implements Input {}

  /**
   * An operator asks the leader to hand leadership to {@code target} (before maintenance on the
   * leader's machine, say); {@code requestId} is redirected if this node is not the leader.
   */
  @Decision(value = "ADR-17", note = "leadership transfer is asked of the leader")
  record TransferLeadership(long requestId, NodeId target) implements Input {}

  /**
   * An operator asks the leader to make {@code members} the voting members: one server added to
   * or removed from the current ones. Answered when the change is applied, or refused.
   */
  @Decision(value = "ADR-17", note = "one server at a time, asked of the leader")
  record ChangeMembership(long requestId, List<NodeId> members) implements Input {

    /** Copies the members. */
    public ChangeMembership {
      members = List.copyOf(members);
    }
  }
}
