package dev.archdoc.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The machine secret that seals cache entries")
class MachineSecretTest {

  @TempDir Path home;

  @Test
  @DisplayName("is made on first use, readable and writable by its owner only, and the same on the next use")
  void madeOnceOwnerOnly() throws IOException {
    Path folder = home.resolve("archdoc");
    byte[] first = MachineSecret.loadOrCreate(folder).orElseThrow();
    assertThat(first).hasSize(MachineSecret.BYTES);
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder.resolve("cache-key"));
    assertThat(permissions).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(MachineSecret.loadOrCreate(folder)).hasValue(first);
    try (var files = Files.list(folder)) {
      assertThat(files).as("no partial or probe file left").containsExactly(folder.resolve("cache-key"));
    }
  }

  @Test
  @DisplayName("is not trusted when others may read it, when it is a link, or when it is not a whole key")
  void untrustedKeys() throws IOException {
    Path folder = home.resolve("archdoc");
    MachineSecret.loadOrCreate(folder).orElseThrow();
    Path key = folder.resolve("cache-key");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(MachineSecret.loadOrCreate(folder)).as("readable by others").isEmpty();

    Path linked = home.resolve("linked");
    Files.createDirectories(linked);
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    Files.createSymbolicLink(linked.resolve("cache-key"), key);
    assertThat(MachineSecret.loadOrCreate(linked)).as("a link").isEmpty();

    Path short_ = home.resolve("short");
    Files.createDirectories(short_);
    Files.write(short_.resolve("cache-key"), new byte[3]);
    Files.setPosixFilePermissions(short_.resolve("cache-key"), PosixFilePermissions.fromString("rw-------"));
    assertThat(MachineSecret.loadOrCreate(short_)).as("three bytes").isEmpty();
  }

  @Test
  @DisplayName("falls back to a secret of this process when no folder can hold it")
  void noFolder() throws IOException {
    Path file = Files.writeString(home.resolve("a-file"), "not a folder");
    assertThat(MachineSecret.loadOrCreate(file.resolve("archdoc"))).isEmpty();
    assertThat(MachineSecret.current()).hasSize(MachineSecret.BYTES);
  }
}
