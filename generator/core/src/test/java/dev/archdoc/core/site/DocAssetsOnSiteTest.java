package dev.archdoc.core.site;

import dev.archdoc.core.orchestration.SiteBuild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.pipeline.Loaded;
import dev.archdoc.core.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Files the docs link to are published, wherever docs: and decisions: point; nothing else is")
class DocAssetsOnSiteTest {

  @TempDir Path project;

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private SiteBuilder.Result build() throws IOException {
    try (SiteBuild.Context context = SiteBuild.Context.cold(project, project.resolve("out/cache"))) {
      SiteBuild.Outcome outcome = SiteBuild.run(new SiteBuild.Request(project, project.resolve("out/site"), null, List.of()), context);
      assertThat(outcome.configProblems()).isEmpty();
      return outcome.site().orElseThrow();
    }
  }

  private void jekyllDocs() throws IOException {
    write("src/main/java/a/A.java", "package a;\n/** A. */\npublic class A {}\n");
    write("docs/CNAME", "docs.example.org\n");
    write("docs/Gemfile", "source 'https://rubygems.org'\n");
    write("docs/_config.yml", "theme: just-the-docs\n");
    write("docs/images/linked.png", "png");
    write("docs/images/as-html.png", "png");
    write("docs/images/unlinked.png", "png");
    write("docs/index.md", "# Docs\n\n![linked](images/linked.png)\n\n<img src=\"images/as-html.png\" alt=\"x\">\n");
    write("docs/decisions/assets/figure.png", "png");
    write("docs/decisions/0001-draw-it.md", "---\nstatus: accepted\n---\n# Draw it\n\n![figure](assets/figure.png)\n");
  }

  @Test
  @DisplayName("a Jekyll docs folder: its linked images are copied, its CNAME, Gemfile, _config.yml and unlinked files are not")
  void onlyLinkedFiles() throws IOException {
    jekyllDocs();
    write("archdoc.yml", "docs: docs\n");
    SiteBuilder.Result result = build();
    Path site = result.out();
    assertThat(result.findings()).isEmpty();
    assertThat(site.resolve("images/linked.png")).exists();
    assertThat(site.resolve("images/as-html.png")).exists();
    assertThat(site.resolve("decisions/assets/figure.png")).exists();
    assertThat(site.resolve("images/unlinked.png")).doesNotExist();
    assertThat(site.resolve("CNAME")).doesNotExist();
    assertThat(site.resolve("Gemfile")).doesNotExist();
    assertThat(site.resolve("_config.yml")).doesNotExist();
  }

  @Test
  @DisplayName("only a decisions folder read (decisions: outside the docs): its ADRs' images go beside their pages")
  void decisionsOutsideTheDocs() throws IOException {
    jekyllDocs();
    write("archdoc.yml", "decisions: [docs/decisions]\n");
    SiteBuilder.Result result = build();
    assertThat(result.findings()).isEmpty();
    assertThat(result.out().resolve("decisions/0001-draw-it.html")).exists();
    assertThat(result.out().resolve("decisions/assets/figure.png")).exists();
  }
}
