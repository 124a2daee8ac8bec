package com.example.raft.data;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The role-specific part of a node's state. Each role carries only what that role needs, so a
 * follower cannot accidentally hold a leader's bookkeeping.
 *
 * <p>Collections inside are sorted by node id: iteration order must be the same on every run.
 */
public sealed interface Role permits Role.Follower, Role.PreCandidate, Role.Candidate, Role.Leader {

  /** The role's plain name. */
  RoleName name();

  /** Follows the leader named in the node state, or waits for one. */
  record Follower() implements Role {
    @Override
    public RoleName name() {
      return RoleName.FOLLOWER;
    }
  }

  /** Collecting pre-votes for the term after the current one; {@code granted} includes itself. */
  record PreCandidate(SortedSet<NodeId> granted) implements Role {
    /** Keeps an immutable sorted copy. */
    public PreCandidate {
      granted = Collections.unmodifiableSortedSet(new TreeSet<>(granted));
    }

    @Override
    public RoleName name() {
      return RoleName.PRE_CANDIDATE;
    }

    /** This role with {@code voter}'s pre-vote added. */
    public PreCandidate grantedBy(NodeId voter) {
      TreeSet<NodeId> more = new TreeSet<>(granted);
      more.add(voter);
      return new PreCandidate(more);
    }
  }

  /** Collecting votes for the current term; {@code granted} includes itself. */
  record Candidate(SortedSet<NodeId> granted) implements Role {
    /** Keeps an immutable sorted copy. */
    public Candidate {
      granted = Collections.unmodifiableSortedSet(new TreeSet<>(granted));
    }

    @Override
    public RoleName name() {
      return RoleName.CANDIDATE;
    }

    /** This role with {@code voter}'s vote added. */
    public Candidate grantedBy(NodeId voter) {
      TreeSet<NodeId> more = new TreeSet<>(granted);
      more.add(voter);
      return new Candidate(more);
    }
  }

  /**
   * Leads the current term.
   *
   * @param progress replication progress of each follower
   * @param termStartIndex the index of this term's no-op: nothing is known committed in this term
   *     before it is, so reads wait for at least this index
   * @param round the newest heartbeat round sent
   * @param pendingReads reads waiting for leadership confirmation or for the applier
   * @param recentlyActive followers heard from since the last check-quorum
   * @param heartbeatElapsed ticks since the last heartbeat broadcast
   * @param transferee the follower leadership is being handed to, if a transfer is under way;
   *     the leader takes no new writes meanwhile
   */
  record Leader(
      SortedMap<NodeId, Progress> progress,
      long termStartIndex,
      long round,
      List<PendingRead> pendingReads,
      SortedSet<NodeId> recentlyActive,
      int heartbeatElapsed,
      Optional<NodeId> transferee)
      implements Role {

    /** Keeps immutable sorted copies. */
    public Leader {
      progress = Collections.unmodifiableSortedMap(new TreeMap<>(progress));
      pendingReads = List.copyOf(pendingReads);
      recentlyActive = Collections.unmodifiableSortedSet(new TreeSet<>(recentlyActive));
    }

    @Override
    public RoleName name() {
      return RoleName.LEADER;
    }

    /** The progress of {@code follower}. */
    public Progress progressOf(NodeId follower) {
      return progress.get(follower);
    }

    /** This role with {@code follower}'s progress replaced. */
    public Leader withProgress(NodeId follower, Progress updated) {
      TreeMap<NodeId, Progress> copy = new TreeMap<>(progress);
      copy.put(follower, updated);
      return new Leader(copy, termStartIndex, round, pendingReads, recentlyActive, heartbeatElapsed, transferee);
    }

    /** This role with a new list of pending reads and newest round. */
    public Leader withReads(long newRound, List<PendingRead> reads) {
      return new Leader(progress, termStartIndex, newRound, reads, recentlyActive, heartbeatElapsed, transferee);
    }

    /** This role with {@code follower} marked as heard from in this check-quorum period. */
    public Leader heardFrom(NodeId follower) {
      if (recentlyActive.contains(follower)) {
        return this;
      }
      TreeSet<NodeId> more = new TreeSet<>(recentlyActive);
      more.add(follower);
      return new Leader(progress, termStartIndex, round, pendingReads, more, heartbeatElapsed, transferee);
    }

    /** This role with the check-quorum period restarted. */
    public Leader forgetActivity() {
      return new Leader(progress, termStartIndex, round, pendingReads, new TreeSet<>(), heartbeatElapsed, transferee);
    }

    /** This role handing leadership to {@code target}, or (empty) no longer. */
    public Leader withTransferee(Optional<NodeId> target) {
      return new Leader(progress, termStartIndex, round, pendingReads, recentlyActive, heartbeatElapsed, target);
    }

    /** This role with a new heartbeat counter. */
    public Leader withHeartbeatElapsed(int elapsed) {
      return new Leader(progress, termStartIndex, round, pendingReads, recentlyActive, elapsed, transferee);
    }
  }
}
