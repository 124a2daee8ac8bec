package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.orchestration.SiteBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Prose written in code, on the site")
class ProseLinksTest {

  @TempDir Path project;

  @Test
  @DisplayName("shows a link to a file that does not exist as its text, read as Markdown reads it, and points a link to a doc at its page")
  void deadLinksBecomeText() throws IOException {
    write("src/main/java/com/acme/Shop.java", String.join("\n",
        "package com.acme;",
        "//! Superseded by [ADR-19](0019-x.md), see [the [old] shop](gone.md) and",
        "//! [the (new) one](gone-too.md \"a title\"), [a reference][ref], ![a picture](gone.png),",
        "//! the [decision](../../../../../arch-docs/decisions/0001-sell-things.md) and [above](#top).",
        "//! Write `[ADR-19](0019-x.md)` to link an ADR.",
        "//!",
        "//! [ref]: gone-as-well.md",
        "/** A shop. */",
        "public class Shop {}"));
    write("arch-docs/decisions/0001-sell-things.md", "---\nstatus: accepted\n---\n# Sell things\n\nWe sell.\n");
    write("arch-docs/index.md", "# The shop\n");

    Path site = build();

    Element prose = Jsoup.parse(site.resolve("source/com/acme/Shop.java.html").toFile(), "UTF-8").selectFirst("main");
    assertThat(prose.text()).contains("Superseded by ADR-19, see the [old] shop and the (new) one, a reference,",
        "a picture", "Write [ADR-19](0019-x.md) to link an ADR.");
    assertThat(prose.select("a[href]").eachAttr("href"))
        .noneMatch(href -> href.contains("gone") || href.contains("0019") || href.endsWith("#top"))
        .contains("../../../decisions/0001-sell-things.html");
    assertThat(prose.select("img")).isEmpty();
    assertThat(prose.select("code").eachText()).contains("[ADR-19](0019-x.md)");
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private Path build() throws IOException {
    Path out = project.resolve("out/site");
    try (SiteBuild.Context context = SiteBuild.Context.cold(project, project.resolve("out/cache"))) {
      SiteBuild.run(new SiteBuild.Request(project, out, null, List.of()), context).site().orElseThrow();
    }
    return out;
  }
}
