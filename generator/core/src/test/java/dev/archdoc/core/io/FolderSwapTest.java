package dev.archdoc.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The one folder swap (a built site, a versioned site)")
class FolderSwapTest {

  @TempDir Path temp;

  private Path siteWith(String text) throws IOException {
    Path site = temp.resolve("site");
    Files.createDirectories(site);
    Files.writeString(site.resolve("index.html"), text);
    return site;
  }

  private List siblings() throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return new List(files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  private record List(java.util.List<String> names) {}

  @Test
  @DisplayName("swaps a complete new state in and leaves nothing beside the folder")
  void swaps() throws IOException {
    Path site = siteWith("old");
    for (FolderSwap swap : new FolderSwap[] {FolderSwap.shared(site), FolderSwap.exclusive(site)}) {
      Path staging = swap.begin();
      Files.writeString(staging.resolve("index.html"), "new");
      swap.commit();
      swap.abandon();
      assertThat(site.resolve("index.html")).content().isEqualTo("new");
      assertThat(siblings().names()).containsExactly("site");
      Files.writeString(site.resolve("index.html"), "old");
    }
  }

  @Test
  @DisplayName("a failure before the commit leaves the old state and drops the staging folder")
  void failureLeavesTheOld() throws IOException {
    Path site = siteWith("old");
    FolderSwap swap = FolderSwap.shared(site);
    Path staging = swap.begin();
    Files.writeString(staging.resolve("index.html"), "half");
    swap.abandon(); // what the caller's finally does when writing failed
    assertThat(site.resolve("index.html")).content().isEqualTo("old");
    assertThat(siblings().names()).containsExactly("site");
  }

  @Test
  @DisplayName("after a crash between the two renames, current() reads the old state and the next swap puts it back first")
  void crashBetweenTheRenames() throws IOException {
    Path site = siteWith("old");
    Files.move(site, temp.resolve(".site.archdoc-previous")); // killed after the first rename
    assertThat(FolderSwap.current(site).resolve("index.html")).content().isEqualTo("old");

    FolderSwap swap = FolderSwap.shared(site);
    Path staging = swap.begin();
    assertThat(site.resolve("index.html")).content().isEqualTo("old"); // back before anything else
    Files.writeString(staging.resolve("index.html"), "new");
    swap.commit();
    assertThat(site.resolve("index.html")).content().isEqualTo("new");
    assertThat(siblings().names()).containsExactly("site");
  }

  @Test
  @DisplayName("after a crash past the second rename, the leftover old state goes and the new one stays")
  void crashAfterTheSecondRename() throws IOException {
    Path site = siteWith("new");
    Files.createDirectories(temp.resolve(".site.archdoc-previous"));
    Files.writeString(temp.resolve(".site.archdoc-previous/index.html"), "old");
    Files.createDirectories(temp.resolve(".site.archdoc-staging"));
    Files.writeString(temp.resolve(".site.archdoc-staging/index.html"), "half");
    FolderSwap swap = FolderSwap.exclusive(site);
    swap.begin();
    swap.abandon();
    assertThat(site.resolve("index.html")).content().isEqualTo("new");
    assertThat(siblings().names()).containsExactly("site");
  }

  @Test
  @DisplayName("two shared swaps of one folder never write into each other's staging folder")
  void sharedStagingIsOwn() throws IOException {
    Path site = siteWith("old");
    FolderSwap first = FolderSwap.shared(site);
    FolderSwap second = FolderSwap.shared(site);
    Path one = first.begin();
    Path two = second.begin();
    assertThat(one).isNotEqualTo(two);
    first.abandon();
    second.abandon();
  }
}
