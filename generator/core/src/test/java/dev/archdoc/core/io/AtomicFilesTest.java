package dev.archdoc.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Files written aside and moved in")
class AtomicFilesTest {

  @TempDir Path dir;

  private Set<PosixFilePermission> ordinaryFilePermissions() throws IOException {
    return Files.getPosixFilePermissions(Files.createFile(dir.resolve("ordinary.txt")));
  }

  @Test
  @DisplayName("get the permissions any file the user writes gets, not owner-only ones")
  void ordinaryPermissions() throws IOException {
    Path lock = dir.resolve("archdoc.lock");
    AtomicFiles.writeString(lock, "version: 1\n");
    assertThat(Files.getPosixFilePermissions(lock)).isEqualTo(ordinaryFilePermissions());

    Path site = AtomicFiles.folderBeside(dir.resolve("site"), "building");
    Path ordinaryFolder = Files.createDirectory(dir.resolve("ordinary"));
    assertThat(Files.getPosixFilePermissions(site)).isEqualTo(Files.getPosixFilePermissions(ordinaryFolder));
    assertThat(site.getFileName().toString()).startsWith(".site.building-");
  }

  @Test
  @DisplayName("leave the old file whole, and no temporary file behind, when writing fails")
  void failureKeepsTheOldFile() throws IOException {
    Path report = dir.resolve("report.txt");
    AtomicFiles.writeString(report, "old");
    assertThatThrownBy(() -> AtomicFiles.write(report, writer -> {
      writer.write("half a rep");
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(Files.readString(report)).isEqualTo("old");
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("report.txt");
    }
  }

  @Test
  @DisplayName("refuse to replace a folder with a file, saying so in the user's words")
  void refusesAFolder() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("out"));
    assertThatThrownBy(() -> AtomicFiles.writeString(folder, "x"))
        .hasMessage(folder + ": is a folder; give the path of a file to write");
    assertThat(Files.isDirectory(folder)).isTrue();
  }
}
