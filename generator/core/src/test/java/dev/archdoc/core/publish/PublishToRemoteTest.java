package dev.archdoc.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing with --push as mike users expect, with real repositories: a bare "origin" and clones
 * of it that publish in turn, as a team's machines and CI jobs do.
 */
@DisplayName("Publishing to origin's branch from several clones")
class PublishToRemoteTest {

  @TempDir Path temp;
  private Path origin;
  private final List<Git> opened = new java.util.ArrayList<>();

  @BeforeEach
  void origin() throws IOException, GitAPIException {
    origin = temp.resolve("origin.git");
    Git.init().setBare(true).setDirectory(origin.toFile()).setInitialBranch("main").call().close();
    Path seed = temp.resolve("seed");
    try (Git git = Git.init().setDirectory(seed.toFile()).setInitialBranch("main").call()) {
      PublishTest.write(seed.resolve("README.md"), "the project\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("start").setAuthor("Tester", "t@example.com").setCommitter("Tester", "t@example.com").call();
      git.push().setRemote(origin.toUri().toString()).add("main").call();
    }
  }

  @AfterEach
  void close() {
    opened.forEach(Git::close);
  }

  /** A fresh clone of origin: main checked out, no local gh-pages. */
  private Path cloneOf(String name) throws GitAPIException {
    Path dir = temp.resolve(name);
    Git git = Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(dir.toFile()).call();
    git.getRepository().getConfig().setString("user", null, "name", "Tester");
    git.getRepository().getConfig().setString("user", null, "email", "tester@example.com");
    opened.add(git);
    return dir;
  }

  private Publish.Outcome publish(Path clone, String version, boolean push, StepListener steps, String... aliases)
      throws IOException {
    return Publish.addBuilt(PublishTest.builtSite(temp.resolve("built-in-" + clone.getFileName()), version),
        new Publish.Request(clone, version, List.of(aliases), null, new Publish.Branch("gh-pages", push), List.of()),
        steps);
  }

  private Map<String, String> originFiles() throws IOException {
    try (Git bare = Git.open(origin.toFile())) {
      return PublishToBranchTest.files(bare.getRepository(), "refs/heads/gh-pages");
    }
  }

  private ObjectId ref(Path repo, String ref) throws IOException {
    try (Git git = Git.open(repo.toFile())) {
      return git.getRepository().resolve(ref);
    }
  }

  @Test
  @DisplayName("a fresh clone publishing with --push builds on origin's branch and keeps every earlier version")
  void freshCloneKeepsEveryVersion() throws Exception {
    publish(cloneOf("laptop"), "1.0", true, StepListener.NONE, "latest");
    Path ci = cloneOf("ci"); // a CI job: a fresh clone, no local gh-pages
    publish(ci, "1.1", true, StepListener.NONE, "latest");
    assertThat(originFiles()).containsKeys("1.0/index.html", "1.1/index.html");
    assertThat(originFiles().get("latest/index.html")).contains("../1.1/index.html");
    assertThat(VersionSet.parse(originFiles().get("versions.json"))).extracting(VersionSet.Entry::version)
        .containsExactly("1.1", "1.0");
    assertThat(ref(ci, "refs/heads/gh-pages")).isEqualTo(ref(origin, "refs/heads/gh-pages"));
  }

  @Test
  @DisplayName("a local branch behind origin's is built upon origin's tip, not on its stale self")
  void behindBuildsOnOrigin() throws Exception {
    Path laptop = cloneOf("laptop");
    publish(laptop, "1.0", true, StepListener.NONE);
    publish(cloneOf("ci"), "1.1", true, StepListener.NONE);
    publish(laptop, "1.2", true, StepListener.NONE); // the laptop's gh-pages still says 1.0 only
    assertThat(originFiles()).containsKeys("1.0/index.html", "1.1/index.html", "1.2/index.html");
  }

  @Test
  @DisplayName("a local branch that diverged from origin's is refused with a clear message, and nothing changes")
  void divergedIsRefused() throws Exception {
    Path laptop = cloneOf("laptop");
    publish(laptop, "1.0", true, StepListener.NONE);
    publish(laptop, "1.1", false, StepListener.NONE); // committed locally, never pushed
    publish(cloneOf("ci"), "2.0", true, StepListener.NONE);
    ObjectId localBefore = ref(laptop, "refs/heads/gh-pages");
    ObjectId originBefore = ref(origin, "refs/heads/gh-pages");
    assertThatThrownBy(() -> publish(laptop, "2.1", true, StepListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the local branch gh-pages (")
        .hasMessageContaining("origin/gh-pages (")
        .hasMessageContaining("have diverged")
        .hasMessageContaining("git branch -f gh-pages origin/gh-pages");
    assertThat(ref(laptop, "refs/heads/gh-pages")).isEqualTo(localBefore);
    assertThat(ref(origin, "refs/heads/gh-pages")).isEqualTo(originBefore);
  }

  @Test
  @DisplayName("a push that origin rejects (it moved meanwhile) leaves the local branch as it was, so it never diverges")
  void rejectedPushLeavesLocal() throws Exception {
    Path laptop = cloneOf("laptop");
    Path ci = cloneOf("ci");
    publish(laptop, "1.0", true, StepListener.NONE);
    ObjectId localBefore = ref(laptop, "refs/heads/gh-pages");
    StepListener racing = step -> {
      if (step == Step.INDEX_WRITTEN) { // CI pushes while the laptop is about to
        publish(ci, "1.1", true, StepListener.NONE);
      }
    };
    assertThatThrownBy(() -> publish(laptop, "2.0", true, racing))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("push of gh-pages to origin failed")
        .hasMessageContaining("nothing was changed");
    assertThat(ref(laptop, "refs/heads/gh-pages")).isEqualTo(localBefore);
    assertThat(originFiles()).containsKeys("1.0/index.html", "1.1/index.html").doesNotContainKey("2.0/index.html");
    publish(laptop, "2.0", true, StepListener.NONE); // and publishing again just works
    assertThat(originFiles()).containsKeys("1.0/index.html", "1.1/index.html", "2.0/index.html");
  }

  @Test
  @DisplayName("--push without an origin is refused before anything is built")
  void pushWithoutOrigin() throws Exception {
    Path alone = temp.resolve("alone");
    try (Git git = Git.init().setDirectory(alone.toFile()).setInitialBranch("main").call()) {
      PublishTest.write(alone.resolve("README.md"), "x\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("start").setAuthor("T", "t@example.com").setCommitter("T", "t@example.com").call();
    }
    assertThatThrownBy(() -> Publish.run(new Publish.Request(alone, "1.0", List.of(), null,
        new Publish.Branch("gh-pages", true), List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--push needs a remote named origin");
  }

  @Test
  @DisplayName("a work tree with uncommitted changes is refused, naming them; nothing is committed")
  void dirtyIsRefused() throws Exception {
    Path laptop = cloneOf("laptop");
    PublishTest.write(laptop.resolve("README.md"), "an edit\n");
    PublishTest.write(laptop.resolve("arch-docs/new.md"), "# not added\n");
    assertThatThrownBy(() -> publish(laptop, "1.0", true, StepListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("README.md")
        .hasMessageContaining("arch-docs/new.md")
        .hasMessageContaining("--allow-dirty");
    assertThat(ref(laptop, "refs/heads/gh-pages")).isNull();
    assertThat(ref(origin, "refs/heads/gh-pages")).isNull();
  }

  @Test
  @DisplayName("versions.json records the commit each version was built from, and whether the tree was dirty")
  void recordsTheCommit() throws Exception {
    Path laptop = cloneOf("laptop");
    publish(laptop, "1.0", true, StepListener.NONE);
    String head = ref(laptop, "HEAD").name();
    PublishTest.write(laptop.resolve("README.md"), "an edit\n");
    Publish.addBuilt(PublishTest.builtSite(temp, "1.1"), new Publish.Request(laptop, "1.1", List.of(), null,
        new Publish.Branch("gh-pages", true), List.of(), null, true), StepListener.NONE);
    JsonNode versions = new ObjectMapper().readTree(originFiles().get("versions.json"));
    assertThat(versions.get(0).get("version").asText()).isEqualTo("1.1");
    assertThat(versions.get(0).at("/properties/archdoc/commit").asText()).isEqualTo(head);
    assertThat(versions.get(0).at("/properties/archdoc/dirty").asBoolean()).isTrue();
    assertThat(versions.get(1).at("/properties/archdoc/commit").asText()).isEqualTo(head);
    assertThat(versions.get(1).at("/properties/archdoc/dirty").asBoolean()).isFalse();
    Publish.Listing listing = Publish.list(laptop, new Publish.Branch("gh-pages", false));
    assertThat(listing.versions()).extracting(Publish.Version::version, Publish.Version::commit, Publish.Version::dirty)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("1.1", java.util.Optional.of(head), true),
            org.assertj.core.groups.Tuple.tuple("1.0", java.util.Optional.of(head), false));
  }

  @Test
  @DisplayName("delete, set-default and retitle with --push from a fresh clone keep every other version on origin")
  void versionManagementFromAFreshClone() throws Exception {
    Path laptop = cloneOf("laptop");
    publish(laptop, "1.0", true, StepListener.NONE);
    publish(laptop, "1.1", true, StepListener.NONE, "latest");
    publish(laptop, "2.0-rc1", true, StepListener.NONE);
    Publish.Target branch = new Publish.Branch("gh-pages", true);
    Publish.delete(cloneOf("ci1"), branch, List.of("2.0-rc1"), StepListener.NONE);
    Publish.setDefault(cloneOf("ci2"), branch, "1.0", StepListener.NONE);
    Publish.retitle(cloneOf("ci3"), branch, "latest", "1.1 (stable)", StepListener.NONE);
    Map<String, String> files = originFiles();
    assertThat(files).containsKeys("1.0/index.html", "1.1/index.html", "latest/index.html")
        .doesNotContainKey("2.0-rc1/index.html");
    assertThat(files.get("index.html")).contains("url=1.0/index.html");
    assertThat(VersionSet.parse(files.get("versions.json"))).extracting(VersionSet.Entry::title)
        .containsExactly("1.1 (stable)", "1.0");
    try (Git bare = Git.open(origin.toFile())) {
      Repository repo = bare.getRepository();
      List<String> log = new java.util.ArrayList<>();
      bare.log().add(repo.resolve("refs/heads/gh-pages")).call().forEach(c -> log.add(c.getShortMessage()));
      assertThat(log).containsExactly("archdoc: retitle latest \"1.1 (stable)\"", "archdoc: set-default 1.0",
          "archdoc: delete 2.0-rc1", "archdoc: publish 2.0-rc1", "archdoc: publish 1.1 (latest)", "archdoc: publish 1.0");
    }
  }

  @Test
  @DisplayName("a clean publish leaves no file behind that would make the next one dirty")
  void publishIntoTheProjectStaysClean() throws Exception {
    Path laptop = cloneOf("laptop");
    Path pages = laptop.resolve("site-versions"); // inside the work tree, not ignored
    for (String version : List.of("1.0", "1.1")) {
      Publish.addBuilt(PublishTest.builtSite(temp, version), new Publish.Request(laptop, version, List.of(), null,
          new Publish.Folder(pages), List.of()), StepListener.NONE);
    }
    assertThat(VersionedFolder.read(pages).entries()).hasSize(2);
    assertThat(Files.readString(pages.resolve("versions.json"))).contains(ref(laptop, "HEAD").name());
  }

  @Test
  @DisplayName("archdoc's own output (its cache, the site build wrote) is not a change, even where .gitignore does not name it")
  void ownOutputIsNotDirt() throws Exception {
    Path laptop = cloneOf("laptop"); // no .gitignore at all, as Eclipse EDC ignores build/ but not target/
    PublishTest.write(laptop.resolve("target/archdoc-cache/code/entry"), "cached");
    PublishTest.write(laptop.resolve("site/_archdoc/search-index.js"), "window.ARCHDOC_SEARCH = {};");
    PublishTest.write(laptop.resolve("site/index.html"), "<html></html>");
    publish(laptop, "1.0", true, StepListener.NONE);
    assertThat(originFiles()).containsKey("1.0/index.html");
    PublishTest.write(laptop.resolve("target/classes/A.class"), "not archdoc's");
    assertThatThrownBy(() -> publish(laptop, "1.1", true, StepListener.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target/classes/A.class");
  }
}
