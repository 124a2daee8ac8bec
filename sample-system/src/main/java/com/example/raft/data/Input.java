package com.example.raft.data;

import dev.archdoc.annotations.Decision;

/**
 * Everything that can happen to a node, as a value: time passes, a message arrives, a client asks.
 *
 * <p>The runtime turns real events into inputs; the simulation makes them up from a seed. Either
 * way the core only ever sees these four.
 */
public sealed interface Input permits Input.Tick, Input.Receive, Input.ClientWrite, Input.ClientRead {

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
}
