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
import com.example.raft.data.Message;
import com.example.raft.data.NodeConfig;
import com.example.raft.data.NodeId;
import com.example.raft.data.RaftState;
import com.example.raft.data.RoleName;
import com.example.raft.data.Step;
import dev.archdoc.annotations.Decision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs one Raft node: a single thread that feeds ticks, messages and client requests to {@link
 * RaftCore#step} and carries out the effects it returns.
 *
 * <p>Start it with {@link #start}, hand it incoming messages with {@link #deliver}, ask it to
 * {@link #write} or {@link #read}, and {@link #stop} it. All methods are thread-safe; the Raft
 * state itself is confined to the node's thread.
 */
@Decision(value = "ADR-10", note = "drives the core; storage and network are interfaces")
public final class NodeRuntime {

  private final NodeId id;
  private final DurableStore store;
  private final Transport transport;
  private final ScheduledExecutorService loop;
  private final Applier applier = new Applier();
  private final Set<CompletableFuture<NodeReply>> unanswered = ConcurrentHashMap.newKeySet();

  // Confined to the loop thread.
  private RaftState state;
  private long nextRequestId = 1;
  private final Map<Long, CompletableFuture<NodeReply>> waitingReads = new HashMap<>();
  private final List<WaitingWrite> waitingWrites = new ArrayList<>();

  private volatile NodeStatus status;

  private record WaitingWrite(long requestId, ClientCommand command, CompletableFuture<NodeReply> reply) {}

  private NodeRuntime(NodeConfig config, DurableStore store, Transport transport) {
    this.id = config.self();
    this.store = store;
    this.transport = transport;
    this.state = RaftCore.restart(config, store.recover());
    this.loop =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "raft-" + config.self());
              thread.setDaemon(false);
              return thread;
            });
    this.status = snapshot(true);
  }

  /**
   * Starts a node from whatever {@code store} holds (nothing, on first boot) and ticks it every
   * {@code tickPeriod}. Incoming messages must be routed to {@link #deliver}.
   */
  public static NodeRuntime start(NodeConfig config, DurableStore store, Transport transport, Duration tickPeriod) {
    NodeRuntime node = new NodeRuntime(config, store, transport);
    long period = tickPeriod.toNanos();
    node.loop.scheduleAtFixedRate(() -> node.advance(new Input.Tick()), period, period, TimeUnit.NANOSECONDS);
    return node;
  }

  /** This node's id. */
  public NodeId id() {
    return id;
  }

  /** Queues an incoming message; never blocks. Messages to a stopped node are dropped. */
  public void deliver(Message message) {
    submit(() -> advance(new Input.Receive(message)));
  }

  /**
   * Asks this node to commit {@code command}. Completes with the state machine's answer once the
   * entry is applied here, or with {@link NodeReply.NotLeader} if this node cannot commit it.
   */
  public CompletableFuture<NodeReply> write(ClientCommand command) {
    CompletableFuture<NodeReply> reply = track(new CompletableFuture<>());
    submit(
        () -> {
          long requestId = nextRequestId++;
          waitingWrites.add(new WaitingWrite(requestId, command, reply));
          advance(new Input.ClientWrite(requestId, command));
        });
    return reply;
  }

  /** Asks this node for a linearizable read of {@code key} (ReadIndex); redirects unless it leads. */
  public CompletableFuture<NodeReply> read(String key) {
    CompletableFuture<NodeReply> reply = track(new CompletableFuture<>());
    submit(
        () -> {
          long requestId = nextRequestId++;
          waitingReads.put(requestId, reply);
          advance(new Input.ClientRead(requestId, key));
        });
    return reply;
  }

  /** The node's state as of its last step. */
  public NodeStatus status() {
    return status;
  }

  /**
   * Stops the node as if it crashed: its thread ends, queued work is dropped and waiting
   * clients are told it is unavailable. What it persisted stays in its store.
   */
  public void stop() {
    loop.shutdownNow();
    try {
      if (!loop.awaitTermination(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("node " + id + " did not stop within 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    status = snapshot(false);
    for (CompletableFuture<NodeReply> reply : List.copyOf(unanswered)) {
      reply.complete(new NodeReply.Unavailable("node " + id + " stopped"));
    }
  }

  private CompletableFuture<NodeReply> track(CompletableFuture<NodeReply> reply) {
    unanswered.add(reply);
    reply.whenComplete((answer, failure) -> unanswered.remove(reply));
    return reply;
  }

  private void submit(Runnable task) {
    try {
      loop.execute(task);
    } catch (RejectedExecutionException stopped) {
      // The node is stopped; a crashed host drops its packets too. Waiting clients were answered by stop().
      unanswered.forEach(reply -> reply.complete(new NodeReply.Unavailable("node " + id + " stopped")));
    }
  }

  private void advance(Input input) {
    try {
      Step step = RaftCore.step(state, input);
      state = step.state();
      for (Effect effect : step.effects()) {
        carryOut(effect);
      }
      status = snapshot(true);
    } catch (RuntimeException bug) {
      // A failure here is a bug or a storage failure; halt the node like a crashed process.
      System.err.println("node " + id + " halted: " + bug);
      status = snapshot(false);
      loop.shutdownNow();
    }
  }

  private void carryOut(Effect effect) {
    if (effect instanceof Effect.PersistHardState hard) {
      store.saveHardState(hard.term(), hard.votedFor());
    } else if (effect instanceof Effect.PersistEntries entries) {
      store.saveEntries(entries.fromIndex(), entries.entries());
    } else if (effect instanceof Effect.Send send) {
      transport.send(send.message());
    } else if (effect instanceof Effect.ApplyEntries apply) {
      for (LogEntry entry : apply.entries()) {
        answerWrites(entry, applier.apply(entry));
      }
    } else if (effect instanceof Effect.ServeRead read) {
      CompletableFuture<NodeReply> reply = waitingReads.remove(read.requestId());
      if (reply != null) {
        reply.complete(new NodeReply.Answered(new KvResult.Value(applier.read(read.key()))));
      }
    } else if (effect instanceof Effect.RedirectClient redirect) {
      redirect(redirect.requestId(), redirect.leaderHint());
    } else if (effect instanceof Effect.RoleChanged changed) {
      if (changed.role() != RoleName.LEADER) {
        for (WaitingWrite write : List.copyOf(waitingWrites)) {
          write.reply().complete(new NodeReply.NotLeader(changed.leader()));
        }
        waitingWrites.clear();
      }
    }
  }

  private void answerWrites(LogEntry entry, KvResult result) {
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
    CompletableFuture<NodeReply> read = waitingReads.remove(requestId);
    if (read != null) {
      read.complete(notLeader);
      return;
    }
    Iterator<WaitingWrite> waiting = waitingWrites.iterator();
    while (waiting.hasNext()) {
      WaitingWrite write = waiting.next();
      if (write.requestId() == requestId) {
        write.reply().complete(notLeader);
        waiting.remove();
      }
    }
  }

  private NodeStatus snapshot(boolean running) {
    return new NodeStatus(
        id,
        running,
        state.role().name(),
        state.currentTerm(),
        state.leader(),
        state.commitIndex(),
        state.lastApplied(),
        state.log().lastIndex());
  }
}
