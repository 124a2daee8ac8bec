package com.example.raft.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.raft.data.KvResult;
import com.example.raft.data.Operation;
import com.example.raft.simulation.LinearizabilityChecker.Op;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The checker itself, on histories known to be linearizable and known not to be. */
@DisplayName("Linearizability checker")
class LinearizabilityCheckerTest {

  private static final long NEVER = LinearizabilityChecker.NO_RESPONSE;

  @Test
  @DisplayName("accepts a sequential history")
  void sequential() {
    assertLinearizable(List.of(
        put("x", "1", 0, 1, Optional.empty()),
        get("x", 2, 3, "1"),
        cas("x", "1", "2", 4, 5, new KvResult.Done(Optional.of("1"))),
        get("x", 6, 7, "2")));
  }

  @Test
  @DisplayName("accepts reads overlapping a write that see the old value, then the new one — not the reverse")
  void overlappingReadsSeeOldThenNew() {
    assertLinearizable(List.of(put("x", "1", 0, 10, Optional.empty()), get("x", 1, 2, null), get("x", 3, 4, "1")));
    assertNotLinearizable(List.of(put("x", "1", 0, 10, Optional.empty()), get("x", 1, 2, "1"), get("x", 3, 4, null)));
    assertNotLinearizable(List.of(put("x", "1", 0, 10, Optional.empty()), get("x", 11, 12, null)));
  }

  @Test
  @DisplayName("rejects a stale read after a write completed")
  void staleRead() {
    assertNotLinearizable(List.of(put("x", "1", 0, 1, Optional.empty()), put("x", "2", 2, 3, Optional.of("1")), get("x", 4, 5, "1")));
  }

  @Test
  @DisplayName("rejects a lost update: two compare-and-sets from the same value both succeeding")
  void lostUpdate() {
    assertNotLinearizable(List.of(
        put("x", "0", 0, 1, Optional.empty()),
        cas("x", "0", "a", 2, 5, new KvResult.Done(Optional.of("0"))),
        cas("x", "0", "b", 3, 6, new KvResult.Done(Optional.of("0")))));
  }

  @Test
  @DisplayName("lets an unanswered write take effect late, or never")
  void unansweredWrites() {
    assertLinearizable(List.of(put("x", "1", 0, NEVER, Optional.empty()), get("x", 5, 6, null), get("x", 7, 8, "1")));
    assertLinearizable(List.of(put("x", "1", 0, NEVER, Optional.empty()), get("x", 5, 6, null)));
    assertNotLinearizable(List.of(put("x", "1", 5, NEVER, Optional.empty()), get("x", 1, 2, "1")));
  }

  @Test
  @DisplayName("keeps keys apart: each key's history is judged on its own")
  void perKey() {
    assertLinearizable(List.of(put("x", "1", 0, 1, Optional.empty()), get("y", 2, 3, null), get("x", 4, 5, "1")));
    Optional<String> verdict = LinearizabilityChecker.check(
        List.of(put("x", "1", 0, 1, Optional.empty()), get("y", 2, 3, "1")));
    assertTrue(verdict.orElse("").startsWith("not linearizable on key 'y'"), verdict.toString());
  }

  @Test
  @DisplayName("shrinks a long failing history to the few operations that show the fault")
  void shrinksToAMinimalFailingSubHistory() {
    List<Op> history = new java.util.ArrayList<>();
    long time = 0;
    String previous = null;
    for (int i = 0; i < 60; i++) {
      history.add(put("x", "v" + i, time, time + 1, Optional.ofNullable(previous)));
      history.add(get("x", time + 2, time + 3, "v" + i));
      previous = "v" + i;
      time += 4;
    }
    history.add(get("x", time, time + 1, "v17")); // stale: v59 was written long before
    history.add(put("x", "late", time + 2, NEVER, Optional.empty()));

    List<Op> minimal = LinearizabilityChecker.shrink(history);

    assertTrue(minimal.size() <= 3, "minimal: " + minimal);
    assertTrue(minimal.contains(history.get(history.size() - 2)), "the stale read is kept: " + minimal);
    assertTrue(LinearizabilityChecker.check(minimal).isPresent(), "what is left still fails");
    String verdict = LinearizabilityChecker.check(history).orElseThrow();
    assertTrue(verdict.contains("a minimal failing sub-history (" + minimal.size() + " of its 122 operations"), verdict);
  }

  @Test
  @DisplayName("accepts many concurrent overlapping writes and reads in any consistent order, and rejects a read of a value never written")
  void concurrentOverlap() {
    assertLinearizable(List.of(
        put("x", "a", 0, 10, Optional.empty()),
        put("x", "b", 1, 11, Optional.of("a")),
        put("x", "c", 2, 12, Optional.of("b")),
        get("x", 3, 13, "b"),
        get("x", 4, 14, "c"),
        get("x", 15, 16, "c")));
    assertNotLinearizable(List.of(
        put("x", "a", 0, 10, Optional.empty()),
        put("x", "b", 1, 11, Optional.of("a")),
        get("x", 3, 13, "z")));
    // both writes answered "previous was empty": only one of them can have come first
    assertNotLinearizable(List.of(put("x", "a", 0, 10, Optional.empty()), put("x", "b", 1, 11, Optional.empty())));
  }

  private static Op put(String key, String value, long invoked, long responded, Optional<String> previous) {
    Optional<KvResult> result = responded == NEVER ? Optional.empty() : Optional.of(new KvResult.Done(previous));
    return Op.write(new Operation.Put(key, value), invoked, responded, result);
  }

  private static Op cas(String key, String expected, String value, long invoked, long responded, KvResult result) {
    return Op.write(new Operation.CompareAndSet(key, expected, value), invoked, responded, Optional.of(result));
  }

  private static Op get(String key, long invoked, long responded, String value) {
    return Op.read(key, invoked, responded, Optional.ofNullable(value));
  }

  private static void assertLinearizable(List<Op> history) {
    assertEquals(Optional.empty(), LinearizabilityChecker.check(history));
  }

  private static void assertNotLinearizable(List<Op> history) {
    assertTrue(LinearizabilityChecker.check(history).isPresent(), "expected a violation in " + history);
  }
}
