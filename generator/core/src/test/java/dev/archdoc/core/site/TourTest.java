package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.docs.page.Page;
import dev.archdoc.core.docs.page.PageReader;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A tour file")
class TourTest {

  private static final Path FILE = Path.of("docs/tours/write.md");

  private static Tour read(String text) {
    Page page = PageReader.read(FILE, text).page();
    return Tour.read(page);
  }

  @Test
  @DisplayName("is an introduction, then one step per level-2 heading that links to code, each with its note and line")
  void readsStepsInOrder() {
    Tour tour = read(String.join("\n",
        "# Follow a write",
        "Where a write goes.",
        "",
        "## [The client](code:a.Client#put)",
        "It validates.",
        "",
        "## [The core](code:a.Core#step(a.State,a.Input))",
        "It is pure.",
        "```",
        "## not a step: inside a code block",
        "```"));

    assertThat(tour.page().title()).isEqualTo("Follow a write");
    assertThat(tour.intro().markdown()).contains("Where a write goes.").doesNotContain("# Follow");
    assertThat(tour.steps()).extracting(Tour.Step::title).containsExactly("The client", "The core");
    assertThat(tour.steps()).extracting(Tour.Step::target).containsExactly("a.Client#put", "a.Core#step(a.State,a.Input)");
    assertThat(tour.steps().get(1).note().markdown()).contains("It is pure.").contains("## not a step");
    assertThat(tour.steps().get(1).note().firstLine()).isEqualTo(8);
  }

  @Test
  @DisplayName("may have a step that names no code: a plain heading")
  void plainHeadingIsAStepWithoutCode() {
    Tour tour = read("# T\n\n## Wrap-up\nDone.\n");
    assertThat(tour.steps()).singleElement().satisfies(step -> {
      assertThat(step.title()).isEqualTo("Wrap-up");
      assertThat(step.target()).isNull();
    });
  }

  @Test
  @DisplayName("takes its steps from the Markdown tree: a heading in a quote, a list or an indented block is none; the front matter may end with '...'")
  void stepsAreTheTreesLevelTwoHeadings() {
    Tour tour = read(String.join("\n",
        "---",
        "title: Follow a write",
        "...",
        "Where a write goes.",
        "",
        "> ## [quoted](code:a.Quoted)",
        "",
        "- ## [listed](code:a.Listed)",
        "",
        "    ## [indented](code:a.Indented)",
        "",
        "## [The `client`](code:a.Client#put) ##",
        "It validates.",
        "",
        "The end",
        "--------",
        "Done."));

    assertThat(tour.intro().markdown()).contains("Where a write goes.", "## [quoted]", "## [listed]", "## [indented]")
        .doesNotContain("title:");
    assertThat(tour.steps()).extracting(Tour.Step::title).containsExactly("The `client`", "The end");
    assertThat(tour.steps()).extracting(Tour.Step::target).containsExactly("a.Client#put", null);
    assertThat(tour.steps().get(0).note().markdown()).isEqualTo("It validates.\n\n");
    assertThat(tour.steps().get(0).note().firstLine()).isEqualTo(13);
    assertThat(tour.steps().get(1).note().markdown()).isEqualTo("Done.\n");
    assertThat(tour.steps().get(1).note().firstLine()).isEqualTo(17);
  }

  @Test
  @DisplayName("lives in the tours folder of the docs, as Markdown")
  void isFoundInTheToursFolder() {
    assertThat(Tour.isTour(Path.of("docs"), PageReader.read(FILE, "# x").page())).isTrue();
    assertThat(Tour.isTour(Path.of("docs"), PageReader.read(Path.of("docs/guide.md"), "# x").page())).isFalse();
  }
}
