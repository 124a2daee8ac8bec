package com.example.raft.simulation;

import com.example.raft.data.DurableState;
import com.example.raft.data.LogEntry;
import com.example.raft.data.NodeId;
import com.example.raft.data.Snapshot;
import com.example.raft.worker.DurableStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A node's disk in the simulation: a {@link DurableStore} that keeps apart what was {@link #sync}ed
 * (it survives a crash) and the saves since (a crash loses them, or all but a torn last one, or
 * none if it came just after the sync). A snapshot is durable as it is saved, together with every
 * save before it, as the write-ahead log's rewrite makes them.
 *
 * <p>The simulation can make the next {@code sync} crash the node ({@link #crashAtNextSync}), and a
 * test can make the runtime's syncs never reach the disk ({@link #forgetSyncs}), which is what a
 * runtime that forgot to sync before replying would do.
 */
final class SimulatedDisk implements DurableStore {

  /** What a crash at a sync leaves on the disk. */
  enum CrashAtSync {
    /** Nothing of the batch: its saves were still in the page cache. */
    LOSE_UNSYNCED,
    /** All of the batch's saves but the last, which was torn and is cut off by recovery. */
    TEAR_LAST,
    /** All of the batch's saves: the crash came just after the sync, before anything was sent. */
    AFTER_SYNC
  }

  /** Thrown out of {@link #sync} to crash the node there. */
  static final class Crash extends RuntimeException {
    Crash() {
      super("simulated crash at sync", null, false, false);
    }
  }

  private DurableState synced = DurableState.EMPTY;
  private final List<UnaryOperator<DurableState>> unsynced = new ArrayList<>();
  private Optional<CrashAtSync> crashAtNextSync = Optional.empty();
  private boolean forgetSyncs;

  @Override
  public void saveHardState(long term, Optional<NodeId> votedFor) {
    unsynced.add(disk -> new DurableState(term, votedFor, disk.log()));
  }

  @Override
  public void saveEntries(long fromIndex, List<LogEntry> entries) {
    List<LogEntry> copy = List.copyOf(entries);
    unsynced.add(disk -> new DurableState(disk.currentTerm(), disk.votedFor(), disk.log().replaceFrom(fromIndex, copy)));
  }

  @Override
  public void saveSnapshot(Snapshot snapshot) {
    keep(unsynced.size());
    synced = new DurableState(synced.currentTerm(), synced.votedFor(), synced.log().withSnapshot(snapshot));
  }

  @Override
  public void sync() {
    if (crashAtNextSync.isPresent()) {
      CrashAtSync crash = crashAtNextSync.get();
      crashAtNextSync = Optional.empty();
      keep(switch (crash) {
        case LOSE_UNSYNCED -> 0;
        case TEAR_LAST -> Math.max(0, unsynced.size() - 1);
        case AFTER_SYNC -> unsynced.size();
      });
      throw new Crash();
    }
    if (!forgetSyncs) {
      keep(unsynced.size());
    }
  }

  @Override
  public DurableState recover() {
    DurableState disk = synced;
    for (UnaryOperator<DurableState> save : unsynced) {
      disk = save.apply(disk);
    }
    return disk;
  }

  /** The node crashed between passes of its loop: whatever was not synced is lost. */
  void crash() {
    unsynced.clear();
    crashAtNextSync = Optional.empty();
  }

  /** Makes the next sync crash the node, leaving {@code crash} on the disk. */
  void crashAtNextSync(CrashAtSync crash) {
    crashAtNextSync = Optional.of(crash);
  }

  /** The mutation a test applies: from now on the runtime's syncs do not reach the disk. */
  void forgetSyncs() {
    forgetSyncs = true;
  }

  /** What survives a crash now. */
  DurableState synced() {
    return synced;
  }

  /** How many saves a crash now would lose. */
  int unsyncedSaves() {
    return unsynced.size();
  }

  private void keep(int count) {
    for (UnaryOperator<DurableState> save : unsynced.subList(0, count)) {
      synced = save.apply(synced);
    }
    unsynced.clear();
  }
}
