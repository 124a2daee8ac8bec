package dev.archdoc.core.publish;

import static dev.archdoc.core.publish.DecisionChangesTest.adr;
import static dev.archdoc.core.publish.DecisionChangesTest.supersededBy;
import static dev.archdoc.core.publish.DecisionChangesTest.supersedes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archdoc.core.publish.DecisionSnapshot.Recorded;
import dev.archdoc.core.publish.DecisionSnapshot.SystemDecisions;
import dev.archdoc.core.publish.Publish.StepListener;
import dev.archdoc.core.site.linkcheck.LinkChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The page of decisions across versions")
class DecisionsPageTest {

  @TempDir Path temp;

  private static final Recorded RAFT = adr("ADR-1", "Use Raft", "accepted");
  private static final Recorded CACHE = adr("ADR-2", "Cache reads", "proposed");

  /** Three versions of two systems: 1.1 accepts ADR-2, 2.0 supersedes ADR-1 and drops ADR-2. */
  static DecisionSnapshot version(String version) {
    List<Recorded> app = switch (version) {
      case "1.0" -> List.of(RAFT, CACHE);
      case "1.1" -> List.of(RAFT, adr("ADR-2", "Cache reads", "accepted"));
      default -> List.of(supersededBy(adr("ADR-1", "Use Raft", "superseded"), "ADR-3"),
          supersedes(adr("ADR-3", "Use Raft with leases", "accepted"), "ADR-1"));
    };
    return new DecisionSnapshot(List.of(new SystemDecisions("app", "The app", app),
        new SystemDecisions("tool", "The tool", List.of(adr("ADR-1", "Read code", "accepted")))));
  }

  private Path built(String version) throws IOException {
    Path site = PublishTest.builtSite(temp.resolve("built-" + version), version);
    DecisionSnapshot snapshot = version(version);
    snapshot.write(site);
    for (SystemDecisions system : snapshot.systems()) {
      for (Recorded decision : system.decisions()) {
        PublishTest.write(site.resolve(decision.page()), "<html><body>" + decision.title() + "</body></html>");
      }
    }
    return site;
  }

  private void publish(Path site, String version, String... aliases) throws IOException {
    Publish.addBuilt(built(version), new Publish.Request(temp, version, List.of(aliases), null,
        new Publish.Folder(site), List.of()), StepListener.NONE);
  }

  private static List<String> texts(Element scope, String css) {
    return scope.select(css).eachText();
  }

  @Test
  @DisplayName("lists per version and system the decisions in force and the changes since the version before, as plain links that resolve")
  void page() throws IOException {
    Path site = temp.resolve("pages");
    publish(site, "1.0");
    publish(site, "1.1");
    publish(site, "2.0", "latest");
    Document page = Jsoup.parse(site.resolve("decisions.html").toFile());
    assertThat(texts(page, "section.version-decisions > h2")).containsExactly("Version 2.0 · latest", "Version 1.1",
        "Version 1.0");
    Element newest = page.getElementById("v-2.0");
    assertThat(texts(newest, "h3")).containsExactly("The app", "The tool");
    assertThat(texts(newest, "li.change")).containsExactly(
        "added ADR-3 Use Raft with leases \u2014 added as accepted, superseding ADR-1",
        "superseded ADR-1 Use Raft \u2014 superseded by ADR-3 (was accepted)",
        "removed ADR-2 Cache reads \u2014 no longer in the docs (was accepted)");
    assertThat(newest.select("li.change-removed a").attr("href")).as("a removed decision links to where it last was")
        .isEqualTo("1.1/decisions/ADR-2.html");
    assertThat(texts(newest, "table.in-force td:first-child")).containsExactly("ADR-3", "ADR-1");
    assertThat(newest.select("table.in-force a").eachAttr("href")).first().isEqualTo("2.0/decisions/ADR-3.html");
    assertThat(texts(newest, "p.unchanged")).containsExactly("3 changes; 0 unchanged.");
    assertThat(texts(newest, "p.no-changes")).containsExactly("No decision changed; 1 unchanged.");
    assertThat(texts(page.getElementById("v-1.1"), "li.change")).containsExactly(
        "accepted ADR-2 Cache reads \u2014 accepted (was proposed)");
    assertThat(texts(page.getElementById("v-1.0"), "p.no-changes")).contains("The first published version.");
    assertThat(page.getElementById("compare").hasAttr("hidden")).as("the compare form waits for its script").isTrue();
    Element parts = page.selectFirst("#compare template#compare-parts");
    assertThat(parts).as("the compare form's markup is the template's, which its script clones").isNotNull();
    assertThat(parts.select("li.change").eachAttr("data-part")).as("a part per kind of change, in the generator's order")
        .containsExactly(java.util.Arrays.stream(DecisionChanges.Kind.values()).map(k -> "change-" + k.cssClass()).toArray(String[]::new));
    assertThat(parts.select("li.change-retitled .badge").text()).isEqualTo(DecisionChanges.Kind.RETITLED.label);
    assertThat(page.select("#decisions-data").html()).contains("\"version\":\"1.0\"");
    assertThat(site.resolve("versions.js")).content().contains("\"decisions\":\"decisions.html\"");
    assertThat(LinkChecker.check(site, Path.of("pages"))).isEmpty();
  }

  @Test
  @DisplayName("is the same page whichever order the versions were published in")
  void order() throws IOException {
    Path inOrder = temp.resolve("in-order");
    publish(inOrder, "1.0");
    publish(inOrder, "1.1");
    publish(inOrder, "2.0", "latest");
    Path shuffled = temp.resolve("shuffled");
    publish(shuffled, "2.0", "latest");
    publish(shuffled, "1.0");
    publish(shuffled, "1.1");
    assertThat(shuffled.resolve("decisions.html")).content().isEqualTo(Files.readString(inOrder.resolve("decisions.html")));
    assertThat(PublishTest.snapshot(shuffled)).isEqualTo(PublishTest.snapshot(inOrder));
  }

  @Test
  @DisplayName("says so for a version published without a record, and does not guess what changed next to it")
  void versionWithoutRecord() throws IOException {
    Path site = temp.resolve("pages");
    Publish.addBuilt(PublishTest.builtSite(temp, "0.9"), new Publish.Request(temp, "0.9", List.of(), null,
        new Publish.Folder(site), List.of()), StepListener.NONE);
    publish(site, "1.0");
    Document page = Jsoup.parse(site.resolve("decisions.html").toFile());
    assertThat(page.getElementById("v-0.9").text()).contains("published without a record of its decisions");
    assertThat(texts(page.getElementById("v-1.0"), "p.no-record"))
        .containsExactly("Unknown: version 0.9 has no record of its decisions.",
            "Unknown: version 0.9 has no record of its decisions.");
    assertThat(LinkChecker.check(site, Path.of("pages"))).isEmpty();
  }

  @Test
  @DisplayName("takes its script and look from the project's theme folder when it has them")
  void projectTemplates() throws IOException {
    PublishTest.write(temp.resolve("arch-docs/theme/decisions-across-versions.css"), ".mine { color: red; }\n");
    Path site = temp.resolve("pages");
    publish(site, "1.0");
    assertThat(site.resolve("decisions.html")).content().contains(".mine { color: red; }")
        .contains("getElementById(\"decisions-data\")");
  }

  @Test
  @DisplayName("keeps a title with markup as text, in the tables and in the data the compare script reads")
  void markupInTitles() throws IOException {
    String title = "Use <b> & </script><!-- <script>alert(1)</script>";
    Path built = PublishTest.builtSite(temp.resolve("built-odd"), "1.0");
    new DecisionSnapshot(List.of(new SystemDecisions("app", "App", List.of(adr("ADR-1", title, "accepted")))))
        .write(built);
    PublishTest.write(built.resolve("decisions/ADR-1.html"), "<html><body>odd</body></html>");
    Path site = temp.resolve("pages");
    Publish.addBuilt(built, new Publish.Request(temp, "1.0", List.of(), null, new Publish.Folder(site), List.of()),
        StepListener.NONE);
    Document page = Jsoup.parse(site.resolve("decisions.html").toFile());
    assertThat(texts(page, "table.in-force td:nth-child(2)")).containsExactly(title);
    String data = page.getElementById("decisions-data").data();
    assertThat(data).doesNotContain("<").doesNotContain(">").containsIgnoringCase("\\u003c/script\\u003e");
    assertThat(page.select("script")).hasSize(3).as("the head's theme script, the data, the compare script");
  }

  @Test
  @DisplayName("shows a hostile version name, title, alias and decision from versions.json and the records as text, in elements and attributes")
  void hostileVersionsAndRecords() {
    String version = "1.0\"><script>alert(1)</script>";
    String title = "<img src=x onerror=alert(2)>";
    String alias = "l'atest\" onmouseover=\"alert(3)";
    String decisionTitle = "Use <script>alert(4)</script> & \"quotes\"";
    Recorded hostile = new Recorded("ADR-1\"><b>", decisionTitle, "proposed", "proposed", "<i>2026</i>", false,
        List.of(), List.of("<u>ADR-2</u>"), "decisions/a\"b.html");
    DecisionSnapshot snapshot = new DecisionSnapshot(List.of(
        new SystemDecisions("app", "<svg onload=alert(5)>", List.of(hostile, adr("ADR-3", decisionTitle, "accepted"))),
        new SystemDecisions("tool", "Tool", List.of())));
    List<DecisionsPage.VersionDecisions> versions = List.of(
        new DecisionsPage.VersionDecisions(new VersionSet.Entry(version, title, List.of(alias), null),
            java.util.Optional.of(snapshot), ""),
        new DecisionsPage.VersionDecisions(new VersionSet.Entry("0.9", "0.9", List.of(), null),
            java.util.Optional.empty(), "published <em>without</em> a record"));
    Document page = Jsoup.parse(DecisionsPage.html(versions, version, temp.resolve("no-theme"), true));
    assertThat(page.select("script")).hasSize(3).as("the head's theme script, the data, the compare script");
    assertThat(page.select("img, b, i, u, em, svg, [onmouseover], [onerror], [onload]")).isEmpty();
    Element newest = page.getElementById("v-" + version);
    assertThat(newest).isNotNull();
    assertThat(newest.selectFirst("h2").text()).isEqualTo("Version " + title + " (" + version + ") \u00b7 " + alias);
    assertThat(newest.select("p a").first().attr("href")).isEqualTo(version + "/index.html");
    assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo(version + "/_archdoc/archdoc.css");
    assertThat(texts(newest, "h3")).containsExactly("<svg onload=alert(5)>", "Tool");
    assertThat(texts(newest, "table.in-force td:nth-child(2)")).containsExactly(decisionTitle);
    Element row = newest.selectFirst("details.not-in-force tbody tr");
    assertThat(row.select("a.decision-id").text()).isEqualTo("ADR-1\"><b>");
    assertThat(row.select("a.decision-id").attr("href")).isEqualTo(version + "/decisions/a\"b.html");
    assertThat(row.select("td").eachText()).containsExactly("ADR-1\"><b>", decisionTitle, "proposed by <u>ADR-2</u>");
    assertThat(page.select("#compare-from option").eachAttr("value")).containsExactly(version, "0.9");
    assertThat(page.getElementById("v-0.9").text()).contains("published <em>without</em> a record");
    assertThat(page.getElementById("decisions-data").data()).doesNotContain("<").doesNotContain(">");
  }

  @Test
  @DisplayName("is drawn by the project's own decisions-across-versions.mustache when its theme folder has one")
  void projectTemplate() throws IOException {
    PublishTest.write(temp.resolve("arch-docs/theme/decisions-across-versions.mustache"),
        "<!DOCTYPE html><html><body><h1>Ours</h1><ul>{{#versions}}<li class=\"ours\">{{label}}</li>{{/versions}}</ul>"
            + "</body></html>\n");
    Path site = temp.resolve("pages");
    publish(site, "1.0");
    publish(site, "1.1");
    Document page = Jsoup.parse(site.resolve("decisions.html").toFile());
    assertThat(page.select("h1").text()).isEqualTo("Ours");
    assertThat(texts(page, "li.ours")).containsExactly("1.1", "1.0");
  }

  @Test
  @DisplayName("refuses a project override of its template that does not render, naming the file, and leaves the site as it was")
  void brokenProjectTemplate() throws IOException {
    Path site = temp.resolve("pages");
    publish(site, "1.0");
    Map<String, String> before = PublishTest.snapshot(site);
    PublishTest.write(temp.resolve("arch-docs/theme/decisions-across-versions.mustache"), "{{#versions}}never closed\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> publish(site, "1.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decisions-across-versions.mustache").hasMessageContaining("does not render");
    assertThat(PublishTest.snapshot(site)).isEqualTo(before);
  }

  @Test
  @DisplayName("does not put inside the page a theme file that links out of the theme folder")
  void themeFileLinkingOut() throws IOException {
    Path secret = temp.resolve("secret.css");
    PublishTest.write(secret, ".secret { content: \"private key\"; }\n");
    Path theme = temp.resolve("arch-docs/theme");
    Files.createDirectories(theme);
    Files.createSymbolicLink(theme.resolve("decisions-across-versions.css"), secret);
    Path site = temp.resolve("pages");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> publish(site, "1.0"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decisions-across-versions.css");
    assertThat(site.resolve("decisions.html")).doesNotExist();
  }
}
