package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archdoc.core.orchestration.SiteBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site an archdoc site is part of (the Maven site of {@code mvn site}): every page leads back to it. */
@DisplayName("A site that is part of another links back to it from every page")
class ParentSiteTest {

  @TempDir Path project;

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private Path build(ParentSite parent) throws IOException {
    write("archdoc.yml", "docs: docs\n");
    write("src/main/java/a/A.java", "package a;\n/** A. */\npublic class A {}\n");
    write("docs/index.md", "# Docs\n\nThe system.\n");
    write("docs/decisions/0001-use-x.md", "---\nstatus: accepted\n---\n# Use X\n\nBecause.\n");
    Path site = project.resolve("out/site");
    SiteBuild.Request request = new SiteBuild.Request(project, site, null, List.of());
    try (SiteBuild.Context context = SiteBuild.Context.cold(project, project.resolve("out/cache"))) {
      SiteBuild.run(parent == null ? request : request.withParent(parent), context);
    }
    return site;
  }

  @Test
  @DisplayName("the home page and a page one folder down link to the parent's index, relative to where they are")
  void everyPageLinksBack() throws IOException {
    Path site = build(new ParentSite("Orders <b>service</b>", "../index.html"));

    String home = Files.readString(site.resolve("index.html"));
    assertThat(home).contains("<a class=\"parent-site\" href=\"../index.html\"");
    assertThat(home).as("the title is text, never markup").contains("Orders &lt;b&gt;service&lt;/b&gt;</a>")
        .doesNotContain("<b>service</b>");
    String decision = Files.readString(site.resolve("decisions/0001-use-x.html"));
    assertThat(decision).contains("<a class=\"parent-site\" href=\"../../index.html\"");
    assertThat(Files.readString(site.resolve("drift.html"))).contains("class=\"parent-site\"");
  }

  @Test
  @DisplayName("a site of its own has no such link, and the page cache does not carry one over")
  void noParentNoLink() throws IOException {
    build(new ParentSite("Orders", "../index.html"));
    Path site = build(null);
    assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("parent-site\"");
    assertThat(Files.readString(site.resolve("decisions/0001-use-x.html"))).doesNotContain("parent-site\"");
  }

  @Test
  @DisplayName("the link back is a relative path: a URL with a scheme or an absolute path is refused")
  void onlyRelativeLinks() {
    assertThatThrownBy(() -> new ParentSite("x", "javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ParentSite("x", "https://example.com/")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ParentSite("x", "/index.html")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ParentSite(" ", "../index.html")).isInstanceOf(IllegalArgumentException.class);
  }
}
