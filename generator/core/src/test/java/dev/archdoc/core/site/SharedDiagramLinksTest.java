package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A diagram drawn for the diagrams page and shown on another page")
class SharedDiagramLinksTest {

  private static final String SVG = "<svg><a href=\"code/com.acme/index.html\" xlink:href=\"code/com.acme/index.html\">p</a>"
      + "<a href=\"decisions/0001-x.html\" xlink:href=\"decisions/0001-x.html\">d</a>"
      + "<a href=\"https://example.com/\">e</a><a href=\"#top\">t</a><use xlink:href=\"#glyph\"/></svg>";

  @Test
  @DisplayName("has its relative links lead to the same files from a page one folder deeper")
  void relativeLinksMoveOneFolderDown() {
    assertThat(Rendering.moved(SVG, "diagrams.html", "code/index.html")).isEqualTo(
        "<svg><a href=\"../code/com.acme/index.html\" xlink:href=\"../code/com.acme/index.html\">p</a>"
            + "<a href=\"../decisions/0001-x.html\" xlink:href=\"../decisions/0001-x.html\">d</a>"
            + "<a href=\"https://example.com/\">e</a><a href=\"#top\">t</a><use xlink:href=\"#glyph\"/></svg>");
  }

  @Test
  @DisplayName("keeps a system's section folder when the site has several systems")
  void sectionFoldersAreKept() {
    assertThat(Rendering.moved(SVG, "shop/diagrams.html", "shop/decisions/graph.html"))
        .contains("href=\"../code/com.acme/index.html\"", "href=\"../decisions/0001-x.html\"");
    assertThat(Rendering.moved(SVG, "shop/diagrams.html", "shop/diagrams.html")).isEqualTo(SVG);
    assertThat(Rendering.moved(SVG, "shop/diagrams.html", "elsewhere/page.html"))
        .contains("href=\"../shop/code/com.acme/index.html\"");
  }
}
