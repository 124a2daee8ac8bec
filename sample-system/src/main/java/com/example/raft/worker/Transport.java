package com.example.raft.worker;

import com.example.raft.data.Message;
import dev.archdoc.annotations.Decision;

/**
 * Carries messages between nodes, with Raft's network model: a message may be lost, delayed,
 * duplicated or reordered, and sending never blocks on the receiver.
 *
 * <p>{@link InMemoryNetwork} carries messages inside one JVM; {@link
 * com.example.raft.worker.net.TcpTransport} between processes. Incoming messages reach a node
 * through {@link NodeRuntime#deliver}.
 */
@Decision(value = "ADR-10", note = "the seam the TCP transport plugs into")
public interface Transport {

  /** Sends {@code message} to {@code message.to()}, best effort. */
  void send(Message message);

  /** Whether this transport knows where {@code node} is; a member it cannot address could never catch up. */
  boolean canReach(com.example.raft.data.NodeId node);
}
