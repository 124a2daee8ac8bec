package dev.archdoc.core.serve;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Turns a burst of saves into one rebuild: changes collect until none has come for a quiet
 * period. A value with a clock, no threads: the watcher asks it how long to wait for the next
 * event and whether the batch is due, and tests drive it with a hand-moved clock.
 */
final class Debouncer {

  private final long quietNanos;
  private final LongSupplier clock;
  private final Set<Path> pending = new LinkedHashSet<>();
  private long lastChange;

  /**
   * @param quietNanos how long no change must come before the batch is due
   * @param clock nanoseconds, as {@link System#nanoTime}
   */
  Debouncer(long quietNanos, LongSupplier clock) {
    this.quietNanos = quietNanos;
    this.clock = clock;
  }

  void changed(Path path) {
    pending.add(path);
    lastChange = clock.getAsLong();
  }

  /** How long to wait for the next change before the batch is due; -1 when nothing is pending. */
  long nanosUntilDue() {
    if (pending.isEmpty()) {
      return -1;
    }
    return Math.max(0, lastChange + quietNanos - clock.getAsLong());
  }

  /** The batch, once quiet long enough; it is then forgotten. */
  Optional<Set<Path>> takeIfDue() {
    if (pending.isEmpty() || nanosUntilDue() > 0) {
      return Optional.empty();
    }
    Set<Path> batch = Set.copyOf(pending);
    pending.clear();
    return Optional.of(batch);
  }
}
