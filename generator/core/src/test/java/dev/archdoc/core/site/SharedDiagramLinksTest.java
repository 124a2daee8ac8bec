package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.safety.SafeSvg;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A diagram drawn for the diagrams page and shown on another page")
class SharedDiagramLinksTest {

  /** As the diagram renderer hands it on: PlantUML's SVG after {@link SafeSvg#clean}. */
  private static final String SVG = SafeSvg.clean(
      "<svg><a href=\"code/com.acme/index.html\" xlink:href=\"code/com.acme/index.html\">p</a>"
      + "<a href=\"decisions/0001-x.html\" xlink:href=\"decisions/0001-x.html\">d</a>"
      + "<a href=\"https://example.com/\">e</a><a href=\"#top\">t</a><a href=\"/abs.html\">a</a></svg>");

  @Test
  @DisplayName("has its relative links lead to the same files from a page one folder deeper")
  void relativeLinksMoveOneFolderDown() {
    assertThat(Rendering.moved(SVG, "diagrams.html", "code/index.html")).isEqualTo(SVG
        .replace("\"code/com.acme/index.html\"", "\"../code/com.acme/index.html\"")
        .replace("\"decisions/0001-x.html\"", "\"../decisions/0001-x.html\""));
    assertThat(SVG).contains("xlink:href=\"code/com.acme/index.html\"", "href=\"https://example.com/\"",
        "href=\"#top\"", "href=\"/abs.html\"");
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

  @Test
  @DisplayName("changes only link attributes: an href written in a diagram's text, comment or CDATA stays as it is")
  void hrefInTextIsNotALink() {
    String svg = "<svg><text x=\"1\" y=\"2\"> href=\"a.html\" and xlink:href=\"b.html\"</text>"
        + "<!-- <a href=\"c.html\"> --><desc><![CDATA[ <a href=\"d.html\"> ]]></desc>"
        + "<a href=\"e.html\"><text> href=\"f.html\"</text></a></svg>";
    String moved = Rendering.moved(svg, "diagrams.html", "code/index.html");
    assertThat(moved)
        .contains(" href=\"a.html\" and xlink:href=\"b.html\"", "<!-- <a href=\"c.html\"> -->", "<a href=\"../e.html\">",
            "<text> href=\"f.html\"</text>")
        .doesNotContain("../a.html", "../b.html", "../c.html", "../d.html", "../f.html");
  }

  @Test
  @DisplayName("reads an attribute however it is quoted, and writes its value escaped")
  void attributesAreReadAsAttributes() {
    String moved = Rendering.moved("<svg><a href='x.html?a=1&amp;b=2'>q</a><a HREF=y.html>u</a></svg>",
        "diagrams.html", "code/index.html");
    assertThat(moved).contains("href=\"../x.html?a=1&amp;b=2\"", "href=\"../y.html\"");
  }
}
