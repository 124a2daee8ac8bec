//! # The key-value state machine, and exactly-once writes
//!
//! Raft replicates a log; this is what the log *means*. Every node applies the same committed
//! entries in the same order to this pure function, so every node computes the same store and
//! the same answer for every request — which is why the answer can come from whichever node
//! the client happens to be waiting on.
//!
//! **Client sessions.** A client that times out cannot tell whether its write was lost or
//! just slow, so it retries — and Raft may then commit the same write twice (two log entries).
//! Each write therefore carries the client's id and a sequence number. The state machine keeps,
//! per client, the last sequence number it applied and the answer it gave. A duplicate gets the
//! recorded answer and changes nothing: the write takes effect exactly once, and the retrying
//! client sees the same answer the first attempt would have seen (dissertation §6.3). Because
//! the sessions are part of the replicated state, a new leader knows them too.
package com.example.raft.core;

import com.example.raft.data.ClientCommand;
import com.example.raft.data.Command;
import com.example.raft.data.KvResult;
import com.example.raft.data.KvState;
import com.example.raft.data.Operation;
import dev.archdoc.annotations.Decision;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The replicated key-value store as a pure function from a state and a committed command to a new state and an answer. */
public final class KvStateMachine {

  private KvStateMachine() {}

  /** The state after applying a command, and the answer for the client who sent it. */
  public record Applied(KvState state, KvResult result) {}

  /**
   * Applies one committed command. A client's retry of its latest request returns the original
   * answer without applying again; a no-op changes nothing and answers nothing in particular.
   */
  @Decision(value = "ADR-8", note = "a retried write is answered from the session, not re-applied")
  public static Applied apply(KvState state, Command command) {
    if (!(command instanceof ClientCommand write)) {
      return new Applied(state, new KvResult.Done(Optional.empty()));
    }
    KvState.Session session = state.sessions().get(write.clientId());
    if (session != null && write.sequence() == session.sequence()) {
      return new Applied(state, session.result());
    }
    if (session != null && write.sequence() < session.sequence()) {
      return new Applied(state, new KvResult.StaleSequence(write.sequence(), session.sequence()));
    }
    TreeMap<String, String> data = new TreeMap<>(state.data());
    KvResult result = execute(data, write.operation());
    TreeMap<String, KvState.Session> sessions = new TreeMap<>(state.sessions());
    sessions.put(write.clientId(), new KvState.Session(write.sequence(), result));
    return new Applied(new KvState(data, sessions), result);
  }

  /** The value of {@code key}; callers make it linearizable by reading at a confirmed read index. */
  public static Optional<String> read(KvState state, String key) {
    return Optional.ofNullable(state.data().get(key));
  }

  private static KvResult execute(TreeMap<String, String> data, Operation operation) {
    if (operation instanceof Operation.Put put) {
      return new KvResult.Done(Optional.ofNullable(data.put(put.key(), put.value())));
    }
    if (operation instanceof Operation.Delete delete) {
      return new KvResult.Done(Optional.ofNullable(data.remove(delete.key())));
    }
    if (operation instanceof Operation.CompareAndSet cas) {
      String current = data.get(cas.key());
      if (!Objects.equals(current, cas.expected())) {
        return new KvResult.CasMismatch(Optional.ofNullable(current));
      }
      data.put(cas.key(), cas.newValue());
      return new KvResult.Done(Optional.ofNullable(current));
    }
    throw new IllegalArgumentException("unknown operation " + operation);
  }
}
