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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Managing the versions of a site in a folder (list, delete, set-default, retitle)")
class VersionManagementTest {

  @TempDir Path temp;
  private Path site;
  private Publish.Target target;

  @BeforeEach
  void threeVersions() throws IOException {
    site = temp.resolve("pages");
    target = new Publish.Folder(site);
    publish("1.0");
    publish("1.1", "latest", "stable");
    publish("2.0-rc1", "next");
  }

  private void publish(String version, String... aliases) throws IOException {
    Publish.addBuilt(PublishTest.builtSite(temp, version),
        new Publish.Request(temp, version, List.of(aliases), null, target, List.of()), StepListener.NONE);
  }

  /** One of the changes, failing (or "crashing") after {@code failing}. */
  interface Op {
    void run(Path root, Publish.Target target, StepListener steps) throws IOException;
  }

  static List<Arguments> failures() {
    Op delete = (root, target, steps) -> Publish.delete(root, target, List.of("1.1"), steps);
    Op deleteAlias = (root, target, steps) -> Publish.delete(root, target, List.of("next"), steps);
    Op setDefault = (root, target, steps) -> Publish.setDefault(root, target, "1.0", steps);
    Op retitle = (root, target, steps) -> Publish.retitle(root, target, "latest", "Stable", steps);
    List<Arguments> all = new java.util.ArrayList<>();
    for (Step step : List.of(Step.COPIED, Step.VERSION_WRITTEN, Step.ALIASES_WRITTEN, Step.INDEX_WRITTEN)) {
      all.add(Arguments.of("delete 1.1", delete, step));
      all.add(Arguments.of("delete next", deleteAlias, step));
      if (step != Step.VERSION_WRITTEN) { // they write no version folder
        all.add(Arguments.of("set-default 1.0", setDefault, step));
        all.add(Arguments.of("retitle latest", retitle, step));
      }
    }
    return all;
  }

  @ParameterizedTest(name = "{0}, failing after {2}")
  @MethodSource("failures")
  @DisplayName("a failure at any step leaves the site byte for byte as it was, with no staging left")
  void failureLeavesTheSite(String name, Op op, Step failing) throws IOException {
    Map<String, String> before = PublishTest.snapshot(site);
    StepListener steps = step -> {
      if (step == failing) {
        throw new IOException("injected");
      }
    };
    assertThatThrownBy(() -> op.run(temp, target, steps)).hasMessage("injected");
    assertThat(PublishTest.snapshot(site)).isEqualTo(before);
    assertThat(temp.resolve(".pages.archdoc-staging")).doesNotExist();
  }

  @Test
  @DisplayName("delete takes a version with its folder and aliases, or one alias alone, as mike's delete")
  void delete() throws IOException {
    Publish.delete(temp, target, List.of("stable"), StepListener.NONE);
    assertThat(VersionedFolder.read(site).find("1.1").orElseThrow().aliases()).containsExactly("latest");
    assertThat(site.resolve("stable")).doesNotExist();
    assertThat(site.resolve("1.1/index.html")).exists();

    Publish.Outcome outcome = Publish.delete(temp, target, List.of("1.1", "2.0-rc1"), StepListener.NONE);
    assertThat(outcome.versions()).containsExactly("1.0");
    assertThat(site.resolve("1.1")).doesNotExist();
    assertThat(site.resolve("latest")).doesNotExist();
    assertThat(site.resolve("next")).doesNotExist();
    assertThat(site.resolve("index.html")).content().contains("url=1.0/index.html");
    assertThat(site.resolve("versions.json")).content().doesNotContain("1.1");
    assertThat(site.resolve("decisions.html")).content().doesNotContain("1.1");
  }

  @Test
  @DisplayName("deleting the last version leaves an empty versioned site that takes the next publish")
  void deleteEverything() throws IOException {
    Publish.delete(temp, target, List.of("1.0", "1.1", "2.0-rc1"), StepListener.NONE);
    assertThat(site.resolve("versions.json")).content().isEqualTo("[ ]\n");
    assertThat(site.resolve("index.html")).doesNotExist();
    assertThat(PublishTest.snapshot(site).keySet()).containsExactlyInAnyOrder("versions.json", "versions.js", ".nojekyll");
    publish("3.0");
    assertThat(site.resolve("index.html")).content().contains("url=3.0/index.html");
  }

  @Test
  @DisplayName("set-default makes the root open on a version or alias, and a later alias-less publish keeps it")
  void setDefault() throws IOException {
    Publish.setDefault(temp, target, "next", StepListener.NONE);
    assertThat(site.resolve("index.html")).content().contains("url=next/index.html");
    assertThat(Publish.list(temp, target).versions()).filteredOn(Publish.Version::isDefault)
        .extracting(Publish.Version::version).containsExactly("2.0-rc1");
    publish("0.9");
    assertThat(site.resolve("index.html")).content().contains("url=next/index.html");
    assertThatThrownBy(() -> Publish.setDefault(temp, target, "nope", StepListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the site has no version or alias \"nope\"; it has 2.0-rc1 (next), 1.1 (latest, stable), 1.0, 0.9");
  }

  @Test
  @DisplayName("retitle changes the switcher's title of the version a name stands for, and only that")
  void retitle() throws IOException {
    Map<String, String> before = PublishTest.snapshot(site);
    Publish.retitle(temp, target, "latest", "1.1 (stable)", StepListener.NONE);
    assertThat(VersionedFolder.read(site).entries()).extracting(VersionSet.Entry::title)
        .containsExactly("2.0-rc1", "1.1 (stable)", "1.0");
    Map<String, String> after = PublishTest.snapshot(site);
    assertThat(after.get("1.1/index.html")).isEqualTo(before.get("1.1/index.html"));
    assertThatThrownBy(() -> Publish.retitle(temp, target, "1.0", " ", StepListener.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the title is empty");
  }

  @Test
  @DisplayName("after a crash between the two renames of a swap, list shows the old site and the next change puts it back first")
  void crashBetweenTheRenames() throws IOException {
    Map<String, String> before = PublishTest.snapshot(site);
    // what a process killed after its first rename leaves: no folder, the old one under the backup
    // name, and a half-made staging folder
    Files.move(site, temp.resolve(".pages.archdoc-previous"));
    PublishTest.write(temp.resolve(".pages.archdoc-staging/versions.json"), "[ {\"version\": \"half");
    assertThat(Publish.list(temp, target).versions()).extracting(Publish.Version::version)
        .containsExactly("2.0-rc1", "1.1", "1.0");
    assertThat(site).doesNotExist(); // list changes nothing

    Publish.retitle(temp, target, "1.0", "One", StepListener.NONE);
    Map<String, String> after = PublishTest.snapshot(site);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    assertThat(after.get("versions.json")).contains("\"title\" : \"One\"");
    assertThat(temp.resolve(".pages.archdoc-previous")).doesNotExist();
    assertThat(temp.resolve(".pages.archdoc-staging")).doesNotExist();
  }

  @Test
  @DisplayName("a change is refused while another publish holds the folder's lock, and changes nothing")
  void locked() throws IOException {
    Map<String, String> before = PublishTest.snapshot(site);
    try (PublishLock held = PublishLock.take(site)) {
      assertThatThrownBy(() -> Publish.delete(temp, target, List.of("1.0"), StepListener.NONE))
          .isInstanceOf(PublishLock.Held.class);
    }
    assertThat(PublishTest.snapshot(site)).isEqualTo(before);
  }

  @Test
  @DisplayName("versions.json keeps properties it does not know (mike's), and reads a file mike wrote")
  void keepsMikeProperties() throws IOException {
    Path json = site.resolve("versions.json");
    Files.writeString(json, Files.readString(json).replaceFirst("\"aliases\" : \\[ \\]",
        "\"aliases\" : [ ], \"properties\" : {\"hidden\": true}"));
    Publish.retitle(temp, target, "1.0", "One", StepListener.NONE);
    assertThat(Files.readString(json)).contains("\"hidden\" : true").contains("\"title\" : \"One\"");
    assertThat(VersionSet.parse("[{\"version\": \"1.0\", \"title\": \"1.0\", \"aliases\": []}]"))
        .extracting(VersionSet.Entry::version).containsExactly("1.0");
    assertThatThrownBy(() -> VersionSet.parse("[{\"title\": \"x\"}]")).hasMessageContaining("has no \"version\"");
    assertThatThrownBy(() -> VersionSet.parse("{")).hasMessageStartingWith("versions.json is not JSON (line 1)");
  }

  @Test
  @DisplayName("a versions.json naming a folder outside the site (\"../x\") is refused, and nothing is written there")
  void escapingNamesInVersionsJson() throws IOException {
    Path json = site.resolve("versions.json");
    Files.writeString(json, Files.readString(json).replace("\"aliases\" : [ \"next\" ]", "\"aliases\" : [ \"../escaped\" ]"));
    Map<String, String> before = PublishTest.snapshot(site);
    assertThatThrownBy(() -> publish("3.0", "latest")).isInstanceOf(IOException.class)
        .hasMessageStartingWith("versions.json: the alias \"../escaped\" cannot be a folder name of the site");
    assertThatThrownBy(() -> Publish.delete(temp, target, List.of("1.0"), StepListener.NONE))
        .isInstanceOf(IOException.class).hasMessageContaining("../escaped");
    assertThat(temp.resolve("escaped")).doesNotExist();
    assertThat(PublishTest.snapshot(site)).isEqualTo(before);
  }
}
