package dev.archdoc.core.docs.adr;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance test: the ADRs of five public projects, kept beside the repository in
 * {@code ../shared/corpora} (never copied into it), read as the table in
 * {@code src/test/resources/corpora/expected-adrs.tsv} says. That table was written by reading
 * the files, not by running the loader. The corpora are found through the system property
 * {@code archdoc.corpora}, else as {@code shared/corpora} beside an ancestor of the working
 * folder; without them the tests are skipped, saying so.
 */
@DisplayName("the real ADRs of public projects (../shared/corpora)")
class RealWorldCorporaTest {

  private static final Path CORPORA = locateCorpora();

  /** One row of the expected table. */
  private record Expected(String set, String file, String id, String title, String status, String date,
      String supersededBy, String supersedes, String other) {}

  private static Path locateCorpora() {
    String property = System.getProperty("archdoc.corpora");
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
      Path candidate = folder.resolveSibling("shared").resolve("corpora");
      if (Files.isDirectory(candidate)) {
        return candidate.normalize();
      }
    }
    return null;
  }

  private static final String MISSING = "SKIPPED: the ADR corpora were not found beside the repository"
      + " (../shared/corpora); set -Darchdoc.corpora=<folder> to run the real-world acceptance test";

  private static boolean corporaPresent() {
    return CORPORA != null && Files.isDirectory(CORPORA);
  }

  private static void assumeCorpora() {
    if (!corporaPresent()) {
      System.out.println(MISSING); // the assumption's message only reaches the XML report
    }
    assumeTrue(corporaPresent(), MISSING);
  }

  private static List<Expected> table() throws IOException {
    try (InputStream in = Objects.requireNonNull(
        RealWorldCorporaTest.class.getResourceAsStream("/corpora/expected-adrs.tsv"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("set\t"))
          .map(line -> line.split("\t", -1))
          .map(c -> new Expected(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]))
          .toList();
    }
  }

  private static Decisions load(String set) {
    AdrDiscovery.Found found = AdrDiscovery.find(CORPORA, List.of(Path.of(set)), List.of());
    assertEquals(List.of(), found.findings());
    return AdrLoader.load(found.documents());
  }

  @TestFactory
  @DisplayName("every ADR reads as the table says: id, title, status, date and supersession")
  Stream<DynamicNode> everyAdrReadsAsTheTableSays() throws IOException {
    if (!corporaPresent()) {
      // An aborted factory is not reported by surefire; a skipped test is.
      return Stream.of(dynamicTest("the corpora are present", RealWorldCorporaTest::assumeCorpora));
    }
    Map<String, List<Expected>> bySet = table().stream()
        .collect(Collectors.groupingBy(Expected::set, LinkedHashMap::new, Collectors.toList()));
    List<DynamicNode> sets = new ArrayList<>();
    bySet.forEach((set, rows) -> {
      Decisions decisions = load(set);
      List<DynamicNode> tests = new ArrayList<>();
      tests.add(dynamicTest("no file gives an error finding", () -> assertEquals(List.of(),
          decisions.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::toString).toList())));
      tests.add(dynamicTest("exactly the table's files are ADRs (no README, index or template)", () -> assertEquals(
          rows.stream().map(row -> set + "/" + row.file()).sorted().toList(),
          decisions.adrs().stream().map(adr -> slashes(adr.file())).sorted().toList())));
      for (Expected row : rows) {
        tests.add(dynamicTest(row.file(), () -> check(decisions, row)));
      }
      sets.add(DynamicContainer.dynamicContainer(set, tests));
    });
    return sets.stream();
  }

  @TestFactory
  @DisplayName("a decisions folder's own index.md or README.md opens the generated decisions index: its prose shown, no page-collision")
  Stream<DynamicNode> decisionFolderIntroductions() throws IOException {
    if (!corporaPresent()) {
      return Stream.of(dynamicTest("the corpora are present", RealWorldCorporaTest::assumeCorpora));
    }
    Map<String, Long> adrsBySet = table().stream()
        .collect(Collectors.groupingBy(Expected::set, LinkedHashMap::new, Collectors.counting()));
    List<DynamicNode> tests = new ArrayList<>();
    adrsBySet.forEach((set, adrs) -> {
      Path folder = CORPORA.resolve(set);
      Path intro = Files.exists(folder.resolve("index.md")) ? folder.resolve("index.md") : folder.resolve("README.md");
      if (Files.isRegularFile(intro)) {
        tests.add(dynamicTest(set + "/" + intro.getFileName(), () -> introductionOpensTheIndex(folder, intro, adrs)));
      }
    });
    assertEquals(3, tests.size(), "the corpora's decisions folders with an index.md or README.md");
    return tests.stream();
  }

  private static void introductionOpensTheIndex(Path folder, Path intro, long adrs) throws Exception {
    Path project = Files.createTempDirectory("archdoc-corpus-intro");
    try {
      Path decisions = project.resolve("docs/decisions");
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Path to = decisions.resolve(folder.relativize(file).toString());
          Files.createDirectories(to.getParent());
          Files.copy(file, to);
        }
      }
      Files.writeString(project.resolve("archdoc.yml"), "docs: docs\ndecisions: [docs/decisions]\n");
      Files.createDirectories(project.resolve("src/main/java/a"));
      Files.writeString(project.resolve("src/main/java/a/A.java"), "package a;\n/** A. */\npublic class A {}\n");
      Files.writeString(project.resolve("docs/index.md"), "# Home\n");
      dev.archdoc.core.site.SiteBuilder.Result site;
      try (var context = dev.archdoc.core.orchestration.SiteBuild.Context.cold(project, project.resolve("out/cache"))) {
        site = dev.archdoc.core.orchestration.SiteBuild.run(new dev.archdoc.core.orchestration.SiteBuild.Request(
            project, project.resolve("out/site"), null, List.of()), context).site().orElseThrow();
      }
      assertEquals(List.of(), site.findings().stream().filter(f -> f.rule().equals("page-collision"))
          .map(Finding::toString).toList());
      org.jsoup.nodes.Document index = org.jsoup.Jsoup.parse(site.out().resolve("decisions/index.html").toFile(), "UTF-8");
      String text = Files.readString(intro);
      if (text.startsWith("---")) { // front matter is not prose
        text = text.substring(text.indexOf("\n---", 3) + 4);
      }
      String firstProse = text.lines().map(String::strip)
          .filter(line -> !line.isEmpty() && Character.isLetter(line.charAt(0))).findFirst().orElseThrow();
      String shown = index.select(".decisions-intro").text();
      assertAll(
          () -> assertEquals(true, shown.contains(firstProse.substring(0, Math.min(30, firstProse.length()))),
              "the introduction's prose (" + firstProse + ") on the index: " + shown),
          () -> assertEquals(adrs, index.select("table.decisions tbody tr").size(), "rows of the index"));
    } finally {
      dev.archdoc.core.io.AtomicFiles.deleteTree(project);
    }
  }

  private static void check(Decisions decisions, Expected row) {
    Adr adr = decisions.adrs().stream().filter(a -> slashes(a.file()).equals(row.set() + "/" + row.file()))
        .findFirst().orElseThrow(() -> new AssertionError("not loaded: " + row.file()));
    DecisionGraph graph = decisions.graph();
    String status = adr.status().kind() == StatusKind.UNRECOGNISED
        ? "unrecognised(" + adr.status().raw() + ")" : adr.status().kind().name().toLowerCase();
    String other = graph.relationsOf(adr.id()).stream()
        .filter(edge -> edge.kind() != RelationKind.SUPERSEDES && edge.kind() != RelationKind.SUPERSEDED_BY)
        .map(edge -> edge.kind().words().replace(' ', '-') + " " + edge.to().display())
        .collect(Collectors.joining("; "));
    assertAll(
        () -> assertEquals(row.id(), adr.displayId(), "id"),
        () -> assertEquals(row.title(), adr.title(), "title"),
        () -> assertEquals(row.status(), status, "status"),
        () -> assertEquals(row.date(), adr.date().flatMap(AdrDate::date).map(Object::toString).orElse("-"), "date"),
        () -> assertEquals(row.supersededBy(), ids(graph.successors(adr.id())), "superseded by"),
        () -> assertEquals(row.supersedes(), ids(graph.predecessors(adr.id())), "supersedes"),
        () -> assertEquals(row.other(), other.isEmpty() ? "-" : other, "other relations"));
  }

  private static String ids(List<AdrId> ids) {
    return ids.isEmpty() ? "-" : ids.stream().map(AdrId::display).collect(Collectors.joining(","));
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }

  /** The ADR templates the corpora keep beside their ADRs (MADR 4's four, MADR 2 and log4brains shapes). */
  private static final List<String> TEMPLATES = List.of("adr__madr/template/adr-template.md",
      "adr__madr/template/adr-template-minimal.md", "adr__madr/template/adr-template-bare.md",
      "adr__madr/template/adr-template-bare-minimal.md", "adr__madr/docs/decisions/adr-template.md",
      "elastisys__compliantkubernetes/docs/adr/template.md", "thomvaill__log4brains/docs/adr/template.md");
  /** MADR's minimal templates keep no status or date (MADR makes them optional): none is made up. */
  private static final List<String> WITHOUT_METADATA = List.of("adr__madr/template/adr-template-minimal.md",
      "adr__madr/template/adr-template-bare-minimal.md");

  @TestFactory
  @DisplayName("every real template fills into an ADR that reads with its title, and status proposed and today's date where it keeps them")
  Stream<DynamicNode> realTemplatesFill() {
    if (!corporaPresent()) {
      return Stream.of(dynamicTest("the corpora are present", RealWorldCorporaTest::assumeCorpora));
    }
    java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 5);
    return TEMPLATES.stream().map(template -> dynamicTest(template, () -> {
      String text = Files.readString(CORPORA.resolve(template), StandardCharsets.UTF_8);
      String filled = TemplateFilling.fill(text, "Use a real template", 12, today, false).text().orElseThrow();
      AdrParser.Parsed parsed = AdrParser.parse(new AdrSource(Path.of("decisions/0012-use-a-real-template.md"),
          filled.getBytes(StandardCharsets.UTF_8)));
      Adr adr = parsed.adr().orElseThrow();
      assertAll(
          () -> assertEquals(List.of(), parsed.findings().stream()
              .filter(f -> f.severity() != Severity.INFO).map(Finding::toString).toList()),
          () -> assertEquals("Use a real template", adr.title()),
          () -> assertEquals(WITHOUT_METADATA.contains(template) ? StatusKind.MISSING : StatusKind.PROPOSED,
              adr.status().kind()),
          () -> assertEquals(WITHOUT_METADATA.contains(template) ? null : today,
              adr.date().flatMap(AdrDate::date).orElse(null)));
    }));
  }

  @Test
  @DisplayName("loading every corpus takes well under a second once warm (figures printed for the record)")
  void figures() throws IOException {
    assumeCorpora();
    List<String> sets = table().stream().map(Expected::set).distinct().toList();
    Map<String, List<AdrSource>> documents = new LinkedHashMap<>();
    long readStart = System.nanoTime();
    for (String set : sets) {
      documents.put(set, AdrDiscovery.find(CORPORA, List.of(Path.of(set)), List.of()).documents());
    }
    long readNanos = System.nanoTime() - readStart;
    documents.values().forEach(AdrLoader::load); // warm-up, so the figure is the loader's, not the JIT's
    long parseStart = System.nanoTime();
    Map<String, Integer> counts = new LinkedHashMap<>();
    documents.forEach((set, sources) -> counts.merge(set.substring(0, set.indexOf('/')),
        AdrLoader.load(sources).adrs().size(), Integer::sum));
    long parseNanos = System.nanoTime() - parseStart;
    StringBuilder report = new StringBuilder("ADR corpora:");
    counts.forEach((corpus, count) -> report.append(String.format("%n  %-34s %3d ADRs", corpus, count)));
    report.append(String.format("%n  total %d ADRs; reading files %d ms, loading (parse + graph, warm) %d ms",
        counts.values().stream().mapToInt(Integer::intValue).sum(), readNanos / 1_000_000, parseNanos / 1_000_000));
    System.out.println(report);
    assertEquals(table().size(), counts.values().stream().mapToInt(Integer::intValue).sum());
  }
}
