package dev.archdoc.core.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Debouncer")
class DebouncerTest {

  private long now;
  private final Debouncer debouncer = new Debouncer(100, () -> now);

  @Test
  @DisplayName("has nothing to wait for before the first change")
  void idle() {
    assertEquals(-1, debouncer.nanosUntilDue());
    assertEquals(Optional.empty(), debouncer.takeIfDue());
  }

  @Test
  @DisplayName("turns a burst of saves into one batch, due a quiet period after the last save")
  void burstIsOneBatch() {
    debouncer.changed(Path.of("a.md"));
    now = 60;
    debouncer.changed(Path.of("b.md"));
    now = 120;
    debouncer.changed(Path.of("a.md"));
    assertEquals(100, debouncer.nanosUntilDue());
    now = 219;
    assertTrue(debouncer.takeIfDue().isEmpty());
    assertEquals(1, debouncer.nanosUntilDue());
    now = 220;
    assertEquals(Optional.of(Set.of(Path.of("a.md"), Path.of("b.md"))), debouncer.takeIfDue());
    assertEquals(-1, debouncer.nanosUntilDue());
    assertTrue(debouncer.takeIfDue().isEmpty());
  }
}
