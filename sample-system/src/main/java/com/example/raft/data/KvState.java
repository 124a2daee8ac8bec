package com.example.raft.data;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The key-value store's whole state as a value: the data, and the client sessions that make
 * retried writes idempotent.
 *
 * <p>Sessions are kept forever, and travel in snapshots with the data. Expiring idle ones is left
 * undone: it must happen identically on every replica, so it has to be driven by the log (an
 * index or a leader-stamped time in an entry), never by a local clock.
 *
 * @param data the stored key-value pairs
 * @param sessions the last applied request of each client
 */
public record KvState(SortedMap<String, String> data, SortedMap<String, Session> sessions) {

  /** The empty store. */
  public static final KvState EMPTY = new KvState(new TreeMap<>(), new TreeMap<>());

  /** Keeps immutable sorted copies. */
  public KvState {
    data = Collections.unmodifiableSortedMap(new TreeMap<>(data));
    sessions = Collections.unmodifiableSortedMap(new TreeMap<>(sessions));
  }

  /**
   * The last request applied for one client and the answer it got, returned again if that
   * request is retried.
   */
  public record Session(long sequence, KvResult result) {}

  /** A store with these data and sessions (for callers that built fresh maps). */
  public static KvState of(Map<String, String> data, Map<String, Session> sessions) {
    return new KvState(new TreeMap<>(data), new TreeMap<>(sessions));
  }
}
