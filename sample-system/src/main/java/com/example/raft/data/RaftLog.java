package com.example.raft.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A node's replicated log as an immutable value: entries at absolute indexes 1..{@link
 * #lastIndex()}, with index 0 standing for the empty prefix (term 0).
 *
 * <p>Every change returns a new log, and no log ever changes after it is made. Appending is
 * nevertheless cheap: a log is a length over a list that may be shared with longer logs made
 * from it. Appending to the newest log of a lineage adds to the shared list and returns a longer
 * view; appending to an older one (whose successor already added past its end) copies first. So
 * the leader's one-entry-per-write path costs O(1), not a copy of the whole log per write.
 */
public final class RaftLog {

  private static final RaftLog EMPTY = new RaftLog(new ArrayList<>(0), 0);

  /** Entries 1..length of this log are {@code shared[0..length)}; what lies beyond belongs to longer logs. */
  private final ArrayList<LogEntry> shared;
  private final int length;

  private RaftLog(ArrayList<LogEntry> shared, int length) {
    this.shared = shared;
    this.length = length;
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
    ArrayList<LogEntry> copy = new ArrayList<>(entries);
    long previousTerm = 0;
    for (int i = 0; i < copy.size(); i++) {
      LogEntry entry = copy.get(i);
      if (entry == null || entry.index() != i + 1L || entry.term() < previousTerm) {
        throw new IllegalArgumentException("not a Raft log at position " + (i + 1) + ": " + entry);
      }
      previousTerm = entry.term();
    }
    return copy.isEmpty() ? EMPTY : new RaftLog(copy, copy.size());
  }

  /** The index of the last entry, 0 when the log is empty. */
  public long lastIndex() {
    return length;
  }

  /** The term of the last entry, 0 when the log is empty. */
  public long lastTerm() {
    return termAt(lastIndex());
  }

  /** Whether the log has an entry at {@code index} (index 0, the empty prefix, always matches). */
  public boolean contains(long index) {
    return index >= 0 && index <= lastIndex();
  }

  /** The term of the entry at {@code index}; 0 for index 0. */
  public long termAt(long index) {
    if (index == 0) {
      return 0;
    }
    return entryAt(index).term();
  }

  /** The entry at {@code index} (1..lastIndex). */
  public LogEntry entryAt(long index) {
    if (index < 1 || index > lastIndex()) {
      throw new IndexOutOfBoundsException("no log entry at " + index + " (last is " + lastIndex() + ")");
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
    if (from < 1 || to > lastIndex()) {
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

  /** All entries, in order. */
  public List<LogEntry> entries() {
    return between(1, lastIndex());
  }

  /** This log with {@code entry} appended; it must be the next index. */
  public RaftLog append(LogEntry entry) {
    if (entry.index() != lastIndex() + 1 || entry.term() < lastTerm()) {
      throw new IllegalArgumentException("cannot append " + entry + " after " + lastIndex() + "/" + lastTerm());
    }
    synchronized (shared) {
      if (shared.size() == length && this != EMPTY) {
        shared.add(entry); // nobody has grown this lineage past us: extend it in place
        return new RaftLog(shared, length + 1);
      }
      ArrayList<LogEntry> longer = new ArrayList<>(Math.max(16, length * 2));
      longer.addAll(shared.subList(0, length));
      longer.add(entry);
      return new RaftLog(longer, length + 1);
    }
  }

  /**
   * This log with everything from {@code index} on replaced by {@code suffix} (which starts at
   * {@code index}). A follower uses it to drop a conflicting tail and take the leader's.
   */
  public RaftLog replaceFrom(long index, List<LogEntry> suffix) {
    if (index < 1 || index > lastIndex() + 1) {
      throw new IllegalArgumentException("cannot replace from " + index + " in a log ending at " + lastIndex());
    }
    List<LogEntry> result = new ArrayList<>(between(1, index - 1));
    result.addAll(suffix);
    return RaftLog.of(result);
  }

  /**
   * The first index of the run of entries with term {@code term} that contains {@code index}, by
   * walking back from {@code index}. A follower reports it as its conflict index.
   */
  public long firstIndexOfTermAt(long index) {
    long term = termAt(index);
    long first = index;
    while (first > 1 && termAt(first - 1) == term) {
      first--;
    }
    return first;
  }

  /** The last index holding an entry of {@code term}, or 0 if the log has none. */
  public long lastIndexOfTerm(long term) {
    for (long i = lastIndex(); i >= 1; i--) {
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
    return Math.toIntExact(index - 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RaftLog log && entries().equals(log.entries());
  }

  @Override
  public int hashCode() {
    return entries().hashCode();
  }

  @Override
  public String toString() {
    StringBuilder terms = new StringBuilder("RaftLog[");
    List<LogEntry> entries = entries();
    for (int i = 0; i < entries.size(); i++) {
      terms.append(i == 0 ? "" : " ").append(entries.get(i).term());
    }
    return terms.append(']').toString();
  }
}
