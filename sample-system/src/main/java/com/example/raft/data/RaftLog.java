package com.example.raft.data;

import dev.archdoc.annotations.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * A node's replicated log as an immutable value: a {@link Snapshot} standing for entries
 * 1..{@code snapshot().lastIndex()}, followed by the entries after it, up to {@link #lastIndex()}.
 * Index 0 stands for the empty prefix (term 0); the snapshot's last index answers for its term.
 *
 * <p>Every change returns a new log, and no log ever changes after it is made. Appending is
 * nevertheless cheap: a log is a length over a list that may be shared with longer logs made
 * from it. Appending to the newest log of a lineage adds to the shared list and returns a longer
 * view; appending to an older one (whose successor already added past its end) copies first. So
 * the leader's one-entry-per-write path costs O(1), not a copy of the whole log per write.
 */
@Decision(value = "ADR-16", note = "a log is a snapshot followed by entries")
public final class RaftLog {

  private static final RaftLog EMPTY = new RaftLog(Snapshot.NONE, new ArrayList<>(0), 0, -1);

  private final Snapshot snapshot;
  /** Entries snapshot.lastIndex+1 .. +length of this log are {@code shared[0..length)}; the rest belongs to longer logs. */
  private final ArrayList<LogEntry> shared;
  private final int length;
  /** The position in {@code shared} of the last membership change within this log, or -1: kept so finding the members is O(1). */
  private final int lastChangePosition;

  private RaftLog(Snapshot snapshot, ArrayList<LogEntry> shared, int length, int lastChangePosition) {
    this.snapshot = snapshot;
    this.shared = shared;
    this.length = length;
    this.lastChangePosition = lastChangePosition;
  }

  /** The log with no entries. */
  public static RaftLog empty() {
    return EMPTY;
  }

  /**
   * A log holding exactly {@code entries}, which must be numbered 1, 2, 3, ... with terms that
   * never decrease (what every Raft log looks like).
   */
  public static RaftLog of(List<LogEntry> entries) {
    return of(Snapshot.NONE, entries);
  }

  /** A log starting after {@code snapshot}, with {@code entries} numbered on from it. */
  public static RaftLog of(Snapshot snapshot, List<LogEntry> entries) {
    ArrayList<LogEntry> copy = new ArrayList<>(entries);
    long previousTerm = snapshot.lastTerm();
    int lastChange = -1;
    for (int i = 0; i < copy.size(); i++) {
      LogEntry entry = copy.get(i);
      if (entry == null || entry.index() != snapshot.lastIndex() + i + 1 || entry.term() < previousTerm) {
        throw new IllegalArgumentException("not a Raft log at position " + (snapshot.lastIndex() + i + 1) + ": " + entry);
      }
      previousTerm = entry.term();
      if (entry.command() instanceof Command.ChangeMembers) {
        lastChange = i;
      }
    }
    return copy.isEmpty() && snapshot.equals(Snapshot.NONE) ? EMPTY : new RaftLog(snapshot, copy, copy.size(), lastChange);
  }

  /** The snapshot the log starts from ({@link Snapshot#NONE} if it was never compacted). */
  public Snapshot snapshot() {
    return snapshot;
  }

  /** The first index held as an entry; everything before it is in the snapshot. */
  public long firstIndex() {
    return snapshot.lastIndex() + 1;
  }

  /** The index of the last entry (or of the snapshot, when no entry follows it); 0 when empty. */
  public long lastIndex() {
    return snapshot.lastIndex() + length;
  }

  /** The term of the last entry, 0 when the log is empty. */
  public long lastTerm() {
    return termAt(lastIndex());
  }

  /**
   * Whether the log has a term for {@code index}: the snapshot's last index (index 0, the empty
   * prefix, when never compacted) or an entry after it.
   */
  public boolean contains(long index) {
    return index >= snapshot.lastIndex() && index <= lastIndex();
  }

  /** The term of the entry at {@code index}, from the snapshot's last index on; 0 for index 0. */
  public long termAt(long index) {
    if (index == snapshot.lastIndex()) {
      return snapshot.lastTerm();
    }
    return entryAt(index).term();
  }

  /** The entry at {@code index} ({@link #firstIndex()}..lastIndex). */
  public LogEntry entryAt(long index) {
    if (index < firstIndex() || index > lastIndex()) {
      throw new IndexOutOfBoundsException("no log entry at " + index + " (entries are " + firstIndex() + ".." + lastIndex() + ")");
    }
    synchronized (shared) {
      return shared.get(position(index));
    }
  }

  /** The entries from {@code from} to {@code to}, both inclusive; empty when {@code from > to}. */
  public List<LogEntry> between(long from, long to) {
    if (from > to) {
      return List.of();
    }
    if (from < firstIndex() || to > lastIndex()) {
      throw new IndexOutOfBoundsException("no entries " + from + ".." + to + " (last is " + lastIndex() + ")");
    }
    synchronized (shared) {
      return List.copyOf(shared.subList(position(from), position(to) + 1));
    }
  }

  /** At most {@code max} entries starting at {@code from}; empty past the end. */
  public List<LogEntry> from(long from, int max) {
    return between(from, Math.min(lastIndex(), from + max - 1));
  }

  /** All entries after the snapshot, in order. */
  public List<LogEntry> entries() {
    return between(firstIndex(), lastIndex());
  }

  /** This log with {@code entry} appended; it must be the next index. */
  public RaftLog append(LogEntry entry) {
    if (entry.index() != lastIndex() + 1 || entry.term() < lastTerm()) {
      throw new IllegalArgumentException("cannot append " + entry + " after " + lastIndex() + "/" + lastTerm());
    }
    synchronized (shared) {
      if (shared.size() == length && this != EMPTY) {
        shared.add(entry); // nobody has grown this lineage past us: extend it in place
        return new RaftLog(snapshot, shared, length + 1, changeAfter(entry, length));
      }
      ArrayList<LogEntry> longer = new ArrayList<>(Math.max(16, length * 2));
      longer.addAll(shared.subList(0, length));
      longer.add(entry);
      return new RaftLog(snapshot, longer, length + 1, changeAfter(entry, length));
    }
  }

  private int changeAfter(LogEntry appended, int position) {
    return appended.command() instanceof Command.ChangeMembers ? position : lastChangePosition;
  }

  /**
   * The voting members this log says are in force: those of its last membership change, else
   * those recorded in its snapshot; empty if neither ever changed them.
   */
  public java.util.Optional<List<NodeId>> latestMembers() {
    if (lastChangePosition >= 0) {
      synchronized (shared) {
        return java.util.Optional.of(((Command.ChangeMembers) shared.get(lastChangePosition).command()).members());
      }
    }
    return snapshot.members().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(snapshot.members());
  }

  /** The index of the last membership change among the entries, or the snapshot's index if none (0 for none at all). */
  public long latestMembersIndex() {
    return lastChangePosition >= 0 ? snapshot.lastIndex() + lastChangePosition + 1 : snapshot.lastIndex();
  }

  /** The members in force at {@code index} (from the snapshot's last index on); empty if never changed. */
  public java.util.Optional<List<NodeId>> membersAt(long index) {
    for (long i = Math.min(index, lastIndex()); i >= firstIndex(); i--) {
      if (entryAt(i).command() instanceof Command.ChangeMembers change) {
        return java.util.Optional.of(change.members());
      }
    }
    return snapshot.members().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(snapshot.members());
  }

  /**
   * This log with everything from {@code index} on replaced by {@code suffix} (which starts at
   * {@code index}). A follower uses it to drop a conflicting tail and take the leader's.
   */
  public RaftLog replaceFrom(long index, List<LogEntry> suffix) {
    if (index < firstIndex() || index > lastIndex() + 1) {
      throw new IllegalArgumentException("cannot replace from " + index + " in a log of " + firstIndex() + ".." + lastIndex());
    }
    if (index == lastIndex() + 1) {
      RaftLog longer = this; // the common case, a follower taking new entries: append, no copy
      for (LogEntry entry : suffix) {
        longer = longer.append(entry);
      }
      return longer;
    }
    List<LogEntry> result = new ArrayList<>(between(firstIndex(), index - 1));
    result.addAll(suffix);
    return RaftLog.of(snapshot, result);
  }

  //! Compaction and installation are one operation. A node that snapshots its own state at an
  //! index it has applied keeps the entries after it; a follower that receives a newer snapshot
  //! from the leader keeps its entries after the snapshot only if it holds the snapshot's last
  //! entry with the same term — Log Matching then says everything after agrees with the leader
  //! as far as it goes. Otherwise its entries conflict with committed history and all go.

  /**
   * This log starting from {@code newer} instead: entries after the snapshot's last index are kept
   * if this log holds that index with the snapshot's term, otherwise dropped. A snapshot no newer
   * than the current one changes nothing.
   */
  public RaftLog withSnapshot(Snapshot newer) {
    if (newer.lastIndex() <= snapshot.lastIndex()) {
      return this;
    }
    boolean matches = newer.lastIndex() <= lastIndex() && termAt(newer.lastIndex()) == newer.lastTerm();
    List<LogEntry> kept = matches ? between(newer.lastIndex() + 1, lastIndex()) : List.of();
    return RaftLog.of(newer, kept);
  }

  /**
   * The first index of the run of entries with term {@code term} that contains {@code index}, by
   * walking back from {@code index}. A follower reports it as its conflict index.
   */
  public long firstIndexOfTermAt(long index) {
    long term = termAt(index);
    long first = index;
    while (first > firstIndex() && termAt(first - 1) == term) {
      first--;
    }
    return first;
  }

  /** The last index holding an entry of {@code term}, or 0 if the log has none. */
  public long lastIndexOfTerm(long term) {
    for (long i = lastIndex(); i >= Math.max(1, snapshot.lastIndex()); i--) {
      long t = termAt(i);
      if (t == term) {
        return i;
      }
      if (t < term) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * Whether a log ending at ({@code otherLastIndex}, {@code otherLastTerm}) is at least as up to
   * date as this one: a later last term wins, and with equal last terms the longer log wins
   * (Raft's election restriction, §5.4.1).
   */
  public boolean isNotAheadOf(long otherLastIndex, long otherLastTerm) {
    return otherLastTerm > lastTerm() || (otherLastTerm == lastTerm() && otherLastIndex >= lastIndex());
  }

  private int position(long index) {
    return Math.toIntExact(index - snapshot.lastIndex() - 1);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RaftLog log) || length != log.length || !snapshot.equals(log.snapshot)) {
      return false;
    }
    if (shared == log.shared) {
      return true; // one lineage: the first `length` entries of a shared list never change
    }
    for (long index = firstIndex(); index <= lastIndex(); index++) {
      if (!entryAt(index).equals(log.entryAt(index))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(snapshot.lastIndex()) + entries().hashCode();
  }

  @Override
  public String toString() {
    StringBuilder terms = new StringBuilder("RaftLog[");
    if (snapshot.lastIndex() > 0) {
      terms.append("snapshot ").append(snapshot.lastIndex()).append('/').append(snapshot.lastTerm()).append(" | ");
    }
    List<LogEntry> entries = entries();
    for (int i = 0; i < entries.size(); i++) {
      terms.append(i == 0 ? "" : " ").append(entries.get(i).term());
    }
    return terms.append(']').toString();
  }
}
