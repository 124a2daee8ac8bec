package com.example.raft.data;

import java.util.Optional;

/**
 * Everything one node knows, as one immutable value: the input and output of every step.
 *
 * <p>Term, vote and log are the durable part (see {@link DurableState}); the rest is volatile and
 * rebuilt after a crash. Timers are tick counters, and the election-timeout jitter is a seed that
 * each draw replaces, so the whole state — randomness included — is a value.
 *
 * @param config the node's fixed configuration
 * @param currentTerm the latest term this node has seen
 * @param votedFor whom this node voted for in {@code currentTerm}
 * @param log the replicated log
 * @param commitIndex the highest index known to be committed
 * @param lastApplied the highest index handed to the state machine
 * @param role the role and its bookkeeping
 * @param leader the leader of {@code currentTerm}, when known
 * @param electionElapsed ticks since the leader was last heard from (or, for a leader, since the
 *     last check-quorum)
 * @param electionTimeout the randomized number of ticks after which a follower campaigns
 * @param jitterSeed the seed of the next election-timeout draw
 */
public record RaftState(
    NodeConfig config,
    long currentTerm,
    Optional<NodeId> votedFor,
    RaftLog log,
    long commitIndex,
    long lastApplied,
    Role role,
    Optional<NodeId> leader,
    int electionElapsed,
    int electionTimeout,
    long jitterSeed) {

  /** This node's id. */
  public NodeId self() {
    return config.self();
  }

  /**
   * The voting members now: those of the latest membership change in the log (committed or
   * not), else the configured ones.
   */
  public java.util.List<NodeId> members() {
    return log.latestMembers().orElse(config.members());
  }

  /** The other voting members, in order. */
  public java.util.List<NodeId> peers() {
    return members().stream().filter(member -> !member.equals(self())).toList();
  }

  /** Whether this node is a voting member now. */
  public boolean isMember() {
    return members().contains(self());
  }

  /** How many of {@code voters} are members now, and whether they make a majority of them. */
  public boolean isQuorum(java.util.Collection<NodeId> voters) {
    java.util.List<NodeId> members = members();
    long counted = voters.stream().distinct().filter(members::contains).count();
    return counted >= members.size() / 2 + 1;
  }

  /** Whether this node currently leads. */
  public boolean isLeader() {
    return role instanceof Role.Leader;
  }

  /** The durable part of this state. */
  public DurableState durable() {
    return new DurableState(currentTerm, votedFor, log);
  }

  /** This state in {@code term} having voted for {@code vote} (term and vote change together). */
  public RaftState withTermAndVote(long term, Optional<NodeId> vote) {
    return new RaftState(config, term, vote, log, commitIndex, lastApplied, role, leader, electionElapsed, electionTimeout, jitterSeed);
  }

  /** This state with another log. */
  public RaftState withLog(RaftLog newLog) {
    return new RaftState(config, currentTerm, votedFor, newLog, commitIndex, lastApplied, role, leader, electionElapsed, electionTimeout, jitterSeed);
  }

  /** This state with another commit index. */
  public RaftState withCommitIndex(long index) {
    return new RaftState(config, currentTerm, votedFor, log, index, lastApplied, role, leader, electionElapsed, electionTimeout, jitterSeed);
  }

  /** This state with another last-applied index. */
  public RaftState withLastApplied(long index) {
    return new RaftState(config, currentTerm, votedFor, log, commitIndex, index, role, leader, electionElapsed, electionTimeout, jitterSeed);
  }

  /** This state in another role. */
  public RaftState withRole(Role newRole) {
    return new RaftState(config, currentTerm, votedFor, log, commitIndex, lastApplied, newRole, leader, electionElapsed, electionTimeout, jitterSeed);
  }

  /** This state with another known leader. */
  public RaftState withLeader(Optional<NodeId> newLeader) {
    return new RaftState(config, currentTerm, votedFor, log, commitIndex, lastApplied, role, newLeader, electionElapsed, electionTimeout, jitterSeed);
  }

  /** This state with the election counter at {@code elapsed}. */
  public RaftState withElectionElapsed(int elapsed) {
    return new RaftState(config, currentTerm, votedFor, log, commitIndex, lastApplied, role, leader, elapsed, electionTimeout, jitterSeed);
  }

  /** This state with a freshly drawn election timeout, the counter at zero and the next seed. */
  public RaftState withElectionTimer(int timeout, long nextSeed) {
    return new RaftState(config, currentTerm, votedFor, log, commitIndex, lastApplied, role, leader, 0, timeout, nextSeed);
  }
}
