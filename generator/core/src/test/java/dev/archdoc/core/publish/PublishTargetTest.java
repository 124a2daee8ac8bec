package dev.archdoc.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archdoc.core.publish.Publish.StepListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Publish writes only where it may")
class PublishTargetTest {

  @TempDir Path temp;

  private Path project() throws IOException {
    Path project = temp.resolve("project");
    PublishTest.write(project.resolve("arch-docs/index.md"), "# Home\n");
    return project;
  }

  private void publishTo(Path project, Path folder) throws IOException {
    Publish.addBuilt(PublishTest.builtSite(temp, "1.0"),
        new Publish.Request(project, "1.0", List.of(), null, new Publish.Folder(folder), List.of()), StepListener.NONE);
  }

  @Test
  @DisplayName("refuses a --to that is a file, the project, a folder holding it, or inside its .git, and changes nothing")
  void refusesDangerousFolders() throws IOException {
    Path project = project();
    Files.createDirectories(project.resolve(".git/refs"));
    Path file = Files.writeString(temp.resolve("a-file"), "keep");
    Map<String, String> before = PublishTest.snapshot(project);
    for (Path folder : List.of(file, project, temp, project.resolve(".git"), project.resolve(".git/refs/site"),
        project.resolve("arch-docs/../.git/x"))) {
      assertThatThrownBy(() -> publishTo(project, folder)).as(folder.toString())
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("--to ");
    }
    assertThat(PublishTest.snapshot(project)).isEqualTo(before);
    assertThat(file).hasContent("keep");
    assertThat(temp.resolve(".project.archdoc-staging")).doesNotExist();
  }

  @Test
  @DisplayName("refuses a folder that is neither empty nor a versioned site it made, and takes an empty or new one")
  void refusesForeignFolders() throws IOException {
    Path project = project();
    Path home = temp.resolve("home");
    PublishTest.write(home.resolve(".bashrc"), "mine");
    assertThatThrownBy(() -> publishTo(project, home)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("neither empty nor a versioned site");
    assertThat(home.resolve(".bashrc")).hasContent("mine");

    Path empty = Files.createDirectories(temp.resolve("empty"));
    publishTo(project, empty);
    publishTo(project, empty); // now a versioned site it made
    publishTo(project, temp.resolve("new/site"));
    assertThat(temp.resolve("new/site/1.0/index.html")).isRegularFile();
  }

  @Test
  @DisplayName("keeps a link in the target folder a link: the bytes it points at never enter the site")
  void linksStayLinks() throws IOException {
    Path project = project();
    Path site = temp.resolve("site");
    publishTo(project, site);
    Path canary = Files.writeString(temp.resolve("canary.html"), "<html>secret canary</html>");
    Files.createSymbolicLink(site.resolve("1.0/stolen.html"), canary);
    Files.createSymbolicLink(site.resolve("1.0/stolen-folder"), temp.resolve("project"));
    Publish.addBuilt(PublishTest.builtSite(temp, "2.0"),
        new Publish.Request(project, "2.0", List.of("latest"), null, new Publish.Folder(site), List.of()),
        StepListener.NONE);
    assertThat(Files.isSymbolicLink(site.resolve("1.0/stolen.html"))).isTrue();
    assertThat(Files.isSymbolicLink(site.resolve("1.0/stolen-folder"))).isTrue();
    try (var files = Files.walk(site)) {
      assertThat(files.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)))
          .noneMatch(f -> read(f).contains("secret canary"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"HEAD", "-x", "--force", "@", "a..b", "a~1", "a^", "a:b", "a?", "a*", "a[b", "a\\b", "a b",
      ".hidden", "a/.b", "a.lock", "a/", "/a", "a//b", "a@{1}", "", " gh-pages"})
  @DisplayName("refuses a branch name git would refuse")
  void refusesBadBranchNames(String name) throws Exception {
    Path project = project();
    try (Git git = Git.init().setDirectory(project.toFile()).call()) {
      assertThat(Publish.problemWithBranch(name)).as(name).isPresent();
      assertThatThrownBy(() -> Publish.addBuilt(PublishTest.builtSite(temp, "1.0"),
          new Publish.Request(project, "1.0", List.of(), null, new Publish.Branch(name, false), List.of()),
          StepListener.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid branch name");
      assertThat(git.getRepository().getRefDatabase().getRefs()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"gh-pages", "site/docs", "release-1.0", "a@b"})
  @DisplayName("takes the branch names git takes")
  void takesGoodBranchNames(String name) {
    assertThat(Publish.problemWithBranch(name)).as(name).isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }
}
