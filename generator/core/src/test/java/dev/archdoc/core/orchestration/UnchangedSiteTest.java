package dev.archdoc.core.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A build asked to keep an unchanged site")
class UnchangedSiteTest {

  @TempDir Path project;
  private Path site;
  private Path adr;

  @BeforeEach
  void writeProject() throws IOException {
    Path source = project.resolve("src/main/java/a/A.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "package a;\n/** The A. */\npublic class A {}\n");
    adr = project.resolve("arch-docs/decisions/0001-use-a.md");
    Files.createDirectories(adr.getParent());
    Files.writeString(adr, "---\nstatus: accepted\ngoverns: [a.A, a.Missing]\n---\n# Use A\n\nBecause it is small.\n");
    site = project.resolve("site");
  }

  private SiteBuild.Outcome build() throws IOException {
    return SiteBuild.run(new SiteBuild.Request(project, null, null, List.of(), true));
  }

  @Test
  @DisplayName("after no change keeps the site as it is and reports the same findings")
  void keepsTheSite() throws IOException {
    SiteBuild.Outcome first = build();
    assertThat(first.project()).isPresent();
    assertThat(first.findings()).anyMatch(f -> f.message().contains("a.Missing"));
    FileTime written = Files.getLastModifiedTime(site.resolve("index.html"));

    SiteBuild.Outcome second = build();
    assertThat(second.project()).as("nothing was read").isEmpty();
    assertThat(second.findings()).isEqualTo(first.findings());
    assertThat(second.site().orElseThrow().pages()).isEqualTo(first.site().orElseThrow().pages());
    assertThat(Files.getLastModifiedTime(site.resolve("index.html"))).isEqualTo(written);
  }

  @Test
  @DisplayName("builds again when a file it reads changed, or when someone touched the site")
  void buildsAgainAfterAChange() throws IOException {
    build();
    Files.writeString(adr, Files.readString(adr).replace("small", "tiny"));
    SiteBuild.Outcome afterEdit = build();
    assertThat(afterEdit.project()).isPresent();
    assertThat(site.resolve("decisions/0001-use-a.html")).content().contains("tiny");

    Files.writeString(site.resolve("decisions/0001-use-a.html"), "edited by hand");
    SiteBuild.Outcome afterTouch = build();
    assertThat(afterTouch.project()).isPresent();
    assertThat(site.resolve("decisions/0001-use-a.html")).content().contains("tiny");

    Files.delete(site.resolve("index.html"));
    assertThat(build().project()).isPresent();
    assertThat(site.resolve("index.html")).isRegularFile();
  }

  @Test
  @DisplayName("builds again for another version or another site folder")
  void buildsAgainForAnotherRequest() throws IOException {
    build();
    assertThat(SiteBuild.run(new SiteBuild.Request(project, null, "2.0", List.of(), true)).project()).isPresent();
    assertThat(site.resolve("index.html")).content().contains("2.0");
    Path other = project.resolve("elsewhere");
    assertThat(SiteBuild.run(new SiteBuild.Request(project, other, "2.0", List.of(), true)).project()).isPresent();
    assertThat(other.resolve("index.html")).isRegularFile();
  }
}
