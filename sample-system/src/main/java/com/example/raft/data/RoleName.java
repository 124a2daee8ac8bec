package com.example.raft.data;

/** The four roles a node moves between, as a plain name for status output and effects. */
public enum RoleName {
  /** Follows a leader, or waits for one. */
  FOLLOWER,
  /** Asks whether it could win an election before disturbing anyone (pre-vote). */
  PRE_CANDIDATE,
  /** Campaigns for votes in a new term. */
  CANDIDATE,
  /** Accepts client requests and replicates the log. */
  LEADER
}
