package com.example.raft.data;

/**
 * What a leader knows about one follower.
 *
 * @param nextIndex the next entry to send; the leader probes back from here on rejection
 * @param matchIndex the highest entry known to be replicated on the follower
 * @param ackedRound the newest heartbeat round the follower has answered in this term
 */
public record Progress(long nextIndex, long matchIndex, long ackedRound) {

  /** This progress with a new next index. */
  public Progress withNextIndex(long next) {
    return new Progress(next, matchIndex, ackedRound);
  }
}
