package com.example.raft.lifecycle;

import com.example.raft.data.NodeConfig;
import com.example.raft.data.NodeId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How to run a cluster in this JVM: how many nodes, how long a tick is, how many ticks the
 * timeouts last, and the seed every node's election jitter is derived from.
 *
 * @param nodeCount number of voting members, named n1, n2, ...
 * @param tickPeriod real time per logical tick
 * @param electionTimeoutTicks base election timeout in ticks (each wait is 1–2 × this)
 * @param heartbeatIntervalTicks leader heartbeat interval in ticks
 * @param maxEntriesPerAppend entries per AppendEntries at most
 * @param seed root of the nodes' jitter seeds
 */
public record ClusterSettings(
    int nodeCount,
    Duration tickPeriod,
    int electionTimeoutTicks,
    int heartbeatIntervalTicks,
    int maxEntriesPerAppend,
    long seed) {

  /**
   * Three nodes with a 10 ms tick: heartbeats every 30 ms, elections after 150–300 ms of silence.
   * Generous enough for a busy laptop; a real deployment would tune these to its network.
   */
  public static ClusterSettings defaults() {
    return new ClusterSettings(3, Duration.ofMillis(10), 15, 3, 64, 42);
  }

  /** Rejects cluster sizes and tick periods that cannot work. */
  public ClusterSettings {
    if (nodeCount < 1 || nodeCount > 9) {
      throw new IllegalArgumentException("a cluster has 1 to 9 nodes, not " + nodeCount);
    }
    if (tickPeriod.isZero() || tickPeriod.isNegative()) {
      throw new IllegalArgumentException("the tick period must be positive");
    }
  }

  /** These settings with another node count. */
  public ClusterSettings withNodeCount(int count) {
    return new ClusterSettings(count, tickPeriod, electionTimeoutTicks, heartbeatIntervalTicks, maxEntriesPerAppend, seed);
  }

  /** These settings with another seed. */
  public ClusterSettings withSeed(long newSeed) {
    return new ClusterSettings(nodeCount, tickPeriod, electionTimeoutTicks, heartbeatIntervalTicks, maxEntriesPerAppend, newSeed);
  }

  /** The member ids n1..nN. */
  public List<NodeId> members() {
    List<NodeId> members = new ArrayList<>();
    for (int i = 1; i <= nodeCount; i++) {
      members.add(NodeId.of("n" + i));
    }
    return List.copyOf(members);
  }

  /** The configuration of member {@code node}, with its own jitter seed split from {@link #seed}. */
  public NodeConfig nodeConfig(NodeId node) {
    List<NodeId> members = members();
    SplittableRandom seeds = new SplittableRandom(seed);
    long nodeSeed = 0;
    for (int i = 0; i <= members.indexOf(node); i++) {
      nodeSeed = seeds.nextLong();
    }
    return new NodeConfig(node, members, electionTimeoutTicks, heartbeatIntervalTicks, maxEntriesPerAppend, nodeSeed);
  }
}
