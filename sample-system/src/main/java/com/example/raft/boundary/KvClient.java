//! # The client: sessions, leader finding, retries
//!
//! A client talks to whichever node it believes leads. A follower answers `NotLeader` with a
//! hint, and the client follows the hint; with no hint (an election is under way) it tries the
//! next member after a short pause. A node that does not answer within the attempt timeout is
//! treated the same way. All of it runs under one overall deadline, after which the caller gets
//! a `Failure` value rather than an exception.
//!
//! Retrying a write is only safe because of the session: the client id is fixed for the
//! client's lifetime, the sequence number is chosen **once per call**, and every retry of that
//! call carries the same pair. However many times the entry ends up in the log, the state
//! machine applies it once and every copy is answered with the first answer. For the same
//! reason a client issues one request at a time (its methods are synchronized): the session
//! remembers only the latest answer.
//!
//! Reads carry no session; they do not change anything, so a retried read is harmless. They
//! go through ReadIndex on the leader and so are linearizable.
package com.example.raft.boundary;

import com.example.raft.data.ClientCommand;
import com.example.raft.data.NodeId;
import com.example.raft.data.Operation;
import com.example.raft.worker.NodeReply;
import com.example.raft.worker.NodeEndpoint;
import dev.archdoc.annotations.Decision;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * The client API of the replicated key-value store: put, get, delete and compare-and-set, each
 * answered exactly once with the store's result or a failure reason.
 *
 * <p>It finds the leader by itself, follows redirects and retries until its deadline. Writes
 * carry this client's session (its id and a sequence number), so a retried write is applied only
 * once. One client issues one request at a time; give each concurrent caller its own client id.
 */
@Decision(value = "ADR-8", note = "one session per client; retries reuse the sequence number")
public final class KvClient {

  private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(1000);
  private static final Duration PAUSE_BETWEEN_ATTEMPTS = Duration.ofMillis(20);

  private final String clientId;
  private final List<NodeId> members;
  private final Function<NodeId, Optional<NodeEndpoint>> nodes;
  private final Duration deadline;
  private long lastSequence;
  private NodeId likelyLeader;

  /**
   * A client with session id {@code clientId} for a cluster of {@code members}, reaching the
   * running node of each member through {@code nodes}, giving up on a request after {@code
   * deadline}.
   */
  public KvClient(
      String clientId, List<NodeId> members, Function<NodeId, Optional<NodeEndpoint>> nodes, Duration deadline) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a client needs at least one member to talk to");
    }
    this.clientId = clientId;
    this.members = List.copyOf(members);
    this.nodes = nodes;
    this.deadline = deadline;
    this.likelyLeader = members.get(0);
  }

  /** Sets {@code key} to {@code value}; the result carries the previous value. */
  public synchronized Answer put(String key, String value) {
    return firstProblem(RequestValidation.checkKey(key), RequestValidation.checkValue(value))
        .orElseGet(() -> write(new Operation.Put(key, value)));
  }

  /** Removes {@code key}; the result carries the removed value, if there was one. */
  public synchronized Answer delete(String key) {
    return firstProblem(RequestValidation.checkKey(key), Optional.empty())
        .orElseGet(() -> write(new Operation.Delete(key)));
  }

  /** Sets {@code key} to {@code newValue} only if it currently holds {@code expected}. */
  public synchronized Answer compareAndSet(String key, String expected, String newValue) {
    return firstProblem(RequestValidation.checkKey(key), RequestValidation.checkValue(expected))
        .or(() -> RequestValidation.checkValue(newValue).map(Answer.Failure::new))
        .orElseGet(() -> write(new Operation.CompareAndSet(key, expected, newValue)));
  }

  /** Reads {@code key} linearizably: the answer reflects every write completed before the call. */
  public synchronized Answer get(String key) {
    return firstProblem(RequestValidation.checkKey(key), Optional.empty())
        .orElseGet(() -> untilAnswered(node -> node.read(key)));
  }

  private Answer write(Operation operation) {
    ClientCommand command = new ClientCommand(clientId, ++lastSequence, operation);
    return untilAnswered(node -> node.write(command));
  }

  private static Optional<Answer> firstProblem(Optional<String> first, Optional<String> second) {
    return first.or(() -> second).map(Answer.Failure::new);
  }

  private Answer untilAnswered(Function<NodeEndpoint, CompletableFuture<NodeReply>> request) {
    long giveUpAt = System.nanoTime() + deadline.toNanos();
    NodeId target = likelyLeader;
    String lastProblem = "no node answered";
    while (System.nanoTime() < giveUpAt) {
      Optional<NodeEndpoint> node = nodes.apply(target);
      if (node.isEmpty()) {
        lastProblem = "node " + target + " is down";
        target = nextAfter(target);
        pause();
        continue;
      }
      long remaining = Math.max(1, giveUpAt - System.nanoTime());
      Optional<NodeReply> reply = await(request.apply(node.get()), Math.min(remaining, ATTEMPT_TIMEOUT.toNanos()));
      if (Thread.currentThread().isInterrupted()) {
        return new Answer.Failure("interrupted while waiting for the cluster");
      }
      if (reply.isPresent() && reply.get() instanceof NodeReply.Answered answered) {
        likelyLeader = target;
        return new Answer.Success(answered.result());
      }
      if (reply.isPresent() && reply.get() instanceof NodeReply.NotLeader notLeader
          && notLeader.leaderHint().isPresent()
          && !notLeader.leaderHint().get().equals(target)) {
        lastProblem = "node " + target + " is not the leader";
        target = notLeader.leaderHint().get();
        continue;
      }
      lastProblem = reply.isEmpty() ? "node " + target + " did not answer in time"
          : reply.get() instanceof NodeReply.Unavailable unavailable ? unavailable.reason()
          : "no leader known to " + target;
      target = nextAfter(target);
      pause();
    }
    return new Answer.Failure("no leader answered within " + deadline.toMillis() + " ms (" + lastProblem + ")");
  }

  private static Optional<NodeReply> await(CompletableFuture<NodeReply> reply, long timeoutNanos) {
    try {
      return Optional.of(reply.get(timeoutNanos, TimeUnit.NANOSECONDS));
    } catch (TimeoutException | ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private NodeId nextAfter(NodeId member) {
    return members.get((members.indexOf(member) + 1) % members.size());
  }

  private static void pause() {
    LockSupport.parkNanos(PAUSE_BETWEEN_ATTEMPTS.toNanos());
  }
}
