package dev.archdoc.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.orchestration.SiteBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A type with nothing beyond its signatures (site: type-pages: documented)")
class TypesInFullOnSiteTest {

  @TempDir Path project;

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void shop() throws IOException {
    write("src/main/java/com/acme/Shop.java", """
        package com.acme;
        /** A shop: takes orders and pays in {@link Money#EUR}. */
        public class Shop {
          /** Takes one order. */
          public Receipt order(Money money) { return new Receipt("1", 0); }
        }
        """);
    write("src/main/java/com/acme/Receipt.java", """
        package com.acme;
        public record Receipt(String id, long cents) {}
        """);
    write("src/main/java/com/acme/Money.java", """
        package com.acme;
        public enum Money { EUR, USD }
        """);
    write("src/main/java/com/acme/Audit.java", """
        package com.acme;
        public class Audit { public void record(Receipt receipt) {} }
        """);
    String many = IntStream.rangeClosed(1, ShownCode.MAX_MEMBERS_IN_FULL + 1)
        .mapToObj(i -> "  public void step" + i + "() {}").collect(Collectors.joining("\n"));
    write("src/main/java/com/acme/Ledger.java", "package com.acme;\npublic class Ledger {\n" + many + "\n}\n");
    write("arch-docs/index.md", "# The shop\n\nEvery sale is recorded by [the audit](code:com.acme.Audit).\n");
  }

  @Test
  @DisplayName("is shown in full on its package page, where the links of type pages, Javadoc, diagrams and search land")
  void shownInFullOnItsPackagePage() throws IOException {
    shop();
    SiteBuilder.Result result = build("");
    Path site = result.out();

    // no doc comment, few members, no doc links to it: no page of its own
    assertThat(site.resolve("code/com.acme/Receipt.html")).doesNotExist();
    assertThat(site.resolve("code/com.acme/Money.html")).doesNotExist();
    // what says more keeps its page: a doc comment, a docs page's code: link, more members than a package page lists
    assertThat(site.resolve("code/com.acme/Shop.html")).isRegularFile();
    assertThat(site.resolve("code/com.acme/Audit.html")).isRegularFile();
    assertThat(site.resolve("code/com.acme/Ledger.html")).isRegularFile();

    Document pkg = parse(site.resolve("code/com.acme/index.html"));
    assertThat(pkg.getElementById("t-Receipt").select("pre.declaration").text()).isEqualTo("public record Receipt");
    assertThat(pkg.getElementById("t-Receipt.m-id").text()).isEqualTo("String id");
    assertThat(pkg.getElementById("t-Money").select("pre.declaration").text()).isEqualTo("public enum Money");
    assertThat(pkg.select("#t-Money .members-in-full li").eachText()).containsExactly("EUR", "USD");
    // the package diagram links the type to its entry
    assertThat(pkg.select("figure.diagram a").eachAttr("href")).contains("index.html#t-Receipt", "index.html#t-Money");

    Document shop = parse(site.resolve("code/com.acme/Shop.html"));
    assertThat(shop.select(".deps a").eachAttr("href")).contains("index.html#t-Receipt", "index.html#t-Money");
    assertThat(shop.select(".lead a").eachAttr("href")).containsExactly("index.html#t-Money.m-EUR");
    // the types that use it still say so
    assertThat(parse(site.resolve("code/com.acme/Audit.html")).select(".deps a").eachAttr("href"))
        .contains("index.html#t-Receipt");

    String search = Files.readString(site.resolve("_archdoc/search-index.js"));
    assertThat(search).contains("[\"Receipt\",\"t-Receipt\"]", "[\"Receipt.cents\",\"t-Receipt.m-cents\",\"member\"]");
    assertThat(result.findings()).extracting(Finding::rule).doesNotContain("broken-link");
  }

  @Test
  @DisplayName("gets a page of its own again with type-pages: every")
  void everyTypeAPage() throws IOException {
    shop();
    Path site = build("site:\n  type-pages: every\n").out();

    assertThat(site.resolve("code/com.acme/Receipt.html")).isRegularFile();
    assertThat(parse(site.resolve("code/com.acme/Shop.html")).select(".lead a").eachAttr("href"))
        .containsExactly("Money.html#m-EUR");
    assertThat(parse(site.resolve("code/com.acme/index.html")).select("pre.declaration")).isEmpty();
  }

  private static Document parse(Path page) throws IOException {
    return Jsoup.parse(page.toFile(), "UTF-8");
  }

  private SiteBuilder.Result build(String config) throws IOException {
    write("archdoc.yml", "title: Shop\n" + config);
    try (SiteBuild.Context context = SiteBuild.Context.cold(project, project.resolve("out/cache"))) {
      return SiteBuild.run(new SiteBuild.Request(project, project.resolve("out/site"), null, List.of()), context)
          .site().orElseThrow();
    }
  }
}
