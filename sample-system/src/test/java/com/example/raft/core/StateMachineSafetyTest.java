package com.example.raft.core;

import static com.example.raft.core.Harness.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.raft.data.LogEntry;
import com.example.raft.data.Message;
import com.example.raft.data.NodeId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * State Machine Safety (Figure 3): if a node has applied an entry at an index, no node ever
 * applies a different entry there; and each node applies every entry once, in order.
 */
@DisplayName("State machine safety")
class StateMachineSafetyTest {

  private final NodeId n1 = id(1);
  private final NodeId n3 = id(3);

  @Test
  @DisplayName("every node applies the same entries in log order, each exactly once, despite duplicated messages")
  void sameEntriesInOrderOnce() {
    Harness cluster = busyCluster();

    List<LogEntry> reference = cluster.node(n1).applied;
    assertEquals(21, reference.size(), "the no-op and twenty writes");
    for (Harness.Node node : cluster.nodes.values()) {
      assertEquals(reference, node.applied, node.config.self() + " applied a different sequence");
      for (int i = 0; i < node.applied.size(); i++) {
        assertEquals(i + 1L, node.applied.get(i).index(), "applied out of order or twice");
      }
      assertEquals(cluster.node(n1).store, node.store);
    }
  }

  @Test
  @DisplayName("a restarted node re-applies the log from the start into a fresh store and reaches the same state")
  void restartReappliesFromStart() {
    Harness cluster = busyCluster();
    cluster.crash(n3);
    cluster.restart(n3);
    assertTrue(cluster.node(n3).applied.isEmpty());

    cluster.tick(n1, 2);
    cluster.deliverAll();

    assertEquals(cluster.node(n1).applied, cluster.node(n3).applied);
    assertEquals(cluster.node(n1).store, cluster.node(n3).store);
  }

  /** Three nodes, twenty writes, every message delivered twice, then a heartbeat to spread the commit index. */
  private Harness busyCluster() {
    Harness cluster = Harness.fresh(3);
    cluster.elect(n1);
    for (int i = 1; i <= 20; i++) {
      cluster.write(n1, Harness.put("c", i, "k" + (i % 4), "v" + i));
      List<Message> copies = new ArrayList<>(cluster.inFlight);
      cluster.inFlight.addAll(copies);
      cluster.deliverAll();
    }
    cluster.tick(n1, 2);
    cluster.deliverAll();
    return cluster;
  }
}
