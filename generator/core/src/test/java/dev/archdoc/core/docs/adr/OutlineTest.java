package dev.archdoc.core.docs.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An ADR's outline: headings and prose lines as the rendered page shows them")
class OutlineTest {

  private static List<String> headings(Outline outline) {
    return outline.headings().stream().map(h -> h.level() + ":" + h.text() + "@" + h.index()).toList();
  }

  @Test
  @DisplayName("ATX and setext headings are sections; a '#' line in a fenced block or a quote is not")
  void headingsFromTheTree() {
    Outline outline = Outline.scan(List.of(
        "# Title", "", "Status", "------", "", "```sh", "# not a heading", "```", "", "> ## quoted", "",
        "## Decision ##"), 0, false);

    assertEquals(List.of("1:Title@0", "2:Status@2", "2:Decision@11"), headings(outline));
  }

  @Test
  @DisplayName("code blocks, HTML comments and blank lines are not prose")
  void proseLines() {
    List<String> lines = List.of(
        "# Title", "", "Status: accepted", "<!--", "Status: proposed", "-->", "", "    Status: rejected", "",
        "text <!-- a comment", "Status: superseded -->", "```", "Status: deprecated", "```");
    Outline outline = Outline.scan(lines, 0, false);

    assertEquals(List.of(2, 9), outline.prose(0, lines.size()));
  }

  @Test
  @DisplayName("a comment in a heading is not part of its text, and line indexes count from the whole file")
  void commentInHeadingAndOffset() {
    Outline outline = Outline.scan(List.of("---", "status: accepted", "---", "# <!-- title --> Real title"), 3, false);

    assertEquals(List.of("1:Real title@3"), headings(outline));
  }
}
