package dev.archdoc.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Pruning the build cache")
class CachePrunerTest {

  @TempDir Path root;

  /** Runs start a minute apart, from an hour ago; entries are written at a run's start. */
  private static Instant run(int n) {
    return Instant.parse("2026-12-01T10:00:00Z").plusSeconds(60L * n);
  }

  private Path entry(String kind, String name, int usedInRun, int size) throws IOException {
    String key = Digest.of("test").add(name).hex();
    Path file = root.resolve("target/archdoc-cache").resolve(kind).resolve(key.substring(0, 2)).resolve(key);
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[size]);
    touch(file, usedInRun);
    return file;
  }

  private static void touch(Path file, int run) throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(run(run).plusSeconds(5)));
  }

  private CachePruner.Pruned prune(int run, long cap) {
    return CachePruner.afterRun(root.resolve("target/archdoc-cache"), run(run), cap);
  }

  @Test
  @DisplayName("keeps what each kind's last three runs used, and a kind no run used ages not")
  void keepsRecentRuns() throws IOException {
    Path page1 = entry("pages", "p1", 1, 10);
    prune(1, Long.MAX_VALUE);
    Path page2 = entry("pages", "p2", 2, 10);
    Path code2 = entry("code", "c2", 2, 10);
    prune(2, Long.MAX_VALUE);
    for (int run = 3; run <= 4; run++) {
      touch(code2, run); // checks: they read code only
      prune(run, Long.MAX_VALUE);
    }
    assertThat(page1).as("pages' runs were 1 and 2 only").exists();
    Path page5 = entry("pages", "p5", 5, 10);
    prune(5, Long.MAX_VALUE);
    assertThat(page1).as("used by run 1, one of pages' last three (1, 2, 5)").exists();
    entry("pages", "p6", 6, 10);
    CachePruner.Pruned pruned = prune(6, Long.MAX_VALUE);
    assertThat(page1).as("pages' last three runs are 2, 5, 6").doesNotExist();
    assertThat(page2).exists();
    assertThat(page5).exists();
    assertThat(code2).exists();
    assertThat(pruned.deleted()).isEqualTo(1);
  }

  @Test
  @DisplayName("cuts the cache to its cap, least recently used first, never what this run used")
  void capsTheSize() throws IOException {
    Path old = entry("pages", "old", 1, 100);
    Path older = entry("links", "older", 0, 100);
    Path current = entry("pages", "current", 2, 150);
    CachePruner.Pruned pruned = prune(2, 120);
    assertThat(older).doesNotExist();
    assertThat(old).doesNotExist();
    assertThat(current).as("used by this run, though over the cap").exists();
    assertThat(pruned.keptBytes()).isEqualTo(150);
  }

  @Test
  @DisplayName("deletes only entries: no other file, nothing through a link, whatever a planted runs file says")
  void deletesOnlyEntries() throws IOException {
    Path outside = Files.createDirectories(root.resolve("outside"));
    String key = Digest.of("test").add("outside").hex();
    Path canary = Files.write(outside.resolve(key), new byte[10]);
    Files.setLastModifiedTime(canary, FileTime.from(run(0)));
    Path cache = Files.createDirectories(root.resolve("target/archdoc-cache"));
    Files.createSymbolicLink(cache.resolve("linked"), outside);
    Files.createDirectories(cache.resolve("pages"));
    Files.createSymbolicLink(cache.resolve("pages/aa"), outside);
    Path notAnEntry = Files.writeString(cache.resolve("pages/README"), "kept");
    Files.setLastModifiedTime(notAnEntry, FileTime.from(run(0)));
    Files.writeString(cache.resolve("pages/runs"), "9999999999999\nnot a number\n");
    entry("pages", "now", 9, 10);
    prune(9, 0);
    assertThat(canary).exists();
    assertThat(notAnEntry).exists();
  }
}
