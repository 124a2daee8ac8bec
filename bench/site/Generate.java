import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Writes a synthetic project for the site benchmark: deterministic for a given seed and sizes,
 * clean under {@code archdoc check} (a benchmark that measures error paths measures nothing).
 *
 * <pre>
 * java bench/site/Generate.java --out DIR --adrs N [--pages M] [--diagrams K] [--java S]
 *     [--seed 1] [--kind full|markdown-adrs|asciidoc-pages]
 * </pre>
 *
 * <ul>
 *   <li>{@code full}: N ADRs spread over the formats archdoc reads (MADR 3 and 4 front matter,
 *       MADR 2 bullets, Nygard, log4brains, AsciiDoc) with supersession chains stated on both sides,
 *       {@code governs:} and {@code code:} links; M AsciiDoc pages; K PlantUML diagrams (half bound
 *       to code, a quarter checked against the real dependencies); S Java files in four layers
 *       with real dependencies, {@code @Decision} annotations and {@code //!} prose; archdoc.yml
 *       with the layers.
 *   <li>{@code markdown-adrs}: only N Markdown ADRs (no code, no links into code), plus the very
 *       same files as a Hugo site ({@code hugo/}) and a MkDocs site ({@code mkdocs/}).
 *   <li>{@code asciidoc-pages}: only M AsciiDoc pages (no code), the same files Ruby Asciidoctor
 *       converts in the benchmark.
 * </ul>
 */
public class Generate {

  /** Outermost first, as archdoc.yml lists them: a layer may use itself and the layers after it. */
  static final String[] LAYERS = {"api", "service", "domain", "model"};
  /** How the Java files split over the layers: more small model types than entry points. */
  static final double[] LAYER_SHARE = {0.10, 0.20, 0.30, 0.40};
  static final int TYPES_PER_PACKAGE = 20;
  static final String BASE = "com.bench";

  static final String[] WORDS = (
      "request order ledger account payment cache queue retry timeout replica leader snapshot index "
      + "schema event stream batch window partition shard consumer producer client server session "
      + "token audit metric trace budget latency throughput quorum lease backoff journal segment "
      + "commit rollback migration contract boundary adapter gateway registry catalog invoice "
      + "customer report export import tenant region zone policy rule limit quota").split(" ");

  enum Format { MADR4, MADR3, MADR2, NYGARD, LOG4BRAINS, ASCIIDOC }

  record JavaType(int index, int layer, String pkg, String name, List<JavaType> uses) {
    String qualified() {
      return pkg + "." + name;
    }
  }

  record Decision(int number, Format format, String title, String slug, String file, String status,
      List<Integer> supersedes, Integer supersededBy) {

    boolean numbered() {
      return format != Format.LOG4BRAINS;
    }

    boolean retired() {
      return supersededBy != null;
    }
  }

  final Path out;
  final Random random;
  final String kind;
  final int adrCount;
  final int pageCount;
  final int diagramCount;
  final int javaCount;
  final List<JavaType> types = new ArrayList<>();
  final Map<Integer, Decision> decisions = new LinkedHashMap<>();

  Generate(Path out, long seed, String kind, int adrs, int pages, int diagrams, int java) {
    this.out = out;
    this.random = new Random(seed);
    this.kind = kind;
    this.adrCount = adrs;
    this.pageCount = pages;
    this.diagramCount = diagrams;
    this.javaCount = java;
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value pairs, found " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    if (!options.containsKey("out")) {
      System.err.println("usage: java Generate.java --out DIR --adrs N [--pages M] [--diagrams K] [--java S]"
          + " [--seed 1] [--kind full|markdown-adrs|asciidoc-pages]");
      System.exit(2);
    }
    int adrs = Integer.parseInt(options.getOrDefault("adrs", "0"));
    Generate generate = new Generate(Path.of(options.get("out")),
        Long.parseLong(options.getOrDefault("seed", "1")),
        options.getOrDefault("kind", "full"),
        adrs,
        Integer.parseInt(options.getOrDefault("pages", String.valueOf(adrs / 5))),
        Integer.parseInt(options.getOrDefault("diagrams", String.valueOf(Math.max(1, adrs / 50)))),
        Integer.parseInt(options.getOrDefault("java", String.valueOf(2 * adrs / 5))));
    generate.run();
  }

  void run() throws IOException {
    if (Files.exists(out)) {
      throw new IllegalStateException(out + " exists; the generator writes into a new folder only");
    }
    switch (kind) {
      case "full" -> {
        planTypes();
        planDecisions(false);
        writeConfig(true);
        writeIndex();
        writeJava();
        writeDecisions(true);
        writePages(true);
        writeDiagrams();
      }
      case "markdown-adrs" -> {
        planDecisions(true);
        writeConfig(false);
        writeIndex();
        writeDecisions(false);
        writeHugo();
        writeMkDocs();
      }
      case "asciidoc-pages" -> {
        writeConfig(false);
        writeIndex();
        writePages(false);
      }
      default -> throw new IllegalArgumentException("unknown --kind " + kind);
    }
  }

  // ---- plan: what exists and what refers to what, before anything is written ----

  void planTypes() {
    int[] perLayer = new int[LAYERS.length];
    int assigned = 0;
    for (int layer = 0; layer < LAYERS.length; layer++) {
      perLayer[layer] = layer == LAYERS.length - 1 ? javaCount - assigned
          : Math.max(1, (int) Math.round(javaCount * LAYER_SHARE[layer]));
      assigned += perLayer[layer];
    }
    // innermost layer first, so every type can pick its dependencies among those already made
    List<List<JavaType>> byLayer = new ArrayList<>();
    for (int i = 0; i < LAYERS.length; i++) {
      byLayer.add(new ArrayList<>());
    }
    int index = 0;
    for (int layer = LAYERS.length - 1; layer >= 0; layer--) {
      for (int i = 0; i < perLayer[layer]; i++) {
        List<JavaType> candidates = new ArrayList<>(byLayer.get(layer));
        if (layer + 1 < LAYERS.length) {
          candidates.addAll(byLayer.get(layer + 1));
        }
        List<JavaType> uses = new ArrayList<>();
        int wanted = candidates.isEmpty() ? 0 : 1 + random.nextInt(3);
        for (int k = 0; k < wanted; k++) {
          JavaType target = candidates.get(random.nextInt(candidates.size()));
          if (!uses.contains(target)) {
            uses.add(target);
          }
        }
        String layerName = LAYERS[layer];
        String pkg = BASE + "." + layerName + ".g" + String.format("%03d", i / TYPES_PER_PACKAGE);
        String name = Character.toUpperCase(layerName.charAt(0)) + layerName.substring(1) + String.format("%04d", i);
        JavaType type = new JavaType(index++, layer, pkg, name, List.copyOf(uses));
        byLayer.get(layer).add(type);
        types.add(type);
      }
    }
  }

  void planDecisions(boolean markdownOnly) {
    for (int n = 1; n <= adrCount; n++) {
      Format format = formatOf(n, markdownOnly);
      String title = titleOf(n);
      String slug = slugOf(title);
      String file = switch (format) {
        case LOG4BRAINS -> String.format("%s-%s.md", dateOf(n).replace("-", ""), slug);
        case ASCIIDOC -> String.format("%04d-%s.adoc", n, slug);
        default -> String.format("%04d-%s.md", n, slug);
      };
      // chains of three: n -> n+5 -> n+10, for n = 3, 23, 43, ...; both ends are numbered formats
      Integer supersededBy = (n % 20 == 3 || n % 20 == 8) && n + 5 <= adrCount ? n + 5 : null;
      List<Integer> supersedes = (n % 20 == 8 || n % 20 == 13) && n - 5 >= 1 ? List.of(n - 5) : List.of();
      String status = supersededBy != null ? "superseded" : n % 50 == 17 ? "proposed" : "accepted";
      decisions.put(n, new Decision(n, format, title, slug, file, status, supersedes, supersededBy));
    }
  }

  static Format formatOf(int n, boolean markdownOnly) {
    return switch (n % 10) {
      case 0, 1, 2 -> Format.MADR4;
      case 3, 4 -> Format.NYGARD;
      case 5, 6 -> Format.MADR2;
      case 7 -> Format.LOG4BRAINS;
      case 8 -> Format.MADR3;
      default -> markdownOnly ? Format.MADR4 : Format.ASCIIDOC;
    };
  }

  String titleOf(int n) {
    Random words = new Random(n * 7919L);
    return "Use " + WORDS[words.nextInt(WORDS.length)] + " " + WORDS[words.nextInt(WORDS.length)]
        + " for the " + WORDS[words.nextInt(WORDS.length)] + " flow " + n;
  }

  static String slugOf(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  static String dateOf(int n) {
    return java.time.LocalDate.of(2020, 1, 1).plusDays(n).toString();
  }

  JavaType typeFor(int n) {
    return types.get(Math.floorMod(n * 31, types.size()));
  }

  /** The accepted, numbered ADR that code of type {@code type} cites, if any. */
  Decision decisionCitedBy(JavaType type) {
    if (decisions.isEmpty() || type.index() % 3 != 0) {
      return null;
    }
    Decision decision = decisions.get(1 + Math.floorMod(type.index() * 17, decisions.size()));
    return decision.numbered() && decision.status().equals("accepted") ? decision : null;
  }

  // ---- write ----

  void writeConfig(boolean withCode) throws IOException {
    StringBuilder yml = new StringBuilder();
    yml.append("# generated by bench/site/Generate.java (").append(kind).append(")\n");
    yml.append("title: Bench ").append(kind).append('\n');
    yml.append("docs: arch-docs\n");
    if (!withCode) {
      yml.append("sources: []\n");
      write("archdoc.yml", yml.toString());
      return;
    }
    yml.append("sources:\n  - src/main/java\n");
    yml.append("layers:\n");
    for (String layer : LAYERS) {
      yml.append("  - name: ").append(layer).append('\n');
      yml.append("    packages: [").append(BASE).append('.').append(layer).append("..]\n");
    }
    write("archdoc.yml", yml.toString());
  }

  void writeIndex() throws IOException {
    write("arch-docs/index.md", "# Bench system\n\nA generated system: " + adrCount + " decisions, "
        + pageCount + " pages, " + diagramCount + " diagrams and " + javaCount + " Java files.\n");
  }

  void writeJava() throws IOException {
    TreeSet<String> packages = new TreeSet<>();
    for (JavaType type : types) {
      packages.add(type.pkg());
      StringBuilder java = new StringBuilder();
      java.append("//! ").append(type.name()).append(" belongs to the ").append(LAYERS[type.layer()])
          .append(" layer; ").append(sentence(random, 12)).append('\n');
      java.append("package ").append(type.pkg()).append(";\n\n");
      java.append("import dev.archdoc.annotations.Decision;\n\n");
      java.append("/** ").append(sentence(random, 10)).append(" */\n");
      Decision cited = decisionCitedBy(type);
      if (cited != null) {
        java.append("@Decision(\"ADR-").append(cited.number()).append("\")\n");
      }
      java.append("public class ").append(type.name()).append(" {\n\n");
      for (JavaType used : type.uses()) {
        java.append("  private ").append(used.qualified()).append(' ').append(field(used)).append(";\n");
      }
      java.append("\n  //! ").append(sentence(random, 14)).append('\n');
      java.append("  //! Each dependency is asked in turn, so the cost is the sum of theirs.\n");
      java.append("  /**\n   * ").append(sentence(random, 9)).append("\n   *\n   * @param input the value to start from\n")
          .append("   * @return the input after every dependency saw it\n   */\n");
      java.append("  public int value(int input) {\n    int result = input + ").append(type.index()).append(";\n");
      for (JavaType used : type.uses()) {
        java.append("    if (").append(field(used)).append(" != null) {\n      result += ")
            .append(field(used)).append(".value(result);\n    }\n");
      }
      java.append("    return result;\n  }\n\n");
      java.append("  /** ").append(sentence(random, 8)).append(" */\n");
      java.append("  public String describe() {\n    return \"").append(type.name()).append(" \" + value(1);\n  }\n}\n");
      write("src/main/java/" + type.qualified().replace('.', '/') + ".java", java.toString());
    }
    for (String pkg : packages) {
      write("src/main/java/" + pkg.replace('.', '/') + "/package-info.java",
          "/** " + sentence(random, 10) + " */\npackage " + pkg + ";\n");
    }
  }

  static String field(JavaType type) {
    return Character.toLowerCase(type.name().charAt(0)) + type.name().substring(1);
  }

  void writeDecisions(boolean withCode) throws IOException {
    for (Decision decision : decisions.values()) {
      String text = switch (decision.format()) {
        case MADR4, MADR3 -> madrFrontMatter(decision, withCode);
        case MADR2 -> madr2(decision, withCode);
        case NYGARD -> nygard(decision, withCode);
        case LOG4BRAINS -> log4brains(decision, withCode);
        case ASCIIDOC -> asciidoc(decision, withCode);
      };
      write("arch-docs/decisions/" + decision.file(), text);
    }
  }

  String madrFrontMatter(Decision d, boolean withCode) {
    StringBuilder md = new StringBuilder("---\n");
    md.append("status: ").append(d.status()).append('\n');
    md.append("date: ").append(dateOf(d.number())).append('\n');
    md.append(d.format() == Format.MADR4 ? "decision-makers: " : "deciders: ").append("[team ")
        .append(d.number() % 7).append("]\n");
    if (d.format() == Format.MADR4) {
      md.append("consulted: [platform]\ninformed: [everyone]\n");
    }
    md.append("tags: [").append(WORDS[d.number() % WORDS.length]).append(", bench]\n");
    if (!d.supersedes().isEmpty()) {
      md.append("supersedes: ").append(d.supersedes()).append('\n');
    }
    if (d.supersededBy() != null) {
      md.append("superseded-by: ").append(d.supersededBy()).append('\n');
    }
    if (withCode) {
      JavaType governed = typeFor(d.number());
      md.append("governs: [").append(governed.qualified()).append(", ").append(governed.pkg()).append("..]\n");
    }
    md.append("---\n\n# ").append(d.title()).append("\n\n");
    md.append(madrBody(d, withCode));
    return md.toString();
  }

  String madr2(Decision d, boolean withCode) {
    StringBuilder md = new StringBuilder("# ").append(d.title()).append("\n\n");
    md.append("* Status: ").append(d.retired() ? "superseded by " + link(decisions.get(d.supersededBy())) : d.status())
        .append('\n');
    md.append("* Deciders: team ").append(d.number() % 7).append('\n');
    md.append("* Date: ").append(dateOf(d.number())).append("\n\n");
    md.append(madrBody(d, withCode));
    if (!d.supersedes().isEmpty()) {
      md.append("\n## Links\n\n");
      for (int old : d.supersedes()) {
        md.append("* Supersedes ").append(link(decisions.get(old))).append('\n');
      }
    }
    return md.toString();
  }

  String nygard(Decision d, boolean withCode) {
    StringBuilder md = new StringBuilder("# ").append(d.number()).append(". ").append(d.title()).append("\n\n");
    md.append("Date: ").append(dateOf(d.number())).append("\n\n## Status\n\n");
    if (d.retired()) {
      Decision next = decisions.get(d.supersededBy());
      md.append("Superseded by [").append(next.number()).append(". ").append(next.title()).append("](")
          .append(next.file()).append(")\n");
    } else {
      md.append(capitalised(d.status())).append('\n');
    }
    for (int old : d.supersedes()) {
      Decision before = decisions.get(old);
      md.append("\nSupersedes [").append(before.number()).append(". ").append(before.title()).append("](")
          .append(before.file()).append(")\n");
    }
    md.append("\n## Context\n\n").append(paragraph(d, 3)).append("\n\n## Decision\n\n")
        .append(paragraph(d, 2)).append(codeSentence(d, withCode)).append("\n\n## Consequences\n\n")
        .append(bullets(d)).append('\n');
    return md.toString();
  }

  String log4brains(Decision d, boolean withCode) {
    // log4brains ADRs in this set are never superseded (their ids are slugs, the chains are numbered)
    StringBuilder md = new StringBuilder("# ").append(d.title()).append("\n\n");
    md.append("- Status: ").append(d.status()).append('\n');
    md.append("- Deciders: team ").append(d.number() % 7).append('\n');
    md.append("- Date: ").append(dateOf(d.number())).append('\n');
    md.append("- Tags: bench\n\n");
    md.append(madrBody(d, withCode));
    Decision previous = decisions.get(d.number() - 1);
    if (previous != null) {
      md.append("\n## Links\n\n- Relates to ").append(link(previous)).append('\n');
    }
    return md.toString();
  }

  String asciidoc(Decision d, boolean withCode) {
    StringBuilder adoc = new StringBuilder("= ").append(d.title()).append('\n');
    adoc.append(":status: ").append(d.status()).append('\n');
    adoc.append(":date: ").append(dateOf(d.number())).append('\n');
    adoc.append(":deciders: team ").append(d.number() % 7).append('\n');
    adoc.append(":tags: bench, ").append(WORDS[d.number() % WORDS.length]).append('\n');
    if (!d.supersedes().isEmpty()) {
      adoc.append(":supersedes: ").append(d.supersedes().get(0)).append('\n');
    }
    if (d.supersededBy() != null) {
      adoc.append(":superseded-by: ").append(d.supersededBy()).append('\n');
    }
    JavaType governed = withCode ? typeFor(d.number()) : null;
    if (governed != null) {
      adoc.append(":governs: ").append(governed.qualified()).append('\n');
    }
    adoc.append("\n== Context\n\n").append(paragraph(d, 3)).append("\n\n== Decision\n\n").append(paragraph(d, 2));
    if (governed != null) {
      adoc.append(" The code:").append(governed.qualified()).append("#value[value function] carries it out.");
    }
    adoc.append("\n\n== Consequences\n\n").append(bullets(d).replace("- ", "* ")).append('\n');
    return adoc.toString();
  }

  String madrBody(Decision d, boolean withCode) {
    return "## Context and Problem Statement\n\n" + paragraph(d, 3) + "\n\n## Considered Options\n\n"
        + "* " + sentence(random, 5) + "\n* " + sentence(random, 6) + "\n* " + sentence(random, 4)
        + "\n\n## Decision Outcome\n\nChosen option: \"" + WORDS[d.number() % WORDS.length] + "\", because "
        + paragraph(d, 2) + codeSentence(d, withCode) + "\n\n### Consequences\n\n" + bullets(d) + "\n\n"
        + "| option | cost | risk |\n|---|---|---|\n| first | low | high |\n| second | high | low |\n";
  }

  String codeSentence(Decision d, boolean withCode) {
    if (!withCode) {
      return "";
    }
    JavaType type = typeFor(d.number() + 1);
    return " The [value function](code:" + type.qualified() + "#value) of `" + type.name() + "` carries it out.";
  }

  String paragraph(Decision d, int sentences) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      text.append(i == 0 ? "" : " ").append(sentence(random, 10 + random.nextInt(10)));
    }
    return text.toString();
  }

  String bullets(Decision d) {
    return "- Good, because " + sentence(random, 8) + "\n- Bad, because " + sentence(random, 9)
        + "\n- Neutral, because " + sentence(random, 7);
  }

  static String link(Decision d) {
    return "[" + (d.numbered() ? "ADR-" + String.format("%04d", d.number()) : d.slug()) + "](" + d.file() + ")";
  }

  void writePages(boolean withCode) throws IOException {
    for (int p = 1; p <= pageCount; p++) {
      StringBuilder adoc = new StringBuilder("= Page ").append(p).append(": ")
          .append(capitalised(sentence(random, 4))).append("\n:description: generated page ").append(p).append("\n\n");
      adoc.append(sentence(random, 20)).append(' ').append(sentence(random, 15)).append("\n\n");
      adoc.append("== Overview\n\n").append(sentence(random, 18)).append(' ').append(sentence(random, 12));
      if (withCode) {
        JavaType type = types.get(Math.floorMod(p * 13, types.size()));
        adoc.append(" See code:").append(type.qualified()).append("#value[the value function of ")
            .append(type.name()).append("] and code:").append(type.pkg()).append("[its package].");
      }
      adoc.append("\n\n== Details\n\n");
      for (int b = 0; b < 4; b++) {
        adoc.append("* ").append(sentence(random, 8)).append('\n');
      }
      adoc.append("\n[source,java]\n----\nint total = 0;\nfor (int i = 0; i < ").append(p)
          .append("; i++) {\n  total += i;\n}\n----\n\n");
      adoc.append("[cols=\"1,2\"]\n|===\n| key | meaning\n\n| ").append(WORDS[p % WORDS.length]).append(" | ")
          .append(sentence(random, 6)).append("\n| ").append(WORDS[(p + 1) % WORDS.length]).append(" | ")
          .append(sentence(random, 6)).append("\n|===\n\n");
      adoc.append("NOTE: ").append(sentence(random, 12)).append("\n\n== Why\n\n")
          .append(sentence(random, 16)).append(' ').append(sentence(random, 14)).append('\n');
      write(String.format("arch-docs/pages/page-%04d.adoc", p), adoc.toString());
    }
  }

  void writeDiagrams() throws IOException {
    for (int k = 1; k <= diagramCount; k++) {
      String name = String.format("diagram-%03d", k);
      String text = k % 2 == 1 ? boundClassDiagram(name, k) : sequenceDiagram(name, k);
      write("arch-docs/diagrams/" + name + ".puml", text);
    }
  }

  /** A class diagram of a type and what it uses; every second one checked against the code. */
  String boundClassDiagram(String name, int k) {
    JavaType root = types.get(types.size() - 1 - Math.floorMod(k * 37, types.size()));
    List<JavaType> shown = new ArrayList<>();
    shown.add(root);
    for (JavaType used : root.uses()) {
      if (!shown.contains(used)) {
        shown.add(used);
      }
    }
    boolean checked = k % 4 == 1;
    StringBuilder puml = new StringBuilder("@startuml ").append(name).append('\n');
    if (checked) {
      puml.append("' archdoc: check-dependencies\n");
    }
    puml.append("title ").append(root.name()).append(" and what it uses\n");
    for (JavaType type : shown) {
      puml.append("class ").append(type.name()).append(" [[code:").append(type.qualified()).append("]]\n");
    }
    // a checked diagram must show every real use between the types it shows, and only those
    for (JavaType from : shown) {
      for (JavaType to : from.uses()) {
        if (shown.contains(to) && !to.equals(from)) {
          puml.append(from.name()).append(" --> ").append(to.name()).append('\n');
        }
      }
    }
    return puml.append("@enduml\n").toString();
  }

  String sequenceDiagram(String name, int k) {
    StringBuilder puml = new StringBuilder("@startuml ").append(name).append('\n');
    puml.append("participant Client\nparticipant Gateway\nparticipant Store\n");
    for (int step = 0; step < 4; step++) {
      puml.append("Client -> Gateway : ").append(WORDS[(k + step) % WORDS.length]).append('\n');
      puml.append("Gateway -> Store : ").append(WORDS[(k + 2 * step) % WORDS.length]).append('\n');
      puml.append("Store --> Client : done\n");
    }
    return puml.append("@enduml\n").toString();
  }

  /** A Hugo site over the same ADR files: one content section and the two templates Hugo needs. */
  void writeHugo() throws IOException {
    write("hugo/config.toml", """
        baseURL = "http://localhost/"
        title = "Bench decisions"
        disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
        [markup.goldmark.renderer]
          unsafe = false
        """);
    write("hugo/layouts/_default/baseof.html", """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
        <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
        <main>{{ block "main" . }}{{ end }}</main></body></html>
        """);
    write("hugo/layouts/_default/single.html", """
        {{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
        """);
    write("hugo/layouts/_default/list.html", """
        {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
        <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
        """);
    write("hugo/content/_index.md", "---\ntitle: Bench decisions\n---\n\nThe decisions.\n");
    for (Decision d : decisions.values()) {
      Files.copy(out.resolve("arch-docs/decisions/" + d.file()), ensureParent("hugo/content/decisions/" + d.file()));
    }
  }

  /** A MkDocs site over the same ADR files, with MkDocs' built-in default theme ("mkdocs"). */
  void writeMkDocs() throws IOException {
    write("mkdocs/mkdocs.yml", "site_name: Bench decisions\ntheme:\n  name: mkdocs\nuse_directory_urls: true\n");
    write("mkdocs/docs/index.md", "# Bench decisions\n\nThe decisions.\n");
    for (Decision d : decisions.values()) {
      Files.copy(out.resolve("arch-docs/decisions/" + d.file()), ensureParent("mkdocs/docs/decisions/" + d.file()));
    }
  }

  // ---- text ----

  static String sentence(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      text.append(i == 0 ? capitalised(word) : " " + word);
    }
    return text.append('.').toString();
  }

  static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  Path ensureParent(String relative) throws IOException {
    Path file = out.resolve(relative);
    Files.createDirectories(file.getParent());
    return file;
  }

  void write(String relative, String text) throws IOException {
    try {
      Files.writeString(ensureParent(relative), text, StandardCharsets.UTF_8);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
