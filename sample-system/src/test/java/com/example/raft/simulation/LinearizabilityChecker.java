package com.example.raft.simulation;

import com.example.raft.data.KvResult;
import com.example.raft.data.Operation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides whether a recorded history of key-value operations is linearizable: whether each
 * operation can be given a single point in time between its invocation and its response such that
 * the results are those of a sequential map.
 *
 * <p>The search is Wing &amp; Gong's, with the memo of Lowe and Porcupine: the history is split
 * by key (operations on different keys commute), and for each key a depth-first search tries to
 * linearize, next, any operation that was invoked before every not-yet-linearized operation
 * responded, memoizing (set of linearized operations, register value) pairs already explored.
 * Operations that never responded may take effect at any point after their invocation, or not at
 * all.
 */
public final class LinearizabilityChecker {

  /** The "never answered" response time of an operation whose outcome is unknown. */
  public static final long NO_RESPONSE = Long.MAX_VALUE;

  /**
   * One client operation: a write ({@code write} present) or a read of {@code key}; its
   * invocation and response times; its result, absent when it never responded.
   */
  public record Op(String key, Optional<Operation> write, long invokedAt, long respondedAt, Optional<KvResult> result) {

    public static Op write(Operation operation, long invokedAt, long respondedAt, Optional<KvResult> result) {
      return new Op(operation.key(), Optional.of(operation), invokedAt, respondedAt, result);
    }

    public static Op read(String key, long invokedAt, long respondedAt, Optional<String> value) {
      return new Op(key, Optional.empty(), invokedAt, respondedAt, Optional.of(new KvResult.Value(value)));
    }

    public boolean responded() {
      return respondedAt != NO_RESPONSE;
    }
  }

  private LinearizabilityChecker() {}

  /** Empty if {@code history} is linearizable; otherwise which key's history is not, and its operations. */
  public static Optional<String> check(List<Op> history) {
    Map<String, List<Op>> byKey = new TreeMap<>();
    for (Op op : history) {
      byKey.computeIfAbsent(op.key(), key -> new ArrayList<>()).add(op);
    }
    for (Map.Entry<String, List<Op>> key : byKey.entrySet()) {
      List<Op> ops = new ArrayList<>(key.getValue());
      ops.sort(Comparator.comparingLong(Op::invokedAt));
      if (!new Search(ops).linearizable()) {
        List<Op> minimal = shrink(ops);
        StringBuilder described = new StringBuilder("not linearizable on key '" + key.getKey() + "'; a minimal failing sub-history ("
            + minimal.size() + " of its " + ops.size() + " operations, times relative to the first):");
        long origin = minimal.get(0).invokedAt();
        minimal.forEach(op -> described.append("\n    ").append(describe(op, origin)));
        return Optional.of(described.toString());
      }
    }
    return Optional.empty();
  }

  //! A failing history from a long run holds hundreds of operations, and the few that show the
  //! fault hide among them. `shrink` removes operations while what is left still cannot be
  //! linearized — chunks first, then single operations (Zeller's delta debugging, simplified) —
  //! until no single operation can go. Every operation left is needed for the violation, which
  //! is usually a read and the two or three writes it contradicts.

  /** A sub-history of {@code ops} (not linearizable) that is still not linearizable, and from which no single operation can be removed. */
  static List<Op> shrink(List<Op> ops) {
    List<Op> current = new ArrayList<>(ops);
    int chunk = Math.max(1, current.size() / 2);
    while (true) {
      boolean removedAny = false;
      for (int start = 0; start < current.size(); ) {
        List<Op> candidate = new ArrayList<>(current.subList(0, start));
        candidate.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
        if (!candidate.isEmpty() && !new Search(candidate).linearizable()) {
          current = candidate;
          removedAny = true;
        } else {
          start += chunk;
        }
      }
      if (chunk == 1 && !removedAny) {
        return current;
      }
      if (!removedAny) {
        chunk = Math.max(1, chunk / 2);
      }
    }
  }

  private static String describe(Op op, long origin) {
    String what = op.write().map(Object::toString).orElse("Get[key=" + op.key() + "]");
    String when = "[" + (op.invokedAt() - origin) + ", " + (op.responded() ? Long.toString(op.respondedAt() - origin) : "never") + "]";
    return when + " " + what + " -> " + op.result().map(Object::toString).orElse("(no answer)");
  }

  /** The search over one key's operations, sorted by invocation time. */
  private static final class Search {
    private final List<Op> ops;
    private final Set<Memo> explored = new HashSet<>();
    private final int mustLinearize;

    private record Memo(BitSet linearized, Optional<String> value) {}

    Search(List<Op> ops) {
      this.ops = ops;
      this.mustLinearize = (int) ops.stream().filter(Op::responded).count();
    }

    boolean linearizable() {
      return search(new BitSet(ops.size()), 0, Optional.empty());
    }

    private boolean search(BitSet linearized, int respondedDone, Optional<String> value) {
      if (respondedDone == mustLinearize) {
        return true; // every answered operation has its point; the unanswered may never have happened
      }
      if (!explored.add(new Memo((BitSet) linearized.clone(), value))) {
        return false;
      }
      long firstResponse = NO_RESPONSE;
      for (int i = linearized.nextClearBit(0); i < ops.size(); i = linearized.nextClearBit(i + 1)) {
        firstResponse = Math.min(firstResponse, ops.get(i).respondedAt());
      }
      for (int i = linearized.nextClearBit(0); i < ops.size(); i = linearized.nextClearBit(i + 1)) {
        Op op = ops.get(i);
        if (op.invokedAt() > firstResponse) {
          break; // sorted by invocation: nothing later can go before the earliest pending response
        }
        Optional<Optional<String>> next = apply(value, op);
        if (next.isPresent()) {
          linearized.set(i);
          boolean found = search(linearized, respondedDone + (op.responded() ? 1 : 0), next.get());
          linearized.clear(i);
          if (found) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** The register's value after {@code op}, if {@code op}'s recorded result is what a map would answer. */
  static Optional<Optional<String>> apply(Optional<String> value, Op op) {
    if (op.write().isEmpty()) {
      return matches(op, new KvResult.Value(value)) ? Optional.of(value) : Optional.empty();
    }
    Operation write = op.write().get();
    if (write instanceof Operation.Put put) {
      return matches(op, new KvResult.Done(value)) ? Optional.of(Optional.of(put.value())) : Optional.empty();
    }
    if (write instanceof Operation.Delete) {
      return matches(op, new KvResult.Done(value)) ? Optional.of(Optional.empty()) : Optional.empty();
    }
    Operation.CompareAndSet cas = (Operation.CompareAndSet) write;
    if (Objects.equals(value.orElse(null), cas.expected())) {
      return matches(op, new KvResult.Done(value)) ? Optional.of(Optional.of(cas.newValue())) : Optional.empty();
    }
    return matches(op, new KvResult.CasMismatch(value)) ? Optional.of(value) : Optional.empty();
  }

  private static boolean matches(Op op, KvResult expected) {
    return op.result().map(expected::equals).orElse(true);
  }
}
