package dev.archdoc.core.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.pipeline.Pipeline;
import dev.archdoc.core.site.Renderers;
import dev.archdoc.core.site.SiteBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that reuses the cache writes exactly the site a clean build writes: after each kind of
 * change, the site built incrementally is compared, file by file and byte by byte, with one built
 * from nothing (a fresh cache folder, the doclet run again).
 */
@DisplayName("An incremental build")
class IncrementalBuildTest {

  @TempDir Path project;
  @TempDir Path scratch;

  /** Kept for the whole test, as {@code archdoc serve} keeps them: the in-memory page cache too. */
  private Renderers warm;
  private int cleanBuilds;

  @BeforeEach
  void writeProject() throws IOException {
    write("archdoc.yml", "title: Shop\n");
    write("src/main/java/com/acme/Shop.java", String.join("\n",
        "package com.acme;",
        "",
        "import dev.archdoc.annotations.Decision;",
        "",
        "//! The shop takes orders.",
        "/** A shop. */",
        "@Decision(\"ADR-1\")",
        "public class Shop {",
        "  /** Takes one order. */",
        "  public void order(Basket basket) {}",
        "}",
        ""));
    write("src/main/java/com/acme/Basket.java",
        "package com.acme;\n\n/** What a customer buys. */\npublic record Basket(int items) {}\n");
    write("arch-docs/decisions/0001-sell-things.md", adr("Sell things", "accepted", "We sell **things**."));
    write("arch-docs/decisions/0002-take-baskets.md",
        adr("Take baskets", "accepted", "Orders come as [baskets](code:com.acme.Basket); see [ADR 1](0001-sell-things.md)."));
    write("arch-docs/decisions/0003-keep-receipts.md", adr("Keep receipts", "proposed", "Keep them.\n\n## Why\n\nAudits."));
    write("arch-docs/index.md", "# The shop\n\nRead [the first decision](decisions/0001-sell-things.md).\n");
    write("arch-docs/guide.md", "# Guide\n\nHow [the shop](code:com.acme.Shop#order(com.acme.Basket)) works;"
        + " why: [receipts](decisions/0003-keep-receipts.md#why).\n\n![flow](flow.puml)\n");
    write("arch-docs/flow.puml", "@startuml\nclass Shop [[code:com.acme.Shop]]\nShop --> Basket\n@enduml\n");
    warm = Renderers.prepare(project, SiteBuild.cache(project));
  }

  @AfterEach
  void closeRenderers() {
    warm.close();
  }

  private static String adr(String title, String status, String body) {
    return "---\nstatus: " + status + "\ndate: 2026-01-02\ngoverns: [com.acme.Shop]\n---\n\n# " + title + "\n\n" + body + "\n";
  }

  private void write(String file, String text) {
    try {
      Path path = project.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = project.resolve(file);
    String text = Files.readString(path);
    assertThat(text).contains(from);
    Files.writeString(path, text.replace(from, to));
  }

  /** As {@code archdoc build} does: the project's own cache, the code models kept on disk. */
  private SiteBuilder.Result incremental(Renderers renderers) throws IOException {
    SiteBuild.Outcome outcome = SiteBuild.run(new SiteBuild.Request(project, project.resolve("site"), "1.0", List.of()),
        SiteBuild.Context.warm(renderers, new dev.archdoc.core.cache.CodeCache(SiteBuild.codeCache(project)),
            new dev.archdoc.core.docs.PageReads()));
    return outcome.site().orElseThrow();
  }

  /**
   * A build with nothing to reuse: an empty cache folder of its own, and the doclet run. It writes
   * to the same folder (findings name it), so read what was there first.
   */
  private Path clean() throws IOException {
    Path out = project.resolve("site");
    cleanBuilds++;
    try (Renderers fresh = Renderers.prepare(project, scratch.resolve("cache-" + cleanBuilds + "/diagrams"))) {
      SiteBuild.run(new SiteBuild.Request(project, out, "1.0", List.of()),
          SiteBuild.Context.warm(fresh, Pipeline.CodeReader.DOCLET, new dev.archdoc.core.docs.PageReads()));
    }
    return out;
  }

  private static Map<String, byte[]> files(Path site) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(site.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  /** Builds incrementally (warm, then as a new process would), builds clean, and compares every byte. */
  private SiteBuilder.Result assertSameAsClean() throws IOException {
    SiteBuilder.Result result = incremental(warm);
    Map<String, byte[]> built = files(result.out());
    Map<String, byte[]> expected = files(clean());
    assertThat(built.keySet()).isEqualTo(expected.keySet());
    expected.forEach((file, bytes) ->
        assertThat(new String(built.get(file), StandardCharsets.UTF_8)).as(file)
            .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
    try (Renderers coldProcess = Renderers.prepare(project, SiteBuild.cache(project))) {
      SiteBuilder.Result fromDisk = incremental(coldProcess);
      assertThat(fromDisk.unitsRendered()).as("units rendered again by a new process").isZero();
      Map<String, byte[]> again = files(fromDisk.out());
      expected.forEach((file, bytes) -> assertThat(again.get(file)).as(file).isEqualTo(bytes));
    }
    return result;
  }

  @Test
  @DisplayName("after no change renders nothing and writes the same site")
  void noChange() throws IOException {
    SiteBuilder.Result first = incremental(warm);
    assertThat(first.unitsRendered()).isEqualTo(first.units());
    SiteBuilder.Result second = assertSameAsClean();
    assertThat(second.unitsRendered()).isZero();
  }

  @Test
  @DisplayName("after one ADR's body changed renders that ADR's page alone, byte-identical to a clean build")
  void adrBodyChanged() throws IOException {
    SiteBuilder.Result first = incremental(warm);
    edit("arch-docs/decisions/0003-keep-receipts.md", "Keep them.", "Keep them for ten years.");
    SiteBuilder.Result second = assertSameAsClean();
    assertThat(second.unitsRendered()).isEqualTo(1);
    assertThat(first.units()).isGreaterThan(10);
    assertThat(second.out().resolve("decisions/0003-keep-receipts.html")).content().contains("ten years");
  }

  @Test
  @DisplayName("after an ADR's title, status or anchors changed, or one was added, matches a clean build")
  void adrMetadataChanged() throws IOException {
    incremental(warm);
    edit("arch-docs/decisions/0001-sell-things.md", "# Sell things", "# Sell many things");
    assertSameAsClean();
    edit("arch-docs/decisions/0003-keep-receipts.md", "status: proposed", "status: rejected");
    edit("arch-docs/decisions/0003-keep-receipts.md", "## Why", "## Reasons");
    assertSameAsClean(); // the guide's #why link now breaks: its page says so as a clean build does
    write("arch-docs/decisions/0004-sell-gift-cards.md",
        "---\nstatus: accepted\nsupersedes: [1]\n---\n\n# Sell gift cards\n\nInstead.\n");
    assertSameAsClean();
    Files.delete(project.resolve("arch-docs/decisions/0002-take-baskets.md"));
    assertSameAsClean();
  }

  @Test
  @DisplayName("after a page, a diagram or an included file changed matches a clean build")
  void pageChanged() throws IOException {
    incremental(warm);
    edit("arch-docs/guide.md", "How [the shop]", "With a new paragraph.\n\nHow [the shop]");
    SiteBuilder.Result afterPage = assertSameAsClean();
    assertThat(afterPage.unitsRendered()).as("the page, the homes, the tours").isEqualTo(3);
    edit("arch-docs/guide.md", "# Guide", "# The guide");
    assertSameAsClean();
    edit("arch-docs/flow.puml", "Shop --> Basket", "Shop ..> Basket : fills");
    assertSameAsClean();
    write("arch-docs/notes.md", "# Notes\n\nA new page.\n");
    assertSameAsClean();
  }

  @Test
  @DisplayName("after a Java file changed reads the code again and matches a clean build")
  void javaChanged() throws IOException {
    incremental(warm);
    edit("src/main/java/com/acme/Basket.java", "What a customer buys.", "What a customer buys, counted.");
    assertSameAsClean();
    write("src/main/java/com/acme/Till.java", "package com.acme;\n\n//! Takes the money.\npublic class Till {}\n");
    assertSameAsClean();
  }

  @Test
  @DisplayName("after a line added to one Java file renders that type's page, its file's view, its package and the tours alone")
  void oneJavaFileEdited() throws IOException {
    incremental(warm);
    edit("src/main/java/com/acme/Basket.java", "/** What a customer buys. */", "//! Counted at the till.\n/** What a customer buys. */");
    SiteBuilder.Result second = assertSameAsClean();
    assertThat(second.renderedUnits()).containsExactlyInAnyOrder("type com.acme.Basket",
        "source src/main/java/com/acme/Basket.java", "package com.acme", "tours");
    assertThat(second.out().resolve("code/com.acme/Basket.html")).content().contains("Counted at the till.");
  }

  @Test
  @DisplayName("after each kind of code change (body, docs, signature, visibility, notes, a use, a file added or deleted) matches a clean build")
  void everyKindOfCodeChange() throws IOException {
    write("src/main/java/com/acme/pay/Till.java", String.join("\n",
        "package com.acme.pay;",
        "",
        "/** Takes the money; see {@link com.acme.Basket#items()}. */",
        "public class Till {",
        "  /** Rings up a basket. */",
        "  public long ring(com.acme.Basket basket) { return basket.items(); }",
        "  int drawer;",
        "}",
        ""));
    incremental(warm);
    edit("src/main/java/com/acme/pay/Till.java", "return basket.items();", "return 2L * basket.items();");
    assertThat(assertSameAsClean().renderedUnits()).as("a body edit").doesNotContain("type com.acme.Shop",
        "type com.acme.Basket", "code overview", "diagrams", "homes", "decision ADR-2", "page arch-docs/guide.md");
    edit("src/main/java/com/acme/Basket.java", "What a customer buys.", "What a customer buys, counted.");
    assertThat(assertSameAsClean().renderedUnits()).as("a doc edit").contains("package com.acme")
        .doesNotContain("type com.acme.pay.Till", "type com.acme.Shop", "decision ADR-2");
    edit("src/main/java/com/acme/Shop.java", "public void order(Basket basket) {}", "public void order(Basket basket, int copies) {}");
    assertThat(assertSameAsClean().renderedUnits()).as("a signature the guide links to")
        .contains("type com.acme.Shop", "page arch-docs/guide.md", "code overview")
        .doesNotContain("decision ADR-2", "type com.acme.Basket");
    edit("src/main/java/com/acme/pay/Till.java", "public class Till", "class Till");
    assertThat(assertSameAsClean().renderedUnits()).as("a type that loses its page").contains("package com.acme.pay");
    edit("src/main/java/com/acme/pay/Till.java", "class Till", "//! The till.\npublic class Till");
    assertThat(assertSameAsClean().renderedUnits()).as("a file that gains a literate view")
        .contains("source index", "source src/main/java/com/acme/pay/Till.java", "homes", "type com.acme.pay.Till")
        .doesNotContain("decision lists", "type com.acme.Shop");
    write("src/main/java/com/acme/pay/package-info.java", "/** Where the money goes. */\npackage com.acme.pay;\n");
    assertThat(assertSameAsClean().renderedUnits()).as("a file added: the pages of code comments, which may link to it")
        .contains("package com.acme.pay", "type com.acme.Shop", "homes")
        .doesNotContain("decision lists", "decision ADR-1", "page arch-docs/guide.md");
    edit("src/main/java/com/acme/pay/package-info.java", "Where the money goes.", "Where the money goes, counted.");
    assertThat(assertSameAsClean().renderedUnits()).as("a package's summary")
        .containsExactlyInAnyOrder("package com.acme.pay", "code overview", "diagrams", "pages index", "homes", "tours");
    edit("src/main/java/com/acme/pay/Till.java", "  int drawer;", "  /** The cash. */\n  public int drawer;\n  public com.acme.Shop shop;");
    assertThat(assertSameAsClean().renderedUnits()).as("a member and a use added")
        .contains("type com.acme.Shop", "type com.acme.pay.Till", "diagrams");
    edit("src/main/java/com/acme/Basket.java", "public record Basket", "@dev.archdoc.annotations.Decision(\"ADR-3\")\npublic record Basket");
    assertThat(assertSameAsClean().renderedUnits()).as("a decision cited in the code").contains("decision ADR-3")
        .doesNotContain("decision ADR-2");
    edit("src/main/java/com/acme/Basket.java", "public record Basket(int items) {}",
        "public final class Basket {\n  public int items() { return 1; }\n}");
    assertThat(assertSameAsClean().renderedUnits()).as("the kind of a type a decision governs")
        .contains("decision ADR-3", "type com.acme.Basket");
    Files.delete(project.resolve("src/main/java/com/acme/Basket.java"));
    assertSameAsClean();
    write("src/main/java/com/acme/Basket.java", "package com.acme;\n\n/** Back. */\npublic record Basket(int items) {}\n");
    assertSameAsClean();
  }

  @Test
  @DisplayName("after the theme or archdoc.yml changed matches a clean build")
  void themeAndConfigChanged() throws IOException {
    incremental(warm);
    String template;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("dev/archdoc/core/site/theme/doc.mustache")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    write("arch-docs/theme/doc.mustache", "<p class=\"ours\">Our own page template</p>\n" + template);
    SiteBuilder.Result themed = assertSameAsClean();
    assertThat(themed.out().resolve("guide.html")).content().contains("Our own page template");
    write("arch-docs/theme/extra.css", "p { margin: 0; }\n");
    assertSameAsClean();
    write("archdoc.yml", "title: The shop, renamed\n");
    SiteBuilder.Result renamed = assertSameAsClean();
    assertThat(renamed.out().resolve("decisions/0001-sell-things.html")).content().contains("The shop, renamed");
  }

  @Test
  @DisplayName("after a file an AsciiDoc page includes changed renders that page again, and not after an ADR changed")
  void asciiDocIncludes() throws IOException {
    write("arch-docs/runbook.adoc", "= Runbook\n\ninclude::partials/_steps.adoc[]\n");
    write("arch-docs/partials/_steps.adoc", "== Steps\n\nRestart the shop.\n");
    incremental(warm);
    edit("arch-docs/partials/_steps.adoc", "Restart the shop.", "Restart the till.");
    SiteBuilder.Result afterInclude = assertSameAsClean();
    assertThat(afterInclude.out().resolve("runbook.html")).content().contains("Restart the till.");
    edit("arch-docs/decisions/0003-keep-receipts.md", "Keep them.", "Keep them all.");
    assertThat(assertSameAsClean().unitsRendered()).as("the ADR's page alone").isEqualTo(1);
  }
}
