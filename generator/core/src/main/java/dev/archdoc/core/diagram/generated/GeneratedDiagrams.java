package dev.archdoc.core.diagram.generated;

import dev.archdoc.core.config.Layer;
import dev.archdoc.core.config.SystemConfig;
import dev.archdoc.core.docs.ref.DiagramSource;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.adr.AdrId;
import dev.archdoc.core.docs.adr.DecisionGraph;
import dev.archdoc.core.docs.adr.RelationKind;
import dev.archdoc.core.docs.adr.StatusKind;
import dev.archdoc.core.render.InlineMarkdown;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodePackage;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.Dependency;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** The diagrams archdoc draws from the code model and the decision graph. */
public final class GeneratedDiagrams {

  /** The folder generated diagrams claim to live in, for the rare finding they cause. */
  public static final Path FOLDER = Path.of("(generated)");

  private GeneratedDiagrams() {}

  /**
   * The layers of a system, outermost on top, and how many type-level uses go from each layer to
   * each other one. A use that the layering forbids (from an inner layer to an outer one) is drawn
   * in red; packages in no layer are gathered in an "unlayered" box when they take part in a use.
   */
  public static DiagramSource layers(SystemConfig system, CodeModel code) {
    List<Layer> layers = system.layers();
    Map<String, Integer> uses = new TreeMap<>();
    for (Dependency dependency : code.dependencies()) {
      if (dependency.external()) {
        continue;
      }
      int from = layerIndex(system, code, dependency.from());
      int to = layerIndex(system, code, dependency.to());
      if (from != to) {
        uses.merge(from + ">" + to, 1, Integer::sum);
      }
    }
    Diagram d = new Diagram("layers");
    d.line("skinparam rectangle {");
    d.line("  BackgroundColor #f5f7fa");
    d.line("  BorderColor #5b6b7f");
    d.line("}");
    for (int i = 0; i < layers.size(); i++) {
      Layer layer = layers.get(i);
      String patterns = String.join(", ", layer.packages().stream().map(Object::toString).toList());
      Optional<String> anchor = layer.packages().stream()
          .map(p -> p.packageName())
          .filter(name -> code.findPackage(name).isPresent())
          .findFirst();
      d.line("rectangle \"" + quote(layer.name()) + "\\n<size:10>" + quote(patterns) + "</size>\" as L" + i
          + anchor.map(name -> " [[code:" + name + "]]").orElse(""));
    }
    if (uses.keySet().stream().anyMatch(k -> k.startsWith("-1>") || k.endsWith(">-1"))) {
      d.line("rectangle \"unlayered\" as Lnone");
    }
    for (Map.Entry<String, Integer> use : uses.entrySet()) {
      String[] ends = use.getKey().split(">");
      int from = Integer.parseInt(ends[0]);
      int to = Integer.parseInt(ends[1]);
      boolean forbidden = from >= 0 && to >= 0 && to < from;
      String arrow = forbidden ? " -[#c0392b,bold]-> " : " --> ";
      d.line(layerAlias(from) + arrow + layerAlias(to) + " : " + use.getValue()
          + (use.getValue() == 1 ? " use" : " uses") + (forbidden ? " (forbidden)" : ""));
    }
    return d.source();
  }

  /** At most this many boxes in the package diagram; more are gathered under their parents. */
  static final int MAX_PACKAGE_BOXES = 30;

  /**
   * Every package of the code and which packages its types use, with the number of uses. With
   * more than {@value #MAX_PACKAGE_BOXES} packages, the deepest ones are gathered into one box
   * per parent ({@code com.acme.model.*}) until the boxes fit: PlantUML's layout crosses edges
   * in time that grows far faster than the boxes (100 packages of 20 generated types each: over
   * 13 minutes on one diagram, not finished), and a hundred boxes are no picture anyway.
   */
  public static DiagramSource packages(CodeModel code) {
    Map<String, String> boxOf = packageBoxes(code.packages().stream().map(CodePackage::name).toList());
    Map<String, String> alias = new LinkedHashMap<>();
    for (CodePackage pkg : code.packages()) {
      alias.putIfAbsent(boxOf.get(pkg.name()), "P" + alias.size());
    }
    Map<String, Integer> uses = new TreeMap<>();
    for (Dependency dependency : code.dependencies()) {
      if (dependency.external()) {
        continue;
      }
      String from = boxOf.get(packageOf(code, dependency.from()));
      String to = boxOf.get(packageOf(code, dependency.to()));
      if (from != null && to != null && !from.equals(to)) {
        uses.merge(alias.get(from) + " --> " + alias.get(to), 1, Integer::sum);
      }
    }
    Map<String, Long> gathered = new TreeMap<>();
    boxOf.forEach((pkg, box) -> gathered.merge(box, 1L, Long::sum));
    Diagram d = new Diagram("packages");
    alias.forEach((box, a) -> {
      if (!box.endsWith(".*")) {
        d.line("folder \"" + quote(box) + "\" as " + a + " [[code:" + box + "]]");
      } else {
        String parent = box.substring(0, box.length() - 2);
        d.line("folder \"" + quote(box) + "\\n<size:10>" + gathered.get(box) + " packages</size>\" as " + a
            + (code.findPackage(parent).isPresent() ? " [[code:" + parent + "]]" : ""));
      }
    });
    uses.forEach((edge, count) -> d.line(edge + " : " + count));
    return d.source();
  }

  /**
   * The box each package is drawn in: itself, or {@code parent.*} for a package gathered under a
   * parent. Packages deeper than a limit are cut to it, the limit shrinking one segment at a time
   * until the boxes fit (or one segment is left).
   */
  static Map<String, String> packageBoxes(List<String> packages) {
    int depth = packages.stream().mapToInt(GeneratedDiagrams::segments).max().orElse(0);
    Map<String, String> boxes = boxesAtDepth(packages, depth);
    while (new HashSet<>(boxes.values()).size() > MAX_PACKAGE_BOXES && depth > 1) {
      depth--;
      boxes = boxesAtDepth(packages, depth);
    }
    return boxes;
  }

  private static Map<String, String> boxesAtDepth(List<String> packages, int depth) {
    Map<String, String> boxes = new LinkedHashMap<>();
    for (String pkg : packages) {
      String[] parts = pkg.split("\\.");
      boxes.put(pkg, parts.length <= depth ? pkg : String.join(".", Arrays.copyOf(parts, depth)) + ".*");
    }
    return boxes;
  }

  private static int segments(String pkg) {
    return pkg.isEmpty() ? 0 : pkg.split("\\.").length;
  }

  /**
   * The types declared in one package (nested ones included) with their inheritance and the uses
   * between them; types of other packages are left out to keep the picture readable.
   */
  public static DiagramSource typesOf(CodeModel code, String packageName) {
    Map<String, String> alias = new LinkedHashMap<>();
    List<CodeType> types = code.types().stream().filter(t -> t.packageName().equals(packageName)).toList();
    for (CodeType type : types) {
      alias.put(type.qualifiedName(), "T" + alias.size());
    }
    Diagram d = new Diagram("types-" + packageName);
    d.line("hide empty members");
    for (CodeType type : types) {
      String name = type.qualifiedName().substring(packageName.length() + 1);
      d.line(keyword(type) + " \"" + quote(name) + "\" as " + alias.get(type.qualifiedName())
          + stereotype(type) + " [[code:" + type.qualifiedName() + "]]");
    }
    Map<String, String> edges = new TreeMap<>();
    for (CodeType type : types) {
      String from = alias.get(type.qualifiedName());
      if (type.superclass() != null) {
        target(alias, type.superclass()).ifPresent(to -> edges.put(from + " -|> " + to, ""));
      }
      for (String implemented : type.interfaces()) {
        String arrow = type.kind() == CodeType.Kind.INTERFACE ? " -|> " : " ..|> ";
        target(alias, implemented).ifPresent(to -> edges.put(from + arrow + to, ""));
      }
    }
    for (CodeType type : types) { // the package's own uses, not every use of the system once per package
      String from = alias.get(type.qualifiedName());
      for (Dependency dependency : code.dependenciesOf(type.qualifiedName())) {
        String to = alias.get(dependency.to());
        if (to != null && !edges.containsKey(from + " -|> " + to) && !edges.containsKey(from + " ..|> " + to)) {
          edges.putIfAbsent(from + " ..> " + to, "");
        }
      }
    }
    edges.keySet().forEach(d::line);
    return d.source();
  }

  /**
   * The ADRs of a system and how they relate: supersedes, amends, relates to. Retired ADRs are
   * grey, proposed ones yellow; each box links to its ADR's page through {@code adrUrl}.
   *
   * <p>Only ADRs that relate to another are drawn, unless none does: the index lists every ADR,
   * and the boxes of unrelated ones told nothing while PlantUML laid each of them out (1,000 ADRs
   * of which 200 relate: 5 s a drawing; 5,000: 20 s, and the site draws it twice).
   */
  public static DiagramSource decisions(DecisionGraph graph, Function<AdrId, String> adrUrl) {
    Diagram d = new Diagram("decisions");
    List<Adr> drawn = graph.adrs().stream().filter(adr -> !graph.relationsOf(adr.id()).isEmpty()).toList();
    if (drawn.isEmpty()) {
      drawn = graph.adrs();
    }
    Map<AdrId, String> alias = new LinkedHashMap<>();
    for (Adr adr : drawn) {
      alias.put(adr.id(), "A" + alias.size());
    }
    for (Adr adr : drawn) {
      String url = adrUrl.apply(adr.id());
      d.line("rectangle \"" + quote(adr.displayId()) + "\\n" + wrap(quote(InlineMarkdown.text(adr.title())), 28) + "\" as "
          + alias.get(adr.id()) + (url == null ? "" : " [[" + url + "]]") + " " + colour(graph, adr));
    }
    List<String> edges = new ArrayList<>();
    for (DecisionGraph.Edge edge : graph.edges()) {
      String label = switch (edge.kind()) {
        case SUPERSEDES -> "supersedes";
        case AMENDS -> "amends";
        case RELATES_TO -> "relates to";
        default -> null; // the other direction of a pair is drawn from its first side
      };
      String from = alias.get(edge.from());
      String to = alias.get(edge.to());
      if (edge.kind() == RelationKind.RELATES_TO && edge.from().compareTo(edge.to()) > 0) {
        continue; // "relates to" goes both ways: draw it once
      }
      if (label != null && from != null && to != null) {
        String arrow = edge.kind() == RelationKind.SUPERSEDES ? " --> " : " ..> ";
        String line = from + arrow + to + " : " + label;
        if (!edges.contains(line)) {
          edges.add(line);
        }
      }
    }
    edges.forEach(d::line);
    return d.source();
  }

  private static String colour(DecisionGraph graph, Adr adr) {
    StatusKind status = adr.status().kind();
    if (graph.isSuperseded(adr.id()) || status.isRetired()) {
      return "#e0e0e0";
    }
    return status == StatusKind.ACCEPTED ? "#d8f0dd" : "#fff4c2";
  }

  private static int layerIndex(SystemConfig system, CodeModel code, String typeName) {
    String pkg = packageOf(code, typeName);
    if (pkg == null) {
      return -1;
    }
    for (int i = 0; i < system.layers().size(); i++) {
      if (system.layers().get(i).contains(pkg)) {
        return i;
      }
    }
    return -1;
  }

  private static String layerAlias(int index) {
    return index < 0 ? "Lnone" : "L" + index;
  }

  private static String packageOf(CodeModel code, String typeName) {
    return code.findType(typeName).map(CodeType::packageName).orElse(null);
  }

  private static Optional<String> target(Map<String, String> alias, String genericType) {
    int angle = genericType.indexOf('<');
    String raw = angle < 0 ? genericType : genericType.substring(0, angle);
    return Optional.ofNullable(alias.get(raw.strip()));
  }

  private static String keyword(CodeType type) {
    return switch (type.kind()) {
      case INTERFACE -> "interface";
      case ENUM -> "enum";
      case ANNOTATION -> "annotation";
      case CLASS, RECORD -> type.modifiers().contains("abstract") ? "abstract class" : "class";
    };
  }

  private static String stereotype(CodeType type) {
    if (type.kind() == CodeType.Kind.RECORD) {
      return " <<record>>";
    }
    return type.modifiers().contains("sealed") ? " <<sealed>>" : "";
  }

  private static String quote(String text) {
    return text.replace("\"", "'").replace("\n", " ");
  }

  /** Breaks a title into lines of about {@code width} characters, at spaces. */
  private static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : text.split(" ")) {
      if (lineLength > 0 && lineLength + word.length() > width) {
        out.append("\\n");
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.toString();
  }

  /** PlantUML source under construction, with the header every generated diagram shares. */
  private static final class Diagram {
    private final String name;
    private final StringBuilder text = new StringBuilder();

    Diagram(String name) {
      this.name = name;
      line("@startuml");
      line("!pragma layout smetana");
      line("skinparam shadowing false");
      line("skinparam defaultFontName sans-serif");
    }

    void line(String line) {
      text.append(line).append('\n');
    }

    DiagramSource source() {
      return new DiagramSource(FOLDER.resolve(name + ".puml"), 1, text + "@enduml\n");
    }
  }
}
