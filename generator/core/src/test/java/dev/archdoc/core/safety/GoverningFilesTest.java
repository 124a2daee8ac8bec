package dev.archdoc.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A change to archdoc.yml or archdoc.lock against the base branch is noticed")
class GoverningFilesTest {

  private static final PersonIdent ME = new PersonIdent("t", "t@example.org", 0, 0);

  @Test
  @DisplayName("unchanged files say nothing; an edited archdoc.yml and a new archdoc.lock are named")
  void changedAgainstMain(@TempDir Path root) throws Exception {
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      Files.writeString(root.resolve("archdoc.yml"), "title: A\n");
      git.add().addFilepattern("archdoc.yml").call();
      git.commit().setMessage("base").setAuthor(ME).setCommitter(ME).setSign(false).call();
      git.checkout().setCreateBranch(true).setName("pr").call();

      assertThat(GoverningFiles.againstBase(root, null)).get()
          .satisfies(changed -> assertThat(changed.files()).isEmpty());

      Files.writeString(root.resolve("archdoc.yml"), "title: A\nrules:\n  layer-violation: off\n");
      Files.writeString(root.resolve("archdoc.lock"), "{}\n");
      GoverningFiles.Changed changed = GoverningFiles.againstBase(root, null).orElseThrow();
      assertThat(changed.base()).isEqualTo("main");
      assertThat(changed.files()).isEqualTo(List.of("archdoc.yml", "archdoc.lock"));
    }
  }

  @Test
  @DisplayName("no repository, or no base branch, is no answer")
  void noRepository(@TempDir Path root) {
    assertThat(GoverningFiles.againstBase(root, "main")).isEmpty();
  }
}
