package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.orchestration.SiteBuild;
import dev.archdoc.core.finding.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What JabRef's docs taught (bench/real/jabref/truth.tsv): a page's dead link is one finding at its
 * Markdown line, not a second one at the built page; a link to a repository file outside the docs
 * works on the site, as on GitHub, within the project's bounds; an image from another host is an
 * {@code external-image} warning at the line that shows it.
 */
@DisplayName("Links written in pages: reported once at their line, repository files published, external images their own rule")
class PageLinksOnSiteTest {

  @TempDir Path project;
  @TempDir Path elsewhere;

  private void write(String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private SiteBuild.Outcome build() throws IOException {
    try (SiteBuild.Context context = SiteBuild.Context.cold(project, project.resolve("out/cache"))) {
      SiteBuild.Outcome outcome = SiteBuild.run(
          new SiteBuild.Request(project, project.resolve("out/site"), null, List.of()), context);
      assertThat(outcome.configProblems()).isEmpty();
      return outcome;
    }
  }

  private static List<String> shown(SiteBuild.Outcome outcome) {
    return outcome.findings().stream().filter(f -> !f.severity().name().equals("INFO")).map(Finding::toString).toList();
  }

  @Test
  @DisplayName("a dead link in a page and in an ADR is one error each, at the Markdown line; the site adds none")
  void deadLinksOnceAtTheirLine() throws IOException {
    write("archdoc.yml", "docs: docs\n");
    write("src/main/java/a/A.java", "package a;\n/** A. */\npublic class A {}\n");
    write("docs/index.md", "# Docs\n\nRead [the strategy](guide/strategy.md) first.\n");
    write("docs/decisions/0001-use-x.md", "---\nstatus: accepted\n---\n# Use X\n\nSee [the plan](../plan.md).\n");

    SiteBuild.Outcome outcome = build();

    assertThat(shown(outcome)).satisfiesExactlyInAnyOrder(
        f -> assertThat(f).startsWith("docs/decisions/0001-use-x.md:6: error: link '../plan.md' points to docs/plan.md,"
            + " which does not exist").endsWith("[broken-link]"),
        f -> assertThat(f).startsWith("docs/index.md:3: error: link 'guide/strategy.md' points to docs/guide/strategy.md,"
            + " which does not exist").endsWith("[broken-link]"));
    String page = Files.readString(project.resolve("out/site/index.html"), StandardCharsets.UTF_8);
    assertThat(page).contains("data-archdoc-source=\"docs/index.md:3\"");
  }

  @Test
  @DisplayName("a link only the built page shows broken is reported at the Markdown line that wrote it")
  void siteOnlyLinkAtItsLine() throws IOException {
    write("archdoc.yml", "docs: docs\n");
    write("src/main/java/a/A.java", "package a;\n/** A. */\npublic class A {}\n");
    // JabRef's docs/code-howtos/faq.md:81 swaps a link's text and target
    write("docs/howto/faq.md", "# FAQ\n\n\n\nMore at [../guide/strategy.md](Strategy doc).\n");

    assertThat(shown(build())).containsExactly(
        "docs/howto/faq.md:5: error: <a href=\"../guide/strategy.html\"> points to no file of the site [broken-link]");
  }

  @Test
  @DisplayName("an image from another host is an external-image warning at its line, which rules: can switch off")
  void externalImages() throws IOException {
    write("src/main/java/a/A.java", "package a;\n/** A. */\npublic class A {}\n");
    write("docs/index.md", "# Docs\n\n![tests](https://ci.example.org/badge.svg)\n");
    write("archdoc.yml", "docs: docs\n");

    assertThat(shown(build())).containsExactly("docs/index.md:3: warning: <img src=\"https://ci.example.org/badge.svg\">"
        + " is shown from another host, so not offline; copy it into the docs and link it relatively, or lower rule"
        + " external-image [external-image]");

    write("archdoc.yml", "docs: docs\nrules:\n  external-image: off\n");
    assertThat(shown(build())).isEmpty();
  }

  @Test
  @DisplayName("a repository file outside the docs that a page links to is published and linked; .git, folders and"
      + " symbolic links out of the project are not")
  void repositoryFilesLinkedFromPages() throws IOException {
    write("archdoc.yml", "docs: docs\n");
    write("src/main/java/a/A.java", "package a;\n/** A. */\npublic class A {}\n");
    write("crowdin.yml", "files: []\n");
    write(".git/config", "[core]\n");
    Path secret = elsewhere.resolve("secret.txt");
    Files.writeString(secret, "not for the site");
    Files.createSymbolicLink(project.resolve("leak.txt"), secret);
    write("docs/howto/localization.md", String.join("\n", "# Localization", "",
        "Keep it in [`crowdin.yml`](../../crowdin.yml).", "",
        "Not [git](../../.git/config).", "",
        "Not [the leak](../../leak.txt).", ""));

    SiteBuild.Outcome outcome = build();

    Path site = project.resolve("out/site");
    assertThat(site.resolve("_archdoc/project/crowdin.yml")).hasContent("files: []");
    assertThat(Files.readString(site.resolve("howto/localization.html")))
        .contains("href=\"../_archdoc/project/crowdin.yml\"");
    try (var files = Files.walk(site)) {
      assertThat(files.map(Path::toString)).noneMatch(p -> p.contains("config") || p.contains("leak"));
    }
    assertThat(shown(outcome)).noneMatch(f -> f.contains("crowdin"))
        .anyMatch(f -> f.startsWith("docs/howto/localization.md:5:"))
        .anyMatch(f -> f.startsWith("docs/howto/localization.md:7:"))
        .noneMatch(f -> f.contains("not for the site"));
  }

  @Test
  @DisplayName("a folder per ADR (Eclipse EDC): a link to the folder opens its page, its images are beside it")
  void folderLinksOpenTheirReadme() throws IOException {
    write("archdoc.yml", "docs: docs\ndecisions: [docs/decision-records]\n");
    write("src/main/java/a/A.java", "package a;\n/** A. */\npublic class A {}\n");
    write("docs/decision-records/README.md", "# Decision Records\n\n- [Integration testing](2022-02-03-integration-testing/)\n");
    write("docs/decision-records/2022-02-03-integration-testing/README.md",
        "# Integration testing\n\n## Decision\n\nUse it.\n\n![flow](flow.png)\n");
    write("docs/decision-records/2022-02-03-integration-testing/flow.png", "png");

    SiteBuild.Outcome outcome = build();

    assertThat(shown(outcome)).isEmpty();
    Path site = project.resolve("out/site");
    assertThat(site.resolve("decision-records/2022-02-03-integration-testing/README.html")).exists();
    assertThat(site.resolve("decision-records/2022-02-03-integration-testing/flow.png")).exists();
    assertThat(Files.readString(site.resolve("decision-records/README.html")))
        .contains("href=\"2022-02-03-integration-testing/README.html\"");
  }

  @Test
  @DisplayName("adr-j's example templates: a placeholder link ({{{link.file}}}) names no file yet and is not checked; a typo is")
  void templatePlaceholders() throws IOException {
    write("archdoc.yml", "docs: doc\n");
    write("src/main/java/a/A.java", "package a;\n/** A. */\npublic class A {}\n");
    write("doc/example_templates/nygard.md", "# {{id}}. {{name}}\n\nSuperseded by [{{{superseded.id}}}]({{{superseded.file}}})\n");
    write("doc/example_templates/README.md", "# Example templates\n\n* [nygard.md](nygard.md)\n* [madr.mdr](madr.mdr)\n");
    // its AsciiDoc template writes Mustache placeholders, which Asciidoctor reads as attributes
    write("doc/example_templates/madr-template.adoc", "= ADR {{id}}: {{name}}\n\n|===\n| {{status}}\n|===\n\nThe {missing} one.\n");

    assertThat(shown(build())).satisfiesExactly(
        f -> assertThat(f).startsWith("doc/example_templates/README.md:4: error: link 'madr.mdr' points to"
            + " doc/example_templates/madr.mdr"),
        f -> assertThat(f).startsWith("doc/example_templates/madr-template.adoc:7: warning: skipping reference to"
            + " missing attribute: missing"));
  }
}
