package dev.archdoc.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.config.ConfigReader;
import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Jekyll's exclude: in the docs folder's _config.yml")
class JekyllExcludesTest {

  @TempDir Path project;

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static JekyllExcludes excludes(String yaml) {
    return JekyllExcludes.parse(Path.of("docs/_config.yml"), yaml);
  }

  @Test
  @DisplayName("a file the docs' _config.yml excludes is not a page; the rest of the folder still is")
  void leftOut() throws IOException {
    write("archdoc.yml", "docs: docs\n");
    // JabRef's docs/_config.yml, shortened
    write("docs/_config.yml", """
        title: "Developer Documentation"
        exclude: [ _config.yml, CNAME, Gemfile, README.md, mkdocs-custom.css, "drafts/*.md", "*.tmp" ]
        """);
    write("docs/index.md", "# Home\n");
    write("docs/README.md", "# How to run the docs locally\n");
    write("docs/decisions/README.md", "# About our decisions\n"); // a README elsewhere: Jekyll keeps it
    write("docs/drafts/idea.md", "# An idea\n");
    write("docs/drafts/deep/idea.md", "# Deeper\n"); // Jekyll's * crosses '/'
    write("docs/old.tmp/notes.md", "# In an excluded folder\n");
    write("docs/node_modules/pkg/README.md", "# A package\n"); // Jekyll's own default

    DocSet docs = DocReader.read(project, ConfigReader.read(project).config().orElseThrow().systems().get(0));

    assertThat(docs.pages()).extracting(Page::title).containsExactly("About our decisions", "Home");
    assertThat(docs.allFindings()).isEmpty();
  }

  @Test
  @DisplayName("a _config.yml that links out of the project is not read: an outside-project error, nothing left out")
  void linkOut(@TempDir Path elsewhere) throws IOException {
    write("archdoc.yml", "docs: docs\n");
    write("docs/index.md", "# Home\n");
    Files.writeString(elsewhere.resolve("_config.yml"), "exclude: [index.md]\n");
    Files.createSymbolicLink(project.resolve("docs/_config.yml"), elsewhere.resolve("_config.yml"));

    DocSet docs = DocReader.read(project, ConfigReader.read(project).config().orElseThrow().systems().get(0));

    assertThat(docs.pages()).extracting(Page::title).containsExactly("Home");
    assertThat(docs.allFindings()).map(Finding::toString).singleElement().asString()
        .startsWith("docs/_config.yml: error: is a symbolic link");
  }

  @Test
  @DisplayName("matches as Jekyll does: fnmatch without flags, a text prefix, a folder with a trailing slash, include: wins")
  void matching() {
    JekyllExcludes jekyll = excludes("""
        exclude:
          - README
          - "docs-[ab]?.md"
          - "[!x]y.md"
          - vendor/
          - keep.md
          - "\\\\*star.md"
        include: [keep.md]
        """);

    assertThat(jekyll.excludes("README.md")).as("starts with the entry").isTrue();
    assertThat(jekyll.excludes("sub/README.md")).isFalse();
    assertThat(jekyll.excludes("docs-a1.md")).isTrue();
    assertThat(jekyll.excludes("docs-c1.md")).isFalse();
    assertThat(jekyll.excludes("zy.md")).isTrue();
    assertThat(jekyll.excludes("xy.md")).isFalse();
    assertThat(jekyll.excludes("vendor/a/b.md")).isTrue();
    assertThat(jekyll.excludes("vendors.md")).isFalse();
    assertThat(jekyll.excludes("keep.md")).as("include: takes it back").isFalse();
    assertThat(jekyll.excludes("*star.md")).isTrue();
    assertThat(jekyll.excludes("a-star.md")).isFalse();
    assertThat(jekyll.excludes("index.md")).isFalse();
  }

  @Test
  @DisplayName("a _config.yml that is not YAML is a warning at its line, and nothing is left out")
  void badYaml() {
    JekyllExcludes jekyll = excludes("title: x\nexclude: [a.md\n");

    assertThat(jekyll.excludes("a.md")).isFalse();
    assertThat(jekyll.findings()).map(Finding::toString).singleElement().asString()
        .startsWith("docs/_config.yml:3: warning: Jekyll's _config.yml is not valid YAML");
  }

  @Test
  @DisplayName("an exclude: that is not a list is a warning; the defaults still apply")
  void notAList() {
    JekyllExcludes jekyll = excludes("exclude: README.md\n");

    assertThat(jekyll.excludes("README.md")).isFalse();
    assertThat(jekyll.excludes("node_modules/x/README.md")).isTrue();
    assertThat(jekyll.findings()).map(Finding::toString).singleElement().asString()
        .startsWith("docs/_config.yml:1: warning: exclude: should be a list");
  }
}
