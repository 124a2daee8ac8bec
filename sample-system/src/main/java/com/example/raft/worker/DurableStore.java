package com.example.raft.worker;

import com.example.raft.data.DurableState;
import com.example.raft.data.LogEntry;
import com.example.raft.data.NodeId;
import dev.archdoc.annotations.Decision;
import java.util.List;
import java.util.Optional;

/**
 * Where a node keeps what must survive a crash: its term, its vote and its log.
 *
 * <p>Saves may be buffered; they are durable once {@link #sync()} returns. The runtime calls
 * {@code sync} once per batch of steps and only then lets anything that depends on the saves
 * leave the node (a vote reply, an append acknowledgement, a client's answer) — that is group
 * commit, and it is why saving and syncing are two methods. {@link InMemoryDurableStore} keeps the
 * data in memory, which survives a node restart inside one JVM; {@link
 * com.example.raft.worker.disk.WriteAheadLog} keeps it in a file with fsync.
 */
@Decision(value = "ADR-10", note = "the seam the disk write-ahead log plugs into")
@Decision(value = "ADR-14", note = "save, then one sync per batch, then reply")
public interface DurableStore {

  /** Stores the current term and the vote cast in it. */
  void saveHardState(long term, Optional<NodeId> votedFor);

  /** Drops every stored entry at or after {@code fromIndex}, then stores {@code entries} (which start there). */
  void saveEntries(long fromIndex, List<LogEntry> entries);

  /** Makes every earlier save durable; returns when it is. */
  void sync();

  /** Everything stored so far; {@link DurableState#EMPTY} for a store never written. */
  DurableState recover();
}
