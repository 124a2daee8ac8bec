//! # The Raft core: one pure function
//!
//! A Raft node is written here as a single function, `step(state, input) -> (state, effects)`.
//! Everything a node can experience is an `Input` — a tick of logical time, a message, a client
//! write, a client read — and everything it wants done is an `Effect` value: persist the term
//! and vote, persist log entries, send a message, apply committed entries, serve a read,
//! redirect a client. The function never touches a disk, a socket, a thread or a clock.
//!
//! Why shape it this way? Because Raft's hard part is the interleavings, and a pure step makes
//! every interleaving something a test can write down. The unit tests call `step` by hand with
//! the exact messages of the paper's figures; the simulation feeds thousands of seeded random
//! interleavings (loss, duplication, reordering, partitions, crashes) and checks the paper's
//! safety properties after every single step. The runtime in the worker layer is then a thin
//! loop: take the next input, call `step`, carry out the effects in order. etcd's raft
//! (`Step`/`Ready`) and RabbitMQ's `ra` (`{State, Effects}`) are built the same way.
//!
//! Reading order for the rest of the package:
//!
//! - `Elections` — pre-vote, votes, the election restriction (§5.2, §5.4.1, §9.6 of the thesis).
//! - `Leadership` — becoming leader with a no-op, heartbeats, check-quorum.
//! - `Replication` — AppendEntries on both sides, fast conflict repair, the Figure 8 commit rule.
//! - `Reads` — ReadIndex for linearizable reads without writing to the log.
//! - `Snapshots` — compacting the log, and catching up a follower the log no longer reaches.
//! - `Membership` — adding or removing one voting member at a time.
//! - `KvStateMachine` — what "apply" means: puts, deletes, compare-and-set, client sessions.
package com.example.raft.core;

import com.example.raft.data.DurableState;
import com.example.raft.data.Input;
import com.example.raft.data.Message;
import com.example.raft.data.NodeConfig;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftState;
import com.example.raft.data.Role;
import com.example.raft.data.Step;
import dev.archdoc.annotations.Decision;
import java.util.Optional;

/**
 * The Raft consensus algorithm as a pure function from a node's state and one input to its next
 * state and the effects to carry out.
 *
 * <p>Start a node with {@link #start} (first boot) or {@link #restart} (after a crash, from what
 * it had persisted), then feed every input to {@link #step} and carry out the returned effects in
 * order. Calls must be serialized per node; the function itself keeps no state between calls.
 */
@Decision(value = "ADR-2", note = "the whole algorithm behind one pure step function")
public final class RaftCore {

  private RaftCore() {}

  /** The state of a node booting for the first time: a follower in term 0 with an empty log. */
  public static RaftState start(NodeConfig config) {
    return restart(config, DurableState.EMPTY);
  }

  /**
   * The state of a node restarting from what it persisted: a follower that knows its term, vote
   * and log but nothing else — not even what is committed beyond its snapshot (snapshots only
   * ever hold committed entries), which it will learn from the leader.
   */
  public static RaftState restart(NodeConfig config, DurableState durable) {
    RaftState state =
        new RaftState(
            config,
            durable.currentTerm(),
            durable.votedFor(),
            durable.log(),
            durable.log().snapshot().lastIndex(),
            durable.log().snapshot().lastIndex(),
            new Role.Follower(),
            Optional.empty(),
            0,
            0,
            ElectionTimer.startingSeed(config.jitterSeed(), durable.currentTerm()));
    return ElectionTimer.reset(state);
  }

  //! `step` is deliberately short: react to the input, then two bookkeeping passes that every
  //! input shares. `applyCommitted` hands newly committed entries to the state machine (so
  //! "apply in order, exactly once" lives in one place), and `Reads.serveReady` releases any read
  //! whose leadership check and read index are now satisfied — after the apply, so the read sees
  //! the entries it waited for. `Effects.finish` then puts the persist effects first.

  /**
   * Advances one node by one input: returns its next state and the effects to carry out, in order.
   *
   * <p>Pure: the same state and input always give the same result, and neither argument is
   * changed.
   */
  @Decision("ADR-2")
  public static Step step(RaftState state, Input input) {
    Effects out = new Effects();
    RaftState next = react(state, input, out);
    next = Membership.afterStep(next, out);
    next = applyCommitted(next, out);
    next = Reads.serveReady(next, out);
    return out.finish(state, next);
  }

  private static RaftState react(RaftState state, Input input, Effects out) {
    if (input instanceof Input.Tick) {
      return state.isLeader() ? Leadership.tick(state, out) : Elections.tick(state, out);
    }
    if (input instanceof Input.Receive receive) {
      return receive(state, receive.message(), out);
    }
    if (input instanceof Input.ClientWrite write) {
      return Leadership.propose(state, write, out);
    }
    if (input instanceof Input.ClientRead read) {
      return Reads.register(state, read, out);
    }
    if (input instanceof Input.ChangeMembership change) {
      return Membership.propose(state, change, out);
    }
    if (input instanceof Input.TransferLeadership transfer) {
      return Leadership.transfer(state, transfer, out);
    }
    if (input instanceof Input.SnapshotTaken taken) {
      return Snapshots.compact(state, taken.snapshot());
    }
    throw new IllegalArgumentException("unknown input " + input);
  }

  //! Every message carries its sender's term, and the first thing a node does is compare it
  //! with its own (§5.1). A higher term means this node is out of date: it adopts the term and
  //! becomes a follower — with two exceptions that exist for pre-vote and check-quorum. A
  //! *pre-vote* request carries the term its sender would campaign in, not one it holds, so it
  //! must not move anyone's term; and a granted pre-vote reply echoes that hypothetical term.
  //! And a node that has heard from a live leader within the election timeout ignores vote
  //! requests altogether (leader stickiness), so one node with a flaky link cannot depose a
  //! healthy leader — unless the request says the leader itself asked for the election
  //! (leadership transfer). A lower term means the sender is out of date: requests get a refusal
  //! carrying our term (that is how a deposed leader learns), anything else is dropped.

  private static RaftState receive(RaftState state, Message message, Effects out) {
    if (!message.to().equals(state.self())) {
      return state;
    }
    if (message.term() > state.currentTerm()) {
      if (message instanceof Message.VoteRequest request) {
        if (Elections.inLease(state) && !request.transfer()) {
          out.send(Elections.refusal(state, request));
          return state;
        }
        if (!request.preVote()) {
          state = becomeFollower(state, request.term(), Optional.empty(), out);
        }
      } else if (!(message instanceof Message.VoteResponse response && response.preVote() && response.granted())) {
        Optional<NodeId> leader =
            message instanceof Message.AppendEntries || message instanceof Message.InstallSnapshot
                ? Optional.of(message.from())
                : Optional.empty();
        state = becomeFollower(state, message.term(), leader, out);
      }
    } else if (message.term() < state.currentTerm()) {
      if (message instanceof Message.AppendEntries append) {
        out.send(Replication.staleLeaderRefusal(state, append));
      } else if (message instanceof Message.InstallSnapshot install) {
        out.send(Snapshots.staleLeaderRefusal(state, install));
      } else if (message instanceof Message.VoteRequest request) {
        out.send(Elections.refusal(state, request));
      }
      return state;
    }
    if (message instanceof Message.VoteRequest request) {
      return Elections.onVoteRequest(state, request, out);
    }
    if (message instanceof Message.VoteResponse response) {
      return Elections.onVoteResponse(state, response, out);
    }
    if (message instanceof Message.AppendEntries append) {
      return Replication.onAppendEntries(state, append, out);
    }
    if (message instanceof Message.AppendResponse response) {
      return state.isLeader() ? Replication.onAppendResponse(state, response, out) : state;
    }
    if (message instanceof Message.InstallSnapshot install) {
      return Snapshots.onInstallSnapshot(state, install, out);
    }
    if (message instanceof Message.TimeoutNow timeoutNow) {
      return Elections.onTimeoutNow(state, timeoutNow, out);
    }
    throw new IllegalArgumentException("unknown message " + message);
  }

  /**
   * {@code state} as a follower in {@code term} (forgetting its vote if the term is new), with
   * {@code leader} as the known leader. A leader stepping down redirects its waiting reads.
   */
  static RaftState becomeFollower(RaftState state, long term, Optional<NodeId> leader, Effects out) {
    if (state.role() instanceof Role.Leader leaderRole) {
      leaderRole.pendingReads().forEach(read -> out.redirect(read.requestId(), leader));
    }
    if (term > state.currentTerm()) {
      state = state.withTermAndVote(term, Optional.empty());
    }
    return ElectionTimer.reset(state.withRole(new Role.Follower()).withLeader(leader));
  }

  //! The commit index only ever says what is *safe* to apply; `lastApplied` says what has been
  //! handed out. Keeping both in the state and emitting one `ApplyEntries` for the gap means
  //! every node applies every entry exactly once, in log order — State Machine Safety is then
  //! a property of the log alone. After a restart both start at the last index of the node's
  //! snapshot (0 if it has none; `restart` sets them so): the state machine is rebuilt from the
  //! snapshot, and the node re-applies the entries after it, once the leader tells it how far
  //! they are committed.

  private static RaftState applyCommitted(RaftState state, Effects out) {
    if (state.commitIndex() <= state.lastApplied()) {
      return state;
    }
    out.apply(state.log().between(state.lastApplied() + 1, state.commitIndex()));
    return state.withLastApplied(state.commitIndex());
  }
}
