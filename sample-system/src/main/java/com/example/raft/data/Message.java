package com.example.raft.data;

import dev.archdoc.annotations.Decision;
import java.util.List;

/**
 * A message one node sends another. Every message carries the sender's term: that single number
 * is how stale leaders and candidates find out they are stale.
 */
public sealed interface Message
    permits Message.VoteRequest,
        Message.VoteResponse,
        Message.AppendEntries,
        Message.AppendResponse,
        Message.InstallSnapshot,
        Message.TimeoutNow {

  /** The sender. */
  NodeId from();

  /** The receiver. */
  NodeId to();

  /** The sender's term (for a pre-vote request: the term the sender would campaign in). */
  long term();

  /**
   * Asks for a vote, or with {@code preVote} asks "would you vote for me?" without anyone changing
   * term. The last log index and term let the voter refuse a candidate whose log is behind its own.
   * With {@code transfer}, the candidate campaigns because the leader asked it to (TimeoutNow), so
   * voters that still hear from that leader vote anyway instead of refusing to be disrupted.
   */
  record VoteRequest(
      NodeId from, NodeId to, long term, long lastLogIndex, long lastLogTerm, boolean preVote, boolean transfer)
      implements Message {

    /** An ordinary (pre-)vote request, not part of a leadership transfer. */
    public VoteRequest(NodeId from, NodeId to, long term, long lastLogIndex, long lastLogTerm, boolean preVote) {
      this(from, to, term, lastLogIndex, lastLogTerm, preVote, false);
    }
  }

  /** Grants or refuses a (pre-)vote; a refusal carries the voter's own term. */
  record VoteResponse(NodeId from, NodeId to, long term, boolean granted, boolean preVote)
      implements Message {}

  /**
   * The leader's only message: replicates {@code entries} after position {@code prevLogIndex}
   * (whose term must be {@code prevLogTerm} on the follower), tells the follower how far the log
   * is committed, and doubles as the heartbeat.
   *
   * <p>{@code round} numbers the leader's heartbeat rounds; the follower echoes it, and a quorum of
   * echoes of a round at least as new as a read's proves the leader was still leader when the read
   * arrived (ReadIndex).
   */
  record AppendEntries(
      NodeId from,
      NodeId to,
      long term,
      long prevLogIndex,
      long prevLogTerm,
      List<LogEntry> entries,
      long leaderCommit,
      long round)
      implements Message {

    /** Copies the entries so the message stays immutable. */
    public AppendEntries {
      entries = List.copyOf(entries);
    }
  }

  /**
   * The follower's answer to {@link AppendEntries}.
   *
   * <p>On success, {@code matchIndex} is the last index known to match the leader's log. On
   * failure, {@code rejectedPrevIndex} names the request it answers, and {@code conflictTerm} /
   * {@code conflictIndex} are hints that let the leader skip a whole term of mismatching entries
   * per round trip instead of one entry: the term of the follower's entry at the rejected
   * position (0 if it has none) and the first index the follower holds with that term (or its
   * log length + 1).
   */
  @Decision(value = "ADR-9", note = "conflictTerm and conflictIndex are the repair hints")
  record AppendResponse(
      NodeId from,
      NodeId to,
      long term,
      boolean success,
      long matchIndex,
      long rejectedPrevIndex,
      long conflictTerm,
      long conflictIndex,
      long round)
      implements Message {}

  /**
   * The leader's message to a follower that needs entries the leader has already compacted away:
   * the leader's snapshot, to replace whatever the follower has up to its last index. Answered
   * with an {@link AppendResponse} whose {@code matchIndex} is the snapshot's last index.
   */
  @Decision(value = "ADR-16", note = "a lagging follower gets the snapshot instead of entries")
  record InstallSnapshot(NodeId from, NodeId to, long term, Snapshot snapshot, long leaderCommit, long round)
      implements Message {}

  /**
   * The leader tells a follower whose log is complete to start an election now, without waiting
   * for its timeout or asking for pre-votes: the last step of a leadership transfer.
   */
  @Decision(value = "ADR-17", note = "the leader's signal to its chosen successor")
  record TimeoutNow(NodeId from, NodeId to, long term) implements Message {}
}
