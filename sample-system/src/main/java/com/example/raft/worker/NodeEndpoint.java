package com.example.raft.worker;

import com.example.raft.data.ClientCommand;
import java.util.concurrent.CompletableFuture;

/**
 * A node as a client sees it: somewhere to send a write or a read and get a {@link NodeReply}
 * back. A {@link NodeRuntime} in this JVM is one; a {@link com.example.raft.worker.net.RemoteNode}
 * reached over TCP is the other, so one client implementation serves both.
 */
public interface NodeEndpoint {

  /** Asks the node to commit {@code command}; completes with the answer, a redirect, or unavailability. */
  CompletableFuture<NodeReply> write(ClientCommand command);

  /** Asks the node for a linearizable read of {@code key}. */
  CompletableFuture<NodeReply> read(String key);
}
