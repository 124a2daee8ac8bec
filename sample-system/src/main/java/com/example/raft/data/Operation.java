package com.example.raft.data;

/** A change a client asks of the key-value store; reads are not operations, they never enter the log. */
public sealed interface Operation permits Operation.Put, Operation.Delete, Operation.CompareAndSet {

  /** The key the operation changes. */
  String key();

  /** Set {@code key} to {@code value}, whatever it was. */
  record Put(String key, String value) implements Operation {}

  /** Remove {@code key}; removing an absent key is not an error. */
  record Delete(String key) implements Operation {}

  /** Set {@code key} to {@code newValue} only if its current value is {@code expected}. */
  record CompareAndSet(String key, String expected, String newValue) implements Operation {}
}
