package com.example.raft.boundary;

import com.example.raft.data.KvResult;

/** The outcome of one client call: the store's result, or why there is none. */
public sealed interface Answer permits Answer.Success, Answer.Failure {

  /** The cluster carried out the request (exactly once) with this result. */
  record Success(KvResult result) implements Answer {}

  /**
   * No result: the request was invalid, or no leader answered in time. A write that failed for
   * lack of a leader may still take effect; retrying it through the same client is safe.
   */
  record Failure(String reason) implements Answer {}
}
