package dev.archdoc.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archdoc.core.publish.Publish.Step;
import dev.archdoc.core.publish.Publish.StepListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Publishing versions to a git branch")
class PublishToBranchTest {

  @TempDir Path temp;
  private Path project;
  private Git git;

  @BeforeEach
  void repository() throws IOException, GitAPIException {
    project = temp.resolve("project");
    git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call();
    git.getRepository().getConfig().setString("user", null, "name", "Tester");
    git.getRepository().getConfig().setString("user", null, "email", "tester@example.com");
    PublishTest.write(project.resolve("README.md"), "hello\n");
    git.add().addFilepattern(".").call();
    git.commit().setMessage("start").call();
    PublishTest.write(project.resolve("README.md"), "an edit not committed\n");
  }

  private Publish.Outcome publish(String version, StepListener steps, boolean push, String... aliases) throws IOException {
    // the work tree has an edit not committed (to show it is never touched), so the publish allows it
    return Publish.addBuilt(PublishTest.builtSite(temp, version),
        new Publish.Request(project, version, List.of(aliases), null, new Publish.Branch("gh-pages", push), List.of())
            .allowingDirty(),
        steps);
  }

  static Map<String, String> files(Repository repo, String rev) throws IOException {
    Map<String, String> files = new java.util.TreeMap<>();
    ObjectId id = repo.resolve(rev);
    if (id == null) {
      return files;
    }
    try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
      tree.addTree(walk.parseCommit(id).getTree());
      tree.setRecursive(true);
      while (tree.next()) {
        files.put(tree.getPathString(), new String(repo.open(tree.getObjectId(0)).getBytes()));
      }
    }
    return files;
  }

  @Test
  @DisplayName("creates the branch as an orphan, commits each version on it, and never touches the work tree")
  void commitsToTheBranch() throws IOException, GitAPIException {
    publish("1.0", StepListener.NONE, false, "latest");
    publish("1.1", StepListener.NONE, false, "latest");
    Repository repo = git.getRepository();
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit head = walk.parseCommit(repo.resolve("refs/heads/gh-pages"));
      assertThat(head.getFullMessage()).isEqualTo("archdoc: publish 1.1 (latest)\n");
      RevCommit first = walk.parseCommit(head.getParent(0));
      assertThat(first.getFullMessage()).isEqualTo("archdoc: publish 1.0 (latest)\n");
      assertThat(first.getParentCount()).as("an orphan branch").isZero();
    }
    Map<String, String> tree = files(repo, "refs/heads/gh-pages");
    assertThat(tree).containsKeys("1.0/index.html", "1.1/index.html", "versions.json", ".nojekyll", "latest/index.html");
    assertThat(tree.get("latest/index.html")).contains("url=../1.1/index.html");
    assertThat(repo.getBranch()).isEqualTo("main");
    assertThat(Files.readString(project.resolve("README.md"))).isEqualTo("an edit not committed\n");
    assertThat(project.resolve("1.0")).doesNotExist();
    assertThat(git.status().call().getModified()).containsExactly("README.md");
  }

  @ParameterizedTest(name = "a failure after {0}")
  @EnumSource(value = Step.class, names = {"COPIED", "VERSION_WRITTEN", "ALIASES_WRITTEN", "INDEX_WRITTEN"})
  @DisplayName("leaves the branch where it was when a step fails before the commit")
  void failureLeavesTheBranch(Step failing) throws IOException {
    publish("1.0", StepListener.NONE, false, "latest");
    ObjectId before = git.getRepository().resolve("refs/heads/gh-pages");
    assertThatThrownBy(() -> publish("1.1", step -> {
      if (step == failing) {
        throw new IOException("injected");
      }
    }, false, "latest")).hasMessage("injected");
    assertThat(git.getRepository().resolve("refs/heads/gh-pages")).isEqualTo(before);
  }

  @Test
  @DisplayName("refuses the branch that is checked out, so the user's files are never overwritten")
  void refusesTheCheckedOutBranch() {
    assertThatThrownBy(() -> Publish.addBuilt(PublishTest.builtSite(temp, "1.0"),
        new Publish.Request(project, "1.0", List.of(), null, new Publish.Branch("main", false), List.of()).allowingDirty(),
        StepListener.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("checked out");
  }

  @Test
  @DisplayName("pushes the branch to origin with --push")
  void pushes() throws Exception {
    Path remote = temp.resolve("remote.git");
    Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
    git.remoteAdd().setName("origin").setUri(new URIish(remote.toUri().toString())).call();
    Publish.Outcome outcome = publish("1.0", StepListener.NONE, true, "latest");
    try (Git bare = Git.open(remote.toFile())) {
      assertThat(bare.getRepository().resolve("refs/heads/gh-pages").name()).isEqualTo(outcome.commit().orElseThrow());
      assertThat(files(bare.getRepository(), "refs/heads/gh-pages")).containsKey("1.0/index.html");
    }
  }

  @Test
  @DisplayName("loses cleanly to a publish that moved the branch meanwhile: the other commit stays, nothing is overwritten")
  void concurrentPublishToTheBranch() throws IOException {
    publish("1.0", StepListener.NONE, false, "latest");
    ObjectId[] other = new ObjectId[1];
    StepListener racing = step -> {
      if (step == Step.INDEX_WRITTEN) { // the other publish commits while this one is about to
        other[0] = ObjectId.fromString(publish("1.1", StepListener.NONE, false, "latest").commit().orElseThrow());
      }
    };
    assertThatThrownBy(() -> publish("2.0", racing, false, "latest"))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("could not move branch gh-pages (LOCK_FAILURE): it moved since this publish read it");
    assertThat(git.getRepository().resolve("refs/heads/gh-pages")).isEqualTo(other[0]);
    assertThat(files(git.getRepository(), "refs/heads/gh-pages")).containsKey("1.1/index.html")
        .doesNotContainKey("2.0/index.html");
  }
}
