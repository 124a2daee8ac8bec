//! # The runtime: a thin imperative shell around the pure core
//!
//! Each node is one single-threaded event loop. Everything that happens to the node — a tick
//! of the real clock every `tickPeriod`, a message from the transport, a client request — is
//! queued as a task on that one thread, so the node's state needs no locks: only the loop
//! thread ever touches it. Each task does the same three things:
//!
//! 1. turn the event into an `Input` and call `RaftCore.step(state, input)`;
//! 2. keep the returned state;
//! 3. carry out the returned effects **in order**: persist to the `DurableStore`, send through
//!    the `Transport`, apply committed entries through the `Applier` and answer the clients
//!    waiting for them, serve confirmed reads, redirect clients.
//!
//! Because step 3 runs the effects in list order and the core lists persistence first, a vote
//! or an appended entry is in the store before any message that depends on it is sent.
//!
//! **Group commit.** An fsync costs a millisecond or more, and paying it once per step would cap
//! a node at a few hundred steps a second. So the loop takes work in **batches**: it drains every
//! task already queued (up to `MAX_BATCH`), steps the core for each one and writes their persist
//! effects to the store at once (buffered), but holds back every other effect. Then it calls
//! `store.sync()` **once** for the whole batch, and only after that carries out the held-back
//! effects, in their original order. Nothing that depends on a save — a vote reply, an append
//! acknowledgement, a client's answer — leaves the node before the save is on disk, and sixty-four
//! concurrent clients share one fsync instead of queueing for sixty-four.
//!
//! A batch also coalesces the leader's messages: each client write makes the core send every
//! follower an AppendEntries from that follower's `nextIndex`, so a batch of sixty-four writes
//! holds sixty-four appends to the same follower starting at the same place, each a prefix of
//! the next. Only the last is sent. Dropping the others is safe for the same reason a lossy
//! network is: Raft never relies on any one message arriving, and the last one carries the most
//! entries, the newest commit index and the newest heartbeat round.
//!
//! **How a write completes.** The boundary calls `write(command)`. The loop gives the request
//! an id, remembers the caller's future under that id and the command's session (client id,
//! sequence), and steps the core with `ClientWrite`. On a follower the core answers at once
//! with `RedirectClient`. On the leader the entry is appended, persisted and sent; when a
//! later step commits it, an `ApplyEntries` effect arrives, the applier runs the entry through
//! the key-value state machine, and the future of every request with that session is
//! completed with the answer. If the node loses leadership first (`RoleChanged`), waiting
//! writes are told `NotLeader`; the client retries elsewhere with the same sequence number,
//! and the session table makes sure the write still takes effect only once.
package com.example.raft.worker;

import com.example.raft.core.RaftCore;
import com.example.raft.data.ClientCommand;
import com.example.raft.data.Effect;
import com.example.raft.data.Input;
import com.example.raft.data.KvResult;
import com.example.raft.data.LogEntry;
import com.example.raft.data.NodeConfig;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftState;
import com.example.raft.data.RoleName;
import com.example.raft.data.Snapshot;
import com.example.raft.data.Step;
import com.example.raft.data.Message;
import dev.archdoc.annotations.Decision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Runs one Raft node: a single thread that feeds ticks, messages and client requests to {@link
 * RaftCore#step} and carries out the effects it returns, syncing the store once per batch.
 *
 * <p>Start it with {@link #start}, hand it incoming messages with {@link #deliver}, ask it to
 * {@link #write} or {@link #read}, and {@link #stop} it. All methods are thread-safe; the Raft
 * state itself is confined to the node's thread.
 *
 * <p>A node made with {@link #driven} has no thread and no clock of its own: whoever holds it
 * runs its loop one batch at a time with {@link #runOnce} and tells it the time through the
 * clock it was given. The deterministic simulation drives real nodes this way.
 */
@Decision(value = "ADR-10", note = "drives the core; storage and network are interfaces")
@Decision(value = "ADR-18", note = "one pass of the loop, run by its thread or by a deterministic driver")
public final class NodeRuntime implements NodeEndpoint {

  /** Applied entries between snapshots, unless the node is started with another figure. */
  public static final long DEFAULT_SNAPSHOT_EVERY = 10_000;
  /** At most this many queued tasks share one sync. */
  static final int MAX_BATCH = 512;
  /** Tasks waiting beyond this are refused: messages dropped (Raft tolerates it), clients told to retry. */
  static final int QUEUE_CAPACITY = 16_384;

  private final NodeId id;
  private final DurableStore store;
  private final Transport transport;
  private final long tickNanos;
  private final LongSupplier nanos;
  private final Observer observer;
  /** The loop's own thread, or null for a node {@link #driven} by its caller. */
  private final Thread thread;
  private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
  private final Applier applier;
  private final long snapshotEvery;
  private final Set<CompletableFuture<NodeReply>> unanswered = ConcurrentHashMap.newKeySet();
  private volatile boolean running = true;

  // Confined to the loop thread.
  private RaftState state;
  private long nextRequestId = 1;
  private final Map<Long, CompletableFuture<NodeReply>> waitingReads = new HashMap<>();
  private final List<WaitingWrite> waitingWrites = new ArrayList<>();
  private final List<Effect> heldBack = new ArrayList<>();
  private boolean unsynced;
  private long snapshotsInstalled;

  private volatile NodeStatus status;

  private record WaitingWrite(long requestId, ClientCommand command, CompletableFuture<NodeReply> reply) {}

  private record WaitingTransfer(long requestId, NodeId target, long deadlineNanos, CompletableFuture<NodeReply> reply) {}

  private Optional<WaitingTransfer> waitingTransfer = Optional.empty();

  private record WaitingChange(long requestId, List<NodeId> members, CompletableFuture<NodeReply> reply) {}

  private final List<WaitingChange> waitingChanges = new ArrayList<>();

  /**
   * Sees what a node's state machine does, as it does it: for tests that check every applied
   * entry. Called on the thread that runs the node's loop.
   */
  public interface Observer {
    /** Nothing to see. */
    Observer NONE = new Observer() {};

    /** The state machine applied {@code entry} and answered {@code result}. */
    default void applied(LogEntry entry, KvResult result) {}

    /** The state machine was replaced by {@code snapshot}, installed from the leader. */
    default void restored(Snapshot snapshot) {}
  }

  private NodeRuntime(NodeConfig config, DurableStore store, Transport transport, Duration tickPeriod, long snapshotEvery,
      LongSupplier nanos, Observer observer, boolean ownThread) {
    if (snapshotEvery < 1) {
      throw new IllegalArgumentException("snapshot every 1 or more entries, not " + snapshotEvery);
    }
    this.id = config.self();
    this.store = store;
    this.transport = transport;
    this.tickNanos = tickPeriod.toNanos();
    this.snapshotEvery = snapshotEvery;
    this.nanos = nanos;
    this.observer = observer;
    this.state = RaftCore.restart(config, store.recover());
    this.applier = new Applier(state.log().snapshot());
    this.thread = ownThread ? new Thread(this::loop, "raft-" + config.self()) : null;
    this.status = statusNow(true);
  }

  /**
   * Starts a node from whatever {@code store} holds (nothing, on first boot) and ticks it every
   * {@code tickPeriod}. Incoming messages must be routed to {@link #deliver}.
   */
  public static NodeRuntime start(NodeConfig config, DurableStore store, Transport transport, Duration tickPeriod) {
    return start(config, store, transport, tickPeriod, DEFAULT_SNAPSHOT_EVERY);
  }

  /**
   * As {@link #start(NodeConfig, DurableStore, Transport, Duration)}, snapshotting the store and
   * compacting the log whenever {@code snapshotEvery} entries have been applied since the last
   * snapshot.
   */
  public static NodeRuntime start(NodeConfig config, DurableStore store, Transport transport, Duration tickPeriod, long snapshotEvery) {
    NodeRuntime node = new NodeRuntime(config, store, transport, tickPeriod, snapshotEvery, System::nanoTime, Observer.NONE, true);
    node.thread.start();
    return node;
  }

  /**
   * A node with no thread of its own, for a deterministic driver: nothing happens until the caller
   * calls {@link #runOnce}, which runs one pass of the same loop {@link #start} runs on its thread.
   * {@code nanos} is the node's clock (leadership-transfer deadlines are measured on it); {@code
   * tickPeriod} only converts election timeouts to that clock, since the caller decides when the
   * node ticks. Every method must then be called from one thread.
   */
  public static NodeRuntime driven(NodeConfig config, DurableStore store, Transport transport, Duration tickPeriod,
      long snapshotEvery, LongSupplier nanos, Observer observer) {
    return new NodeRuntime(config, store, transport, tickPeriod, snapshotEvery, nanos, observer, false);
  }

  /**
   * Runs one pass of the loop of a {@link #driven} node: every task queued so far (up to {@code
   * MAX_BATCH}), then a tick if {@code tick}, as one batch — saves, one sync, then the held-back
   * effects. Does nothing once the node is stopped. A failure (of the store, say) is thrown to
   * the caller with nothing held back released, as a crash would leave it; the node must then be
   * stopped and not run again.
   */
  public void runOnce(boolean tick) {
    if (thread != null) {
      throw new IllegalStateException("node " + id + " runs its own loop thread");
    }
    if (!running) {
      return;
    }
    List<Runnable> batch = new ArrayList<>();
    queue.drainTo(batch, MAX_BATCH);
    runBatch(batch, tick);
  }

  /**
   * The Raft state of a {@link #driven} node as of its last pass, for checks; a node with its own
   * thread keeps its state to that thread and refuses.
   */
  public RaftState coreState() {
    if (thread != null) {
      throw new IllegalStateException("node " + id + " keeps its state to its loop thread");
    }
    return state;
  }

  /** This node's id. */
  public NodeId id() {
    return id;
  }

  /** Queues an incoming message; never blocks. Messages to a stopped or overloaded node are dropped. */
  public void deliver(Message message) {
    queue.offer(() -> advance(new Input.Receive(message)));
  }

  /**
   * Asks this node to commit {@code command}. Completes with the state machine's answer once the
   * entry is applied here, or with {@link NodeReply.NotLeader} if this node cannot commit it.
   */
  @Override
  public CompletableFuture<NodeReply> write(ClientCommand command) {
    CompletableFuture<NodeReply> reply = track(new CompletableFuture<>());
    submit(reply, () -> {
      long requestId = nextRequestId++;
      waitingWrites.add(new WaitingWrite(requestId, command, reply));
      advance(new Input.ClientWrite(requestId, command));
    });
    return reply;
  }

  /** Asks this node for a linearizable read of {@code key} (ReadIndex); redirects unless it leads. */
  @Override
  public CompletableFuture<NodeReply> read(String key) {
    CompletableFuture<NodeReply> reply = track(new CompletableFuture<>());
    submit(reply, () -> {
      long requestId = nextRequestId++;
      waitingReads.put(requestId, reply);
      advance(new Input.ClientRead(requestId, key));
    });
    return reply;
  }

  /**
   * Asks this node, if it leads, to hand leadership to {@code target} (thesis §3.10). Completes
   * with {@link NodeReply.LeaderNow} when this node hears that the target leads, {@link
   * NodeReply.NotLeader} if this node does not lead, or {@link NodeReply.Refused} if the target
   * is not another member or the hand-over does not happen within three election timeouts.
   */
  @Override
  public CompletableFuture<NodeReply> transferLeadership(NodeId target) {
    CompletableFuture<NodeReply> reply = track(new CompletableFuture<>());
    submit(reply, () -> {
      if (!state.isLeader()) {
        reply.complete(new NodeReply.NotLeader(state.leader()));
        return;
      }
      if (!state.peers().contains(target)) {
        reply.complete(new NodeReply.Refused(target + " is not another member of " + state.members()));
        return;
      }
      waitingTransfer.ifPresent(earlier -> earlier.reply().complete(new NodeReply.Refused("superseded by a transfer to " + target)));
      long requestId = nextRequestId++;
      long patience = 3L * state.config().electionTimeoutTicks() * tickNanos;
      waitingTransfer = Optional.of(new WaitingTransfer(requestId, target, nanos.getAsLong() + patience, reply));
      advance(new Input.TransferLeadership(requestId, target));
    });
    return reply;
  }

  /**
   * Asks this node, if it leads, to make {@code members} the voting members: one server added
   * or removed. Completes with {@link NodeReply.MembersNow} once the change is applied here,
   * {@link NodeReply.NotLeader} if this node does not lead (or stops leading first: the change may
   * still take effect), or {@link NodeReply.Refused} with the reason the leader gave.
   */
  @Override
  public CompletableFuture<NodeReply> changeMembership(List<NodeId> members) {
    CompletableFuture<NodeReply> reply = track(new CompletableFuture<>());
    List<NodeId> sorted = new com.example.raft.data.Command.ChangeMembers(members).members();
    submit(reply, () -> {
      List<NodeId> unreachable = sorted.stream().filter(member -> !member.equals(id) && !transport.canReach(member)).toList();
      if (state.isLeader() && !unreachable.isEmpty()) {
        reply.complete(new NodeReply.Refused("this node has no address for " + unreachable
            + "; every node must know every member's address (--members) before it can be added"));
        return;
      }
      long requestId = nextRequestId++;
      waitingChanges.add(new WaitingChange(requestId, sorted, reply));
      advance(new Input.ChangeMembership(requestId, sorted));
    });
    return reply;
  }

  /** The node's state as of its last batch. */
  public NodeStatus status() {
    return status;
  }

  /**
   * Stops the node as if it crashed: its thread ends, queued work is dropped and waiting
   * clients are told it is unavailable. What it synced stays in its store.
   */
  public void stop() {
    running = false;
    if (thread == null) {
      status = statusNow(false);
      failWaiting();
      return;
    }
    thread.interrupt();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      throw new IllegalStateException("node " + id + " did not stop within 10 s");
    }
    status = statusNow(false);
    failWaiting();
  }

  private CompletableFuture<NodeReply> track(CompletableFuture<NodeReply> reply) {
    unanswered.add(reply);
    reply.whenComplete((answer, failure) -> unanswered.remove(reply));
    return reply;
  }

  private void submit(CompletableFuture<NodeReply> reply, Runnable task) {
    if (!running) {
      reply.complete(new NodeReply.Unavailable("node " + id + " stopped"));
    } else if (!queue.offer(task)) {
      reply.complete(new NodeReply.Unavailable("node " + id + " is overloaded"));
    }
  }

  private void failWaiting() {
    for (CompletableFuture<NodeReply> reply : List.copyOf(unanswered)) {
      reply.complete(new NodeReply.Unavailable("node " + id + " stopped"));
    }
  }

  //! The loop itself: wait for work or the next tick, whichever comes first; drain a batch; step
  //! through it; sync once; release what was held back. A node that falls behind skips the ticks
  //! it missed rather than firing them in a burst, as a timer wheel would. The pass after the wait
  //! (`runBatch`) is all there is to a node: a node made by `driven` has no thread, and its
  //! caller — the deterministic simulation — runs the same pass through `runOnce`, on a clock
  //! of its own.

  private void loop() {
    long nextTick = nanos.getAsLong() + tickNanos;
    List<Runnable> batch = new ArrayList<>();
    try {
      while (running) {
        long wait = nextTick - nanos.getAsLong();
        Runnable first = wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : null;
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, MAX_BATCH - 1);
        }
        long now = nanos.getAsLong();
        boolean tick = now - nextTick >= 0;
        if (tick) {
          nextTick = Math.max(nextTick + tickNanos, now);
        }
        runBatch(batch, tick);
        batch.clear();
      }
    } catch (InterruptedException stopping) {
      // stop() interrupts the loop; nothing held back is released, as in a crash.
    } catch (RuntimeException bug) {
      // A bug or a storage failure: halt like a crashed process, releasing nothing unsynced.
      System.err.println("node " + id + " halted: " + bug);
      running = false;
      status = statusNow(false);
      failWaiting();
    }
  }

  /** One pass of the loop, on whichever thread runs it: the batch's tasks, then the tick, then the release. */
  private void runBatch(List<Runnable> batch, boolean tick) {
    for (Runnable task : batch) {
      task.run();
    }
    if (tick) {
      advance(new Input.Tick());
    }
    release();
  }

  private void advance(Input input) {
    Step step = RaftCore.step(state, input);
    state = step.state();
    for (Effect effect : step.effects()) {
      if (effect instanceof Effect.PersistHardState hard) {
        store.saveHardState(hard.term(), hard.votedFor());
        unsynced = true;
      } else if (effect instanceof Effect.PersistSnapshot persist) {
        store.saveSnapshot(persist.snapshot());
      } else if (effect instanceof Effect.PersistEntries entries) {
        store.saveEntries(entries.fromIndex(), entries.entries());
        unsynced = true;
      } else {
        heldBack.add(effect);
      }
    }
  }

  @Decision(value = "ADR-14", note = "one sync for the batch, then everything that depends on it")
  private void release() {
    if (unsynced) {
      store.sync();
      unsynced = false;
    }
    Map<String, Integer> lastAppendTo = new HashMap<>();
    for (int i = 0; i < heldBack.size(); i++) {
      if (heldBack.get(i) instanceof Effect.Send send && send.message() instanceof Message.AppendEntries append) {
        lastAppendTo.put(append.to() + "@" + append.term() + "/" + append.prevLogIndex(), i);
      }
    }
    for (int i = 0; i < heldBack.size(); i++) {
      Effect effect = heldBack.get(i);
      if (effect instanceof Effect.Send send && send.message() instanceof Message.AppendEntries append
          && lastAppendTo.get(append.to() + "@" + append.term() + "/" + append.prevLogIndex()) != i) {
        continue; // superseded by a later append in this batch: same start, more entries, newer commit and round
      }
      carryOut(effect);
    }
    heldBack.clear();
    waitingTransfer.ifPresent(transfer -> {
      if (nanos.getAsLong() - transfer.deadlineNanos() > 0) {
        transfer.reply().complete(new NodeReply.Refused("no hand-over to " + transfer.target() + " within three election timeouts; "
            + state.leader().map(leader -> leader + " leads").orElse("no leader is known")));
        waitingTransfer = Optional.empty();
      }
    });
    if (applier.lastApplied() - state.log().snapshot().lastIndex() >= snapshotEvery) {
      advance(new Input.SnapshotTaken(applier.snapshot())); // its only effect is PersistSnapshot, durable at once
    }
    status = statusNow(true);
  }

  private void carryOut(Effect effect) {
    if (effect instanceof Effect.RestoreSnapshot restore) {
      applier.restore(restore.snapshot());
      snapshotsInstalled++;
      observer.restored(restore.snapshot());
    } else if (effect instanceof Effect.Send send) {
      transport.send(send.message());
    } else if (effect instanceof Effect.ApplyEntries apply) {
      for (LogEntry entry : apply.entries()) {
        KvResult result = applier.apply(entry);
        observer.applied(entry, result);
        answerWrites(entry, result);
      }
    } else if (effect instanceof Effect.ServeRead read) {
      CompletableFuture<NodeReply> reply = waitingReads.remove(read.requestId());
      if (reply != null) {
        reply.complete(new NodeReply.Answered(new KvResult.Value(applier.read(read.key()))));
      }
    } else if (effect instanceof Effect.RedirectClient redirect) {
      redirect(redirect.requestId(), redirect.leaderHint());
    } else if (effect instanceof Effect.RejectRequest rejected) {
      waitingChanges.removeIf(change -> {
        if (change.requestId() == rejected.requestId()) {
          change.reply().complete(new NodeReply.Refused(rejected.reason()));
          return true;
        }
        return false;
      });
    } else if (effect instanceof Effect.RoleChanged changed) {
      waitingTransfer.ifPresent(transfer -> {
        if (changed.leader().equals(Optional.of(transfer.target()))) {
          transfer.reply().complete(new NodeReply.LeaderNow(transfer.target()));
          waitingTransfer = Optional.empty();
        }
      });
      if (changed.role() != RoleName.LEADER) {
        for (WaitingWrite write : List.copyOf(waitingWrites)) {
          write.reply().complete(new NodeReply.NotLeader(changed.leader()));
        }
        waitingWrites.clear();
        waitingChanges.forEach(change -> change.reply().complete(new NodeReply.NotLeader(changed.leader())));
        waitingChanges.clear();
      }
    }
  }

  private void answerWrites(LogEntry entry, KvResult result) {
    if (entry.command() instanceof com.example.raft.data.Command.ChangeMembers change) {
      waitingChanges.removeIf(waiting -> {
        if (waiting.members().equals(change.members())) {
          waiting.reply().complete(new NodeReply.MembersNow(change.members()));
          return true;
        }
        return false;
      });
      return;
    }
    if (!(entry.command() instanceof ClientCommand command)) {
      return;
    }
    Iterator<WaitingWrite> waiting = waitingWrites.iterator();
    while (waiting.hasNext()) {
      WaitingWrite write = waiting.next();
      if (write.command().clientId().equals(command.clientId())
          && write.command().sequence() == command.sequence()) {
        write.reply().complete(new NodeReply.Answered(result));
        waiting.remove();
      }
    }
  }

  private void redirect(long requestId, Optional<NodeId> leaderHint) {
    NodeReply notLeader = new NodeReply.NotLeader(leaderHint);
    if (waitingTransfer.isPresent() && waitingTransfer.get().requestId() == requestId) {
      waitingTransfer.get().reply().complete(notLeader);
      waitingTransfer = Optional.empty();
      return;
    }
    CompletableFuture<NodeReply> read = waitingReads.remove(requestId);
    if (read != null) {
      read.complete(notLeader);
      return;
    }
    waitingChanges.removeIf(change -> {
      if (change.requestId() == requestId) {
        change.reply().complete(notLeader);
        return true;
      }
      return false;
    });
    Iterator<WaitingWrite> waiting = waitingWrites.iterator();
    while (waiting.hasNext()) {
      WaitingWrite write = waiting.next();
      if (write.requestId() == requestId) {
        write.reply().complete(notLeader);
        waiting.remove();
      }
    }
  }

  private NodeStatus statusNow(boolean running) {
    return new NodeStatus(
        id,
        running,
        state.role().name(),
        state.currentTerm(),
        state.leader(),
        state.commitIndex(),
        state.lastApplied(),
        state.log().lastIndex(),
        state.log().snapshot().lastIndex(),
        snapshotsInstalled);
  }
}
