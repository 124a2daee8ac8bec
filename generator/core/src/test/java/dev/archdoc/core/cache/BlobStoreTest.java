package dev.archdoc.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The cache's store of entries")
class BlobStoreTest {

  @TempDir Path folder;

  private final String key = Digest.of("test").add("an entry").hex();

  @Test
  @DisplayName("gives back what was put under a key, and nothing under another")
  void keepsEntries() {
    BlobStore store = new BlobStore(folder);
    store.put(key, "hello".getBytes(StandardCharsets.UTF_8));
    assertThat(new BlobStore(folder).get(key)).hasValueSatisfying(bytes -> assertThat(bytes).asString().isEqualTo("hello"));
    assertThat(store.get(Digest.of("test").add("another").hex())).isEmpty();
  }

  @Test
  @DisplayName("treats a truncated, altered or foreign entry as a miss, never as a failure, and deletes it")
  void damagedEntriesAreMisses() throws IOException {
    BlobStore store = new BlobStore(folder);
    byte[] content = "a rendered page".getBytes(StandardCharsets.UTF_8);
    store.put(key, content);
    Path file = store.fileOf(key);
    byte[] whole = Files.readAllBytes(file);

    Files.write(file, Arrays.copyOf(whole, whole.length - 3));
    assertThat(store.get(key)).as("truncated").isEmpty();
    assertThat(file).doesNotExist();

    byte[] altered = whole.clone();
    altered[altered.length - 1] ^= 1;
    Files.write(file, altered);
    assertThat(store.get(key)).as("one bit changed").isEmpty();

    Files.writeString(file, "not an entry at all");
    assertThat(store.get(key)).as("foreign").isEmpty();
    assertThat(file).doesNotExist();

    Files.createDirectory(file);
    assertThat(store.get(key)).as("unreadable").isEmpty();
  }

  @Test
  @DisplayName("believes only entries sealed with this machine's secret, under their own key")
  void sealedByThisMachineOnly() throws IOException {
    byte[] content = "a code model".getBytes(StandardCharsets.UTF_8);
    byte[] otherMachine = new byte[MachineSecret.BYTES];
    Arrays.fill(otherMachine, (byte) 1);
    new BlobStore(folder, otherMachine).put(key, content);
    BlobStore mine = new BlobStore(folder);
    assertThat(mine.get(key)).as("made with another secret").isEmpty();
    assertThat(mine.fileOf(key)).as("and deleted").doesNotExist();

    mine.put(key, content);
    String other = Digest.of("test").add("another").hex();
    Files.createDirectories(mine.fileOf(other).getParent());
    Files.copy(mine.fileOf(key), mine.fileOf(other));
    assertThat(mine.get(other)).as("a genuine entry moved to another key").isEmpty();
    assertThat(mine.get(key)).hasValue(content);
  }

  @Test
  @DisplayName("reads and writes nothing through a linked folder, and does not follow a linked entry")
  void linksAreNotFollowed() throws IOException {
    Path outside = Files.createDirectories(folder.resolve("outside"));
    Path canary = Files.writeString(outside.resolve("canary"), "secret");
    Path cache = Files.createDirectories(folder.resolve("project/target/archdoc-cache"));
    Files.createSymbolicLink(cache.resolve("pages"), outside);
    BlobStore linked = new BlobStore(cache.resolve("pages"));
    linked.put(key, new byte[] {1});
    assertThat(linked.get(key)).isEmpty();
    try (var files = Files.list(outside)) {
      assertThat(files).containsExactly(canary);
    }

    BlobStore store = new BlobStore(cache.resolve("code"));
    Files.createDirectories(store.fileOf(key).getParent());
    Files.createSymbolicLink(store.fileOf(key), canary);
    assertThat(store.get(key)).isEmpty();
    assertThat(canary).hasContent("secret");
  }

  @Test
  @DisplayName("does not fail a build when it cannot write, and leaves no partial entry")
  void failedWritesAreHarmless() throws IOException {
    Path blocked = folder.resolve("blocked");
    Files.writeString(blocked, "a file where the store wants a folder");
    BlobStore store = new BlobStore(blocked);
    store.put(key, new byte[] {1, 2, 3});
    assertThat(store.get(key)).isEmpty();

    BlobStore good = new BlobStore(folder.resolve("good"));
    good.put(key, new byte[] {1, 2, 3});
    good.put(key, new byte[] {4, 5});
    assertThat(good.get(key)).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(4, 5));
    try (var files = Files.list(good.fileOf(key).getParent())) {
      assertThat(files).containsExactly(good.fileOf(key));
    }
  }
}
