//! # Elections: pre-vote, vote, and who may win
//!
//! A follower that has not heard from a leader for its (randomized) election timeout does not
//! start an election straight away. It first becomes a *pre-candidate* and asks every peer
//! "would you vote for me in the next term?" (`VoteRequest` with `preVote = true`). Nobody
//! changes term for a pre-vote. A peer says yes only if it has not heard from a leader within
//! its own election timeout and the asker's log is at least as up to date as its own. Only
//! with a majority of yeses does the node increment its term and ask for real votes.
//!
//! Why bother? Without pre-vote, a node cut off by a partition keeps timing out and
//! incrementing its term; when it rejoins, its high term forces the healthy leader to step
//! down for nothing. With pre-vote the partitioned node never gets a majority of yeses, so its
//! term never moves and its return is harmless (Ongaro's thesis §9.6).
//!
//! The real vote is Raft's §5.2 and §5.4.1: one vote per term, recorded durably before the
//! reply (see `Effects`), and only for a candidate whose log is at least as up to date —
//! the *election restriction* that guarantees every elected leader already holds every
//! committed entry (Leader Completeness).
package com.example.raft.core;

import com.example.raft.data.Message;
import com.example.raft.data.Message.VoteRequest;
import com.example.raft.data.Message.VoteResponse;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftState;
import com.example.raft.data.Role;
import dev.archdoc.annotations.Decision;
import java.util.Optional;
import java.util.TreeSet;

/** Pre-vote, vote requests and replies, and the follower/candidate election timer. */
final class Elections {

  private Elections() {}

  /** A follower or candidate lets time pass; at its timeout it starts a pre-vote. */
  static RaftState tick(RaftState state, Effects out) {
    int elapsed = state.electionElapsed() + 1;
    if (elapsed < state.electionTimeout()) {
      return state.withElectionElapsed(elapsed);
    }
    if (!state.isMember()) {
      return ElectionTimer.reset(state); // a node that is not (or no longer) a voting member never campaigns
    }
    return startPreVote(state, out);
  }

  /**
   * Whether this node has heard from a leader within the base election timeout; such a node
   * refuses (pre-)votes, so a live leader is not deposed by a node that merely lost touch.
   */
  @Decision(value = "ADR-5", note = "leader stickiness: refuse votes while a leader is live")
  static boolean inLease(RaftState state) {
    return state.leader().isPresent()
        && state.electionElapsed() < state.config().electionTimeoutTicks();
  }

  /** Becomes a pre-candidate and asks every peer whether it would vote for this node next term. */
  @Decision(value = "ADR-5", note = "pre-vote before incrementing the term")
  static RaftState startPreVote(RaftState state, Effects out) {
    TreeSet<NodeId> self = new TreeSet<>();
    self.add(state.self());
    state = ElectionTimer.reset(state.withRole(new Role.PreCandidate(self)).withLeader(Optional.empty()));
    if (state.isQuorum(self)) {
      return startElection(state, false, out);
    }
    for (NodeId peer : state.peers()) {
      out.send(
          new VoteRequest(
              state.self(),
              peer,
              state.currentTerm() + 1,
              state.log().lastIndex(),
              state.log().lastTerm(),
              true));
    }
    return state;
  }

  /**
   * Starts a real election: next term, vote for itself, ask every peer. With {@code transfer},
   * the current leader asked for it, and the vote requests say so.
   */
  static RaftState startElection(RaftState state, boolean transfer, Effects out) {
    TreeSet<NodeId> self = new TreeSet<>();
    self.add(state.self());
    state =
        ElectionTimer.reset(
            state
                .withTermAndVote(state.currentTerm() + 1, Optional.of(state.self()))
                .withRole(new Role.Candidate(self))
                .withLeader(Optional.empty()));
    if (state.isQuorum(self)) {
      return Leadership.becomeLeader(state, out);
    }
    for (NodeId peer : state.peers()) {
      out.send(
          new VoteRequest(
              state.self(),
              peer,
              state.currentTerm(),
              state.log().lastIndex(),
              state.log().lastTerm(),
              false,
              transfer));
    }
    return state;
  }

  /** The leader hands over: campaign now, skipping the timeout and the pre-vote. */
  @Decision(value = "ADR-17", note = "the successor campaigns at once, without pre-vote")
  static RaftState onTimeoutNow(RaftState state, Message.TimeoutNow timeoutNow, Effects out) {
    if (!(state.role() instanceof Role.Follower) || !state.leader().equals(Optional.of(timeoutNow.from()))) {
      return state;
    }
    return startElection(state, true, out);
  }

  /**
   * Answers a (pre-)vote request whose term is not below ours. A vote is granted at most once per
   * term and only to a candidate whose log is at least as up to date as ours.
   */
  static RaftState onVoteRequest(RaftState state, VoteRequest request, Effects out) {
    boolean candidateLogOk = state.log().isNotAheadOf(request.lastLogIndex(), request.lastLogTerm());
    if (request.preVote()) {
      boolean grant = request.term() > state.currentTerm() && candidateLogOk && !inLease(state);
      long term = grant ? request.term() : state.currentTerm();
      out.send(new VoteResponse(state.self(), request.from(), term, grant, true));
      return state;
    }
    boolean free =
        state.votedFor().map(request.from()::equals).orElse(state.leader().isEmpty());
    boolean grant = request.term() == state.currentTerm() && free && candidateLogOk;
    if (grant) {
      state = state.withTermAndVote(state.currentTerm(), Optional.of(request.from())).withElectionElapsed(0);
    }
    out.send(new VoteResponse(state.self(), request.from(), state.currentTerm(), grant, false));
    return state;
  }

  /** Counts a (pre-)vote; a majority moves a pre-candidate to candidate, a candidate to leader. */
  static RaftState onVoteResponse(RaftState state, VoteResponse response, Effects out) {
    if (!response.granted()) {
      return state;
    }
    if (response.preVote()) {
      if (state.role() instanceof Role.PreCandidate pre && response.term() == state.currentTerm() + 1) {
        Role.PreCandidate more = pre.grantedBy(response.from());
        state = state.withRole(more);
        return state.isQuorum(more.granted()) ? startElection(state, false, out) : state;
      }
      return state;
    }
    if (state.role() instanceof Role.Candidate candidate && response.term() == state.currentTerm()) {
      Role.Candidate more = candidate.grantedBy(response.from());
      state = state.withRole(more);
      return state.isQuorum(more.granted()) ? Leadership.becomeLeader(state, out) : state;
    }
    return state;
  }

  /** A refusal of {@code request} carrying our term, so a stale candidate catches up. */
  static Message refusal(RaftState state, VoteRequest request) {
    return new VoteResponse(state.self(), request.from(), state.currentTerm(), false, request.preVote());
  }

}
