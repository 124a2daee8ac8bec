package dev.archdoc.core.site;

import dev.archdoc.core.orchestration.SiteBuild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.pipeline.Pipeline;
import dev.archdoc.core.pipeline.ProjectModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ADR and page file names with #, spaces, %, ? and non-ASCII letters")
class FileNamesOnSiteTest {

  @TempDir Path project;

  private static final List<String> NAMES = List.of("0001-use-#-as-marker", "0002-spaces in the name",
      "0003-100%-sure", "0004-why-not?", "0005-überall-ümlaute");

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  @DisplayName("are pages under their own names, linked from the index, timeline and pages with no broken link")
  void oddNamesWorkEverywhere() throws IOException {
    write("src/main/java/a/A.java", "package a;\n/** A. */\npublic class A {}\n");
    for (int i = 0; i < NAMES.size(); i++) {
      write("arch-docs/decisions/" + NAMES.get(i) + ".md",
          "---\nstatus: accepted\ndate: 2024-01-0" + (i + 1) + "\n---\n# Decision " + (i + 1) + "\n\nText.\n");
    }
    write("arch-docs/index.md", "# Home\n\n[hash](decisions/0001-use-%23-as-marker.md),"
        + " [spaces](<decisions/0002-spaces in the name.md>), [percent](decisions/0003-100%25-sure.md),"
        + " [question](decisions/0004-why-not%3F.md), [umlaut](decisions/0005-überall-ümlaute.md)\n");
    SiteBuilder.Result result;
    try (SiteBuild.Context context = SiteBuild.Context.cold(project, project.resolve("out/cache"))) {
      result = SiteBuild.run(new SiteBuild.Request(project, project.resolve("out/site"), null, List.of()), context)
          .site().orElseThrow();
    }

    assertThat(result.findings()).isEmpty();
    Path site = result.out();
    for (String name : NAMES) {
      assertThat(site.resolve("decisions/" + name + ".html")).isRegularFile();
    }
    Document index = Jsoup.parse(site.resolve("decisions/index.html").toFile(), "UTF-8");
    assertThat(index.select("a[href]").eachAttr("href")).contains("0001-use-%23-as-marker.html",
        "0002-spaces%20in%20the%20name.html", "0003-100%25-sure.html", "0004-why-not%3F.html",
        "0005-überall-ümlaute.html");
    Document timeline = Jsoup.parse(site.resolve("decisions/timeline.html").toFile(), "UTF-8");
    assertThat(timeline.select("a[href]").eachAttr("href")).contains("0001-use-%23-as-marker.html");
    Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    assertThat(home.select("main a[href], article a[href]").eachAttr("href"))
        .contains("decisions/0001-use-%23-as-marker.html", "decisions/0003-100%25-sure.html");
  }
}
