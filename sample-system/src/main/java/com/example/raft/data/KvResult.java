package com.example.raft.data;

import java.util.Optional;

/** The answer of the key-value state machine to a client request. */
public sealed interface KvResult
    permits KvResult.Done, KvResult.CasMismatch, KvResult.Value, KvResult.StaleSequence {

  /** The write took effect; {@code previousValue} is what the key held before. */
  record Done(Optional<String> previousValue) implements KvResult {}

  /** A compare-and-set did not take effect because the key held {@code actualValue}. */
  record CasMismatch(Optional<String> actualValue) implements KvResult {}

  /** The value a read found, empty when the key is absent. */
  record Value(Optional<String> value) implements KvResult {}

  /**
   * The request's sequence number is older than the client's last applied one, so its original
   * answer is no longer kept; a client that waits for each answer never sees this.
   */
  record StaleSequence(long sequence, long lastApplied) implements KvResult {}
}
