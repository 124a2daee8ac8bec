package com.example.raft.lifecycle;

import com.example.raft.boundary.KvClient;
import com.example.raft.data.NodeId;
import com.example.raft.data.RoleName;
import com.example.raft.worker.DurableStore;
import com.example.raft.worker.InMemoryDurableStore;
import com.example.raft.worker.InMemoryNetwork;
import com.example.raft.worker.NodeEndpoint;
import com.example.raft.worker.NodeRuntime;
import com.example.raft.worker.NodeStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A cluster of Raft nodes running in this JVM over an in-memory network, each with a durable
 * store that outlives it, so nodes can be stopped and restarted as if they crashed.
 *
 * <p>Thread-safe. {@link #close()} stops every node and their threads.
 */
public final class Cluster implements AutoCloseable {

  private final ClusterSettings settings;
  private final InMemoryNetwork network = new InMemoryNetwork();
  private final Map<NodeId, DurableStore> stores = new TreeMap<>();
  private final Map<NodeId, NodeRuntime> running = new TreeMap<>();

  private Cluster(ClusterSettings settings) {
    this.settings = settings;
  }

  /** Starts every member with an empty store; they elect a leader on their own. */
  public static Cluster start(ClusterSettings settings) {
    Cluster cluster = new Cluster(settings);
    for (NodeId member : settings.members()) {
      cluster.stores.put(member, new InMemoryDurableStore());
      cluster.startNode(member);
    }
    return cluster;
  }

  /** The member ids, in order. */
  public List<NodeId> members() {
    return settings.members();
  }

  /** The running node of {@code member}, if it is up. */
  public synchronized Optional<NodeRuntime> node(NodeId member) {
    return Optional.ofNullable(running.get(member));
  }

  /** A client with its own session, giving up on a request after {@code deadline}. */
  public KvClient client(String clientId, Duration deadline) {
    return new KvClient(clientId, members(), member -> node(member).map(NodeEndpoint.class::cast), deadline);
  }

  /** The status of every running member, in member order. */
  public synchronized List<NodeStatus> statuses() {
    return running.values().stream().map(NodeRuntime::status).toList();
  }

  /** The member that is running and leads in the highest term, if any. */
  public synchronized Optional<NodeId> leader() {
    return running.values().stream()
        .map(NodeRuntime::status)
        .filter(status -> status.running() && status.role() == RoleName.LEADER)
        .max((a, b) -> Long.compare(a.term(), b.term()))
        .map(NodeStatus::node);
  }

  /** Stops {@code member} as if it crashed; its durable store is kept for a restart. */
  public synchronized void stopNode(NodeId member) {
    NodeRuntime node = running.remove(member);
    if (node != null) {
      network.detach(member);
      node.stop();
    }
  }

  /** Starts {@code member} again from what its store holds. */
  public synchronized void restartNode(NodeId member) {
    if (!running.containsKey(member)) {
      startNode(member);
    }
  }

  /** Stops every node; returns when their threads have ended. */
  @Override
  public synchronized void close() {
    for (NodeId member : List.copyOf(running.keySet())) {
      stopNode(member);
    }
  }

  private synchronized void startNode(NodeId member) {
    NodeRuntime node =
        NodeRuntime.start(settings.nodeConfig(member), stores.get(member), network, settings.tickPeriod());
    running.put(member, node);
    network.attach(member, node::deliver);
  }
}
