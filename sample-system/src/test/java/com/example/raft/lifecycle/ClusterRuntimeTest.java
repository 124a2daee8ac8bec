package com.example.raft.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.raft.boundary.Answer;
import com.example.raft.boundary.KvClient;
import com.example.raft.data.KvResult;
import com.example.raft.data.NodeId;
import com.example.raft.worker.NodeReply;
import com.example.raft.worker.NodeStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The real runtime: three nodes with their own threads, real ticks and an in-memory network, in this JVM. */
@DisplayName("Cluster runtime")
class ClusterRuntimeTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final Cluster cluster = Cluster.start(ClusterSettings.defaults());
  private final KvClient client = cluster.client("test-client", Duration.ofSeconds(10));

  @AfterEach
  void stop() {
    cluster.close();
  }

  @Test
  @DisplayName("a three-node cluster elects one leader that the others follow")
  void electsLeader() {
    Await.until("a leader is elected and followed by both others", PATIENCE, () -> {
      Optional<NodeId> leader = cluster.leader();
      return leader.isPresent()
          && cluster.statuses().stream().allMatch(status -> status.leader().equals(leader));
    });
  }

  @Test
  @DisplayName("writes are acknowledged and read back linearizably")
  void servesWritesAndReads() {
    assertEquals(new KvResult.Done(Optional.empty()), result(client.put("colour", "red")));
    assertEquals(new KvResult.Value(Optional.of("red")), result(client.get("colour")));
    assertEquals(new KvResult.Done(Optional.of("red")), result(client.compareAndSet("colour", "red", "blue")));
    assertEquals(new KvResult.CasMismatch(Optional.of("blue")), result(client.compareAndSet("colour", "red", "green")));
    assertEquals(new KvResult.Done(Optional.of("blue")), result(client.delete("colour")));
    assertEquals(new KvResult.Value(Optional.empty()), result(client.get("colour")));
  }

  @Test
  @DisplayName("after the leader is stopped, a new leader is elected and every acknowledged write is still readable")
  void survivesLeaderLoss() {
    for (int i = 1; i <= 5; i++) {
      assertInstanceOf(Answer.Success.class, client.put("key" + i, "value" + i));
    }
    NodeId oldLeader = cluster.leader().orElseThrow();

    cluster.stopNode(oldLeader);
    Await.until("another node leads", PATIENCE, () -> cluster.leader().filter(leader -> !leader.equals(oldLeader)).isPresent());

    assertNotEquals(oldLeader, cluster.leader().orElseThrow());
    for (int i = 1; i <= 5; i++) {
      assertEquals(new KvResult.Value(Optional.of("value" + i)), result(client.get("key" + i)));
    }
    assertEquals(new KvResult.Done(Optional.of("value1")), result(client.put("key1", "after")));
  }

  @Test
  @DisplayName("a stopped node restarts from its durable state and catches up")
  void restartedNodeCatchesUp() {
    assertInstanceOf(Answer.Success.class, client.put("before", "1"));
    NodeId follower = cluster.members().stream()
        .filter(member -> !cluster.leader().orElseThrow().equals(member))
        .findFirst()
        .orElseThrow();

    cluster.stopNode(follower);
    assertInstanceOf(Answer.Success.class, client.put("while-down", "2"));
    cluster.restartNode(follower);

    Await.until(follower + " has applied everything the leader committed", PATIENCE, () -> {
      Optional<NodeStatus> leader = cluster.leader().flatMap(cluster::node).map(node -> node.status());
      Optional<NodeStatus> restarted = cluster.node(follower).map(node -> node.status());
      return leader.isPresent() && restarted.isPresent()
          && restarted.get().lastApplied() >= 3 && restarted.get().lastApplied() == leader.get().commitIndex();
    });
  }

  @Test
  @DisplayName("the leader hands leadership to a chosen follower on request, and writes go on")
  void transfersLeadership() throws Exception {
    assertInstanceOf(Answer.Success.class, client.put("before", "1"));
    NodeId leader = cluster.leader().orElseThrow();
    NodeId target = cluster.members().stream().filter(member -> !member.equals(leader)).findFirst().orElseThrow();

    NodeReply reply = cluster.node(leader).orElseThrow().transferLeadership(target).get(10, TimeUnit.SECONDS);

    assertEquals(new NodeReply.LeaderNow(target), reply);
    Await.until(target + " leads", PATIENCE, () -> cluster.leader().equals(Optional.of(target)));
    assertEquals(new KvResult.Done(Optional.of("1")), result(client.put("before", "2")));
    NodeReply notLeader = cluster.node(leader).orElseThrow().transferLeadership(target).get(10, TimeUnit.SECONDS);
    assertEquals(new NodeReply.NotLeader(Optional.of(target)), notLeader);
  }

  @Test
  @DisplayName("closing the cluster ends every node thread")
  void closeStopsThreads() {
    Await.until("a leader is elected", PATIENCE, () -> cluster.leader().isPresent());
    cluster.close();
    assertTrue(Thread.getAllStackTraces().keySet().stream()
        .noneMatch(thread -> thread.getName().startsWith("raft-") && thread.isAlive()), "a raft-* thread survived close()");
  }

  private static KvResult result(Answer answer) {
    if (answer instanceof Answer.Success success) {
      return success.result();
    }
    throw new AssertionError("expected a result, got " + answer);
  }
}
