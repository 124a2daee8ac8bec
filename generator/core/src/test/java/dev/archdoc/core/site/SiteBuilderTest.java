package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archdoc.core.orchestration.SiteBuild;
import dev.archdoc.core.pipeline.Pipeline;
import dev.archdoc.core.pipeline.ProjectModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Building a site")
class SiteBuilderTest {

  @TempDir Path project;

  private ProjectModel smallProject() throws IOException {
    Path source = project.resolve("src/main/java/com/acme/Shop.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, String.join("\n",
        "package com.acme;",
        "//! The shop takes orders.",
        "/** A shop. */",
        "public class Shop {",
        "  /** Takes one order. */",
        "  public void order(String item) {}",
        "}"));
    Path adr = project.resolve("arch-docs/decisions/0001-sell-things.md");
    Files.createDirectories(adr.getParent());
    Files.writeString(adr, "---\nstatus: accepted\ngoverns: [com.acme.Shop]\n---\n# Sell things\n\nWe sell <b>things</b>.\n");
    Files.writeString(project.resolve("arch-docs/index.md"), "# The shop\n\nRead [the decision](decisions/0001-sell-things.md).\n");
    return Pipeline.load(project, Pipeline.Options.DEFAULTS).project().orElseThrow();
  }

  @Test
  @DisplayName("of a single-system project puts its sections at the root, with no extra level")
  void singleSystemHasNoExtraLevel() throws IOException {
    smallProject();
    SiteBuilder.Result result = build();
    Path site = result.out();
    assertThat(site.resolve("index.html")).content().contains("The shop").contains("decisions/0001-sell-things.html");
    assertThat(site.resolve("decisions/index.html")).isRegularFile();
    assertThat(site.resolve("code/com.acme/Shop.html")).content().contains("Sell things");
    assertThat(site.resolve("source/com/acme/Shop.java.html")).content().contains("The shop takes orders.");
    assertThat(result.findings()).isEmpty();
  }

  @Test
  @DisplayName("takes any template or asset from the project's arch-docs/theme/ over the default theme")
  void projectTemplatesOverrideTheTheme() throws IOException {
    smallProject();
    Files.createDirectories(project.resolve("arch-docs/theme"));
    Files.writeString(project.resolve("arch-docs/theme/archdoc.css"), "body { color: rebeccapurple; }");
    Files.writeString(project.resolve("arch-docs/theme/drift.mustache"), "<h1>Our own drift page</h1>");
    Files.writeString(project.resolve("arch-docs/theme/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    Files.writeString(project.resolve("arch-docs/theme/README.md"), "# How we theme\n\nNotes for us.\n");
    Files.writeString(project.resolve("arch-docs/theme/deploy.sh"), "echo secret\n");
    ProjectModel model = Pipeline.load(project, Pipeline.Options.DEFAULTS).project().orElseThrow();
    Path site = build().out();
    assertThat(site.resolve("_archdoc/archdoc.css")).hasContent("body { color: rebeccapurple; }");
    assertThat(site.resolve("drift.html")).content().contains("Our own drift page");
    assertThat(site.resolve("index.html")).content().contains("_archdoc/archdoc.js");
    assertThat(site.resolve("_archdoc/logo.svg")).exists();
    assertThat(site.resolve("_archdoc/deploy.sh")).doesNotExist();
    assertThat(site.resolve("_archdoc/README.md")).doesNotExist();
    assertThat(site.resolve("theme/README.html")).as("the theme's notes are not a page of the docs").doesNotExist();
  }

  @Test
  @DisplayName("leaves a root templates/ folder alone (a Helm chart's), and reads the folder theme: names")
  void rootTemplatesAreNotATheme() throws IOException {
    smallProject();
    Files.createDirectories(project.resolve("templates"));
    Files.writeString(project.resolve("templates/drift.mustache"), "<h1>Helm would never</h1>");
    Files.writeString(project.resolve("templates/deployment.yaml"), "kind: Deployment\n");
    Files.writeString(project.resolve("templates/chart.css"), "body { color: red; }");
    Path site = build().out();
    assertThat(site.resolve("drift.html")).content().doesNotContain("Helm would never");
    assertThat(site.resolve("_archdoc/chart.css")).doesNotExist();

    Files.writeString(project.resolve("archdoc.yml"), "title: Shop\ntheme: templates\n");
    site = build().out();
    assertThat(site.resolve("drift.html")).content().contains("Helm would never");
    assertThat(site.resolve("_archdoc/chart.css")).exists();
    assertThat(site.resolve("_archdoc/deployment.yaml")).doesNotExist();
  }

  @Test
  @DisplayName("gives no literate view to the files the docs' literate-exclude.txt lists, and links none")
  void literateExcludeList() throws IOException {
    smallProject();
    Files.writeString(project.resolve("arch-docs/literate-exclude.txt"), "# generated code is noise\ncom/acme/Shop.java\n");
    ProjectModel model = Pipeline.load(project, Pipeline.Options.DEFAULTS).project().orElseThrow();
    SiteBuilder.Result result = build();
    Path site = result.out();
    assertThat(site.resolve("source/com/acme/Shop.java.html")).doesNotExist();
    assertThat(site.resolve("code/com.acme/Shop.html")).content().doesNotContain("literate view");
    assertThat(site.resolve("literate-exclude.txt")).doesNotExist();
    assertThat(result.findings()).isEmpty();
  }

  @Test
  @DisplayName("keeps its own page when a written page would take the same path, and says so")
  void generatedPagesWinTheirPaths() throws IOException {
    smallProject();
    Files.createDirectories(project.resolve("arch-docs/code"));
    Files.writeString(project.resolve("arch-docs/code/index.md"), "# Our code map\n");
    ProjectModel model = Pipeline.load(project, Pipeline.Options.DEFAULTS).project().orElseThrow();
    SiteBuilder.Result result = build();
    String main = org.jsoup.Jsoup.parse(result.out().resolve("code/index.html").toFile(), "UTF-8").select("main").text();
    assertThat(main).contains("com.acme").doesNotContain("Our code map");
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("Our code map", "archdoc generates code/index.html itself");
      assertThat(f.rule()).isEqualTo("page-collision");
      assertThat(f.file()).isEqualTo(Path.of("arch-docs/code/index.md"));
    });
  }

  @Test
  @DisplayName("publishes two written files of one name each at its own page: the Markdown one at its name, the other keeping its extension")
  void twoFilesOfOneNameAreBothPublished() throws IOException {
    smallProject();
    write("arch-docs/templates/madr.md", "# MADR in Markdown\n\nSee [the AsciiDoc one](madr.adoc#options).\n");
    write("arch-docs/templates/madr.adoc", "= MADR in AsciiDoc\n\n[[options]]\n== Options\n\nNone.\n");
    write("arch-docs/guide.md", "# Guide\n\n[Markdown](templates/madr.md), [AsciiDoc](templates/madr.adoc).\n");
    SiteBuilder.Result result = build();
    Path site = result.out();
    assertThat(site.resolve("templates/madr.html")).content().contains("MADR in Markdown");
    assertThat(site.resolve("templates/madr.adoc.html")).content().contains("MADR in AsciiDoc");
    assertThat(hrefs(site.resolve("guide.html"), "main a[href^=templates]"))
        .containsExactly("templates/madr.html", "templates/madr.adoc.html");
    assertThat(hrefs(site.resolve("templates/madr.html"), "main a[href^=madr]")).containsExactly("madr.adoc.html#options");
    assertThat(result.findings()).isEmpty();
  }

  @Test
  @DisplayName("says which written file holds an address when a third file wants the one the second kept")
  void aWrittenPageThatYieldsToAnotherIsNamed() throws IOException {
    smallProject();
    write("arch-docs/t/madr.md", "# Markdown\n");
    write("arch-docs/t/madr.adoc", "= AsciiDoc\n");
    write("arch-docs/t/madr.adoc.md", "# Odd name\n");
    SiteBuilder.Result result = build();
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("page-collision");
      assertThat(f.file()).isEqualTo(Path.of("arch-docs/t/madr.adoc"));
      assertThat(f.message()).isEqualTo("\"AsciiDoc\" is not published: arch-docs/t/madr.adoc.md is published at"
          + " t/madr.adoc.html; rename one of them");
    });
    assertThat(result.out().resolve("t/madr.html")).content().contains("Markdown");
  }

  @Test
  @DisplayName("never replaces the project, or a folder it did not build, with a site")
  void refusesToReplaceWhatItDidNotBuild() throws IOException {
    ProjectModel model = smallProject();
    Path notes = project.resolve("notes");
    Files.createDirectories(notes);
    Files.writeString(notes.resolve("keep.txt"), "mine");
    for (Path out : List.of(project, project.getParent(), notes)) {
      assertThatThrownBy(() -> build(out))
          .isInstanceOf(IOException.class).hasMessageContaining("refusing");
    }
    assertThat(notes.resolve("keep.txt")).hasContent("mine");
    assertThat(project.resolve("src/main/java/com/acme/Shop.java")).exists();
  }

  @Test
  @DisplayName("a theme template that does not compile is a finding naming it; the rest of the site is still built")
  void brokenThemeTemplateIsAFinding() throws IOException {
    ProjectModel model = smallProject();
    Files.createDirectories(project.resolve("arch-docs/theme"));
    Files.writeString(project.resolve("arch-docs/theme/type.mustache"), "{{#unclosed}} never closed");

    SiteBuilder.Result result = build();

    assertThat(result.findings()).anySatisfy(f -> assertThat(f.toString())
        .startsWith("arch-docs/theme/type.mustache: error: theme file does not render"));
    assertThat(result.out().resolve("index.html")).exists();
    try (var siblings = Files.list(result.out().getParent())) {
      // no half-written site left beside it; the page and link caches sit beside the diagram cache
      assertThat(siblings.map(p -> p.getFileName().toString()).toList()).containsOnly("site", "cache", "pages", "links");
    }
  }

  @Test
  @DisplayName("points a page's link to a .puml file at that diagram on the diagrams page of the system it belongs to")
  void diagramFileLinksLeadToTheDiagramsPage() throws IOException {
    write("archdoc.yml", "systems:\n  - name: depot\n    docs: docs/depot\n  - name: shop\n    docs: docs\n");
    String twoBlocks = "@startuml\nA -> B\n@enduml\n\n@startuml\nB -> C\n@enduml\n";
    write("docs/depot/diagrams/roles.puml", twoBlocks);
    write("docs/flow.puml", "@startuml\nShop -> Depot\n@enduml\n");
    write("docs/index.md", "# Shop\n\nThe [flow](flow.puml) and [the depot's roles](depot/diagrams/roles.puml).\n");
    write("docs/depot/guide.md", "# Depot\n\nThe [roles](diagrams/roles.puml#ignored).\n");
    write("docs/depot/notes.adoc", "= Depot in AsciiDoc\n\nThe xref:diagrams/roles.puml[roles] and link:../flow.puml[the flow].\n\n"
        + "++++\n<a class=\"x\" href=\"../flow.puml\">raw</a>\n++++\n");
    ProjectModel model = Pipeline.load(project, Pipeline.Options.DEFAULTS).project().orElseThrow();

    SiteBuilder.Result result = build();

    assertThat(result.findings()).isEmpty();
    assertThat(hrefs(result.out().resolve("index.html"), "main a[href*=diagrams]"))
        .containsExactly("shop/diagrams.html#flow", "depot/diagrams.html#diagrams-roles");
    assertThat(hrefs(result.out().resolve("depot/guide.html"), "main a[href*=diagrams]"))
        .containsExactly("diagrams.html#diagrams-roles");
    assertThat(hrefs(result.out().resolve("depot/notes.html"), "main a[href*=diagrams]"))
        .containsExactly("diagrams.html#diagrams-roles", "../shop/diagrams.html#flow", "../shop/diagrams.html#flow");
    Document depotDiagrams = org.jsoup.Jsoup.parse(result.out().resolve("depot/diagrams.html").toFile(), "UTF-8");
    assertThat(depotDiagrams.select("h2[id^=diagrams-roles]").eachAttr("id")).containsExactly("diagrams-roles", "diagrams-roles-2");
  }

  @Test
  @DisplayName("of a system with many pages gives every page a sidebar of bounded size, and an index that links every page")
  void manyPagesHaveABoundedSidebarAndAnIndex() throws IOException {
    smallProject();
    List<String> written = new java.util.ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      String folder = i <= 30 ? "guide" : "notes";
      String name = String.format(java.util.Locale.ROOT, "%s/page-%02d.md", folder, i);
      write("arch-docs/" + name, "# Page " + i + "\n\nText of page " + i + ".\n");
      written.add(name.replace(".md", ".html"));
    }
    ProjectModel model = Pipeline.load(project, Pipeline.Options.DEFAULTS).project().orElseThrow();

    SiteBuilder.Result result = build();

    assertThat(result.findings()).as("every link resolves").isEmpty();
    int generatedLinks = 5 + 4; // decisions, system, tours, sources, diagrams; home, section, all pages, drift
    int folders = 2; // guide/ and notes/ have no index page: a node each, closed unless the page is in it
    for (String page : written) {
      List<String> sidebar = hrefs(result.out().resolve(page), "#sidebar a");
      int openFolder = page.startsWith("guide/") ? 30 : 10;
      assertThat(sidebar).as(page).hasSize(generatedLinks + folders + openFolder)
          .contains(page.substring(page.indexOf('/') + 1), "../pages.html");
    }
    assertThat(hrefs(result.out().resolve("code/index.html"), "#sidebar a"))
        .hasSize(generatedLinks + folders).contains("../pages.html", "../guide/page-01.html", "../notes/page-31.html");
    assertThat(hrefs(result.out().resolve("pages.html"), "main a")).containsExactlyElementsOf(written);
  }

  @Test
  @DisplayName("renders to a value: the pages by path and the findings met drawing them, the same when the pages come from the page cache")
  void renderReturnsPagesAndTheirFindings(@TempDir Path cache) throws IOException {
    ProjectModel model = smallProject();
    write("arch-docs/diagrams/broken.puml", "@startuml\nclass A {\n@enduml\n");
    model = Pipeline.load(project, Pipeline.Options.DEFAULTS).project().orElseThrow();

    SiteBuilder.Rendered cold;
    SiteBuilder.Rendered cached;
    try (Renderers renderers = Renderers.prepare(project, cache)) { // outside the project: no input of a page
      cold = SiteBuilder.render(model, null, project.resolve("out/site"), renderers);
      cached = SiteBuilder.render(model, null, project.resolve("out/site"), renderers);
    }

    assertThat(cold.files()).containsKeys("index.html", "diagrams.html", "code/com.acme/Shop.html");
    assertThat(cold.unitsRendered()).isEqualTo(cold.units());
    assertThat(cold.findings()).anySatisfy(f -> assertThat(f.file()).isEqualTo(Path.of("arch-docs/diagrams/broken.puml")));
    assertThat(cached.unitsRendered()).isZero();
    assertThat(cached.findings()).isEqualTo(cold.findings());
    assertThat(cached.files().keySet()).isEqualTo(cold.files().keySet());
  }

  private List<String> hrefs(Path page, String selector) throws IOException {
    return org.jsoup.Jsoup.parse(page.toFile(), "UTF-8").select(selector).eachAttr("href");
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** Builds the project as {@code archdoc build} does, into out/site, with its caches in out/. */
  private SiteBuilder.Result build() throws IOException {
    return build(project.resolve("out/site"));
  }

  private SiteBuilder.Result build(Path out) throws IOException {
    try (SiteBuild.Context context = SiteBuild.Context.cold(project, project.resolve("out/cache"))) {
      return SiteBuild.run(new SiteBuild.Request(project, out, null, List.of()), context).site().orElseThrow();
    }
  }
}
