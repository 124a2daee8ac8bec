package com.example.raft.data;

import java.util.List;

/**
 * What a node needs to know to run Raft: who it is, who the members are, how many ticks its
 * timeouts last, and the seed of its election-timeout jitter.
 *
 * <p>The seed is explicit so the core stays a pure function: the same config and inputs give the
 * same elections, in a test, in a simulation replayed from its seed, or in production.
 *
 * @param self this node
 * @param members the voting members the cluster starts with, in a fixed order; a node that is not
 *     among them joins when a membership change adds it
 * @param electionTimeoutTicks the base election timeout; each wait is drawn from [base, 2 × base)
 * @param heartbeatIntervalTicks how often a leader sends heartbeats; well below the election timeout
 * @param maxEntriesPerAppend how many entries one AppendEntries carries at most
 * @param jitterSeed the seed of this node's election-timeout randomness
 */
public record NodeConfig(
    NodeId self,
    List<NodeId> members,
    int electionTimeoutTicks,
    int heartbeatIntervalTicks,
    int maxEntriesPerAppend,
    long jitterSeed) {

  /** Checks the settings a cluster cannot work with. */
  public NodeConfig {
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a cluster needs at least one member");
    }
    if (members.stream().distinct().count() != members.size()) {
      throw new IllegalArgumentException("members repeat: " + members);
    }
    if (heartbeatIntervalTicks < 1 || electionTimeoutTicks <= heartbeatIntervalTicks) {
      throw new IllegalArgumentException(
          "need 1 <= heartbeat interval < election timeout, got "
              + heartbeatIntervalTicks
              + " and "
              + electionTimeoutTicks);
    }
    if (maxEntriesPerAppend < 1) {
      throw new IllegalArgumentException("an append must be allowed to carry an entry");
    }
  }

  /** The other members, in member order. */
  public List<NodeId> peers() {
    return members.stream().filter(member -> !member.equals(self)).toList();
  }

  /** How many members make a majority. */
  public int quorum() {
    return members.size() / 2 + 1;
  }
}
