package com.example.raft.worker;

import com.example.raft.data.Message;
import com.example.raft.data.NodeId;
import dev.archdoc.annotations.Decision;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A network inside one JVM: a message sent to an attached node is handed to its inbox, a message
 * to a detached or isolated node is dropped, as a real network drops packets to a dead host.
 *
 * <p>Thread-safe; receivers must not block in their inbox (a {@link NodeRuntime} only enqueues).
 */
@Decision(value = "ADR-10", note = "in-memory transport first, so a cluster runs in one JVM")
public final class InMemoryNetwork implements Transport {

  private final Map<NodeId, Consumer<Message>> inboxes = new ConcurrentHashMap<>();
  private final Set<NodeId> isolated = ConcurrentHashMap.newKeySet();

  /** Routes messages for {@code node} to {@code inbox} from now on. */
  public void attach(NodeId node, Consumer<Message> inbox) {
    inboxes.put(node, inbox);
  }

  /** Drops messages for {@code node} from now on, as if it were switched off. */
  public void detach(NodeId node) {
    inboxes.remove(node);
  }

  /** Cuts {@code node} off: nothing it sends arrives, nothing sent to it arrives. */
  public void isolate(NodeId node) {
    isolated.add(node);
  }

  /** Reconnects a node cut off by {@link #isolate}. */
  public void heal(NodeId node) {
    isolated.remove(node);
  }

  @Override
  public boolean canReach(NodeId node) {
    return inboxes.containsKey(node);
  }

  @Override
  public void send(Message message) {
    if (isolated.contains(message.from()) || isolated.contains(message.to())) {
      return;
    }
    Consumer<Message> inbox = inboxes.get(message.to());
    if (inbox != null) {
      inbox.accept(message);
    }
  }
}
