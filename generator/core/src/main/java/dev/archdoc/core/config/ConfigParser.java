package dev.archdoc.core.config;

import dev.archdoc.core.finding.DidYouMean;
import dev.archdoc.core.finding.DriftRule;
import java.io.StringReader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import dev.archdoc.core.safety.Excerpt;
import dev.archdoc.core.safety.InputLimits;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns the text of archdoc.yml into an {@link ArchdocConfig}, collecting every problem rather
 * than stopping at the first. It walks snakeyaml's node tree (not loaded Java objects) so that each
 * key and value still knows its line and column, and so that values are read as the text written
 * ({@code 0032} stays {@code 0032}).
 */
final class ConfigParser {

  private static final List<String> SYSTEM_KEYS =
      List.of("title", "docs", "sources", "classpath", "decisions", "layers", "layer-exceptions");
  private static final List<String> TOP_KEYS = List.of(
      "title", "theme", "rules", "java", "site", "systems", "docs", "sources", "classpath", "decisions", "layers",
      "layer-exceptions");
  private static final List<String> SITE_KEYS = List.of("code", "sources", "type-pages");
  private static final List<String> SYSTEM_ENTRY_KEYS =
      List.of("name", "title", "docs", "sources", "classpath", "decisions", "layers", "layer-exceptions");
  private static final List<String> LAYER_KEYS = List.of("name", "packages");
  private static final List<String> LAYER_EXCEPTION_KEYS = List.of("annotation", "from", "to", "decision", "reason");
  private static final Pattern ANNOTATION_NAME =
      Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
          + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern RELEASE = Pattern.compile("(?:1\\.)?([0-9]{1,3})");
  private static final Path DEFAULT_DOCS = Path.of("arch-docs");
  private static final List<Path> OTHER_TOOLS_ADR_FOLDERS =
      List.of(Path.of("doc/adr"), Path.of("docs/adr"), Path.of("docs/decisions"));

  private final Path file;
  private final ProjectFacts facts;
  private final List<ConfigProblem> problems = new ArrayList<>();
  /** The theme folder, known before the systems are resolved: a docs folder holding it skips it. */
  private Path theme = ArchdocConfig.DEFAULT_THEME;

  ConfigParser(Path file, ProjectFacts facts) {
    this.file = file;
    this.facts = facts;
  }

  /** A system as written, before defaults: absent keys are empty. */
  private record WrittenSystem(
      String name,
      Optional<String> title,
      Optional<Path> docs,
      Optional<List<Path>> sources,
      List<Path> classpath,
      List<Path> decisions,
      List<Layer> layers,
      List<LayerException> layerExceptions,
      Node where) {}

  ConfigResult parse(Optional<String> text) {
    if (text.isEmpty()) {
      return finish(Optional.empty(), folderTitle(), ArchdocConfig.DEFAULT_THEME, List.of(defaultSystem()), Map.of());
    }
    Node root;
    try {
      LoaderOptions options = InputLimits.yamlOptions();
      root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text.get()));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
      problems.add(new ConfigProblem(file, mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1, "malformed YAML: " + Excerpt.of(what)));
      return ConfigResult.failed(problems);
    } catch (YAMLException e) {
      problems.add(new ConfigProblem(file, 0, 0, "malformed YAML: " + Excerpt.of(e.getMessage())));
      return ConfigResult.failed(problems);
    }
    if (root == null) {
      return finish(Optional.of(file), folderTitle(), ArchdocConfig.DEFAULT_THEME, List.of(defaultSystem()), Map.of());
    }
    if (!(root instanceof MappingNode mapping)) {
      problem(root, "archdoc.yml must be a mapping of keys (title, docs, sources, ...), found "
          + describe(root));
      return ConfigResult.failed(problems);
    }
    Map<String, NodeTuple> top = keys(mapping, TOP_KEYS, "archdoc.yml");
    String title = textOf(top, "title").orElse(folderTitle());
    theme = textOf(top, "theme")
        .flatMap(written -> existingFolder("theme", top.get("theme").getValueNode(), written))
        .orElse(ArchdocConfig.DEFAULT_THEME);
    Map<DriftRule, RuleLevel> rules = rules(top.get("rules"));
    Optional<JavaRelease> java = java(top.get("java"));
    SiteOptions site = site(top.get("site"));
    List<WrittenSystem> written = new ArrayList<>();
    if (top.containsKey("systems")) {
      for (String key : SYSTEM_KEYS) {
        if (!key.equals("title") && top.containsKey(key)) {
          problem(top.get(key).getKeyNode(), "'" + key + "' belongs inside each entry of 'systems'"
              + " when 'systems' is used; move it into the system it describes");
        }
      }
      written.addAll(systems(top.get("systems").getValueNode()));
    } else {
      written.add(system(slugOf(facts.folderName()), Optional.of(title), top, mapping));
    }
    return finish(Optional.of(file), title, theme, resolve(written), rules, java, site);
  }

  private ConfigResult finish(Optional<Path> source, String title, Path theme, List<SystemConfig> systems,
      Map<DriftRule, RuleLevel> rules) {
    return finish(source, title, theme, systems, rules, Optional.empty(), SiteOptions.DEFAULT);
  }

  private ConfigResult finish(Optional<Path> source, String title, Path theme, List<SystemConfig> systems,
      Map<DriftRule, RuleLevel> rules, Optional<JavaRelease> java, SiteOptions site) {
    if (!problems.isEmpty()) {
      return ConfigResult.failed(problems);
    }
    return ConfigResult.of(new ArchdocConfig(source, title, theme, systems, rules, java, site));
  }

  /** {@code site: {code: api|all, sources: annotated|all, type-pages: documented|every}}: what the site shows of the code. */
  private SiteOptions site(NodeTuple tuple) {
    if (tuple == null) {
      return SiteOptions.DEFAULT;
    }
    if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
      problem(tuple.getValueNode(), "'site' should be a mapping (code: api or all, sources: annotated or all, type-pages: documented or every), found "
          + describe(tuple.getValueNode()));
      return SiteOptions.DEFAULT;
    }
    Map<String, NodeTuple> keys = keys(mapping, SITE_KEYS, "'site'");
    SiteOptions.Code code = choice(keys, "code", SiteOptions.Code.class, SiteOptions.DEFAULT.code());
    SiteOptions.Sources sources = choice(keys, "sources", SiteOptions.Sources.class, SiteOptions.DEFAULT.sources());
    SiteOptions.TypePages typePages = choice(keys, "type-pages", SiteOptions.TypePages.class,
        new SiteOptions(code, sources).typePages());
    return new SiteOptions(code, sources, typePages);
  }

  private <E extends Enum<E>> E choice(Map<String, NodeTuple> keys, String key, Class<E> type, E otherwise) {
    Optional<String> text = textOf(keys, key);
    if (text.isEmpty()) {
      return otherwise;
    }
    List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(SiteOptions::written).toList();
    for (E value : type.getEnumConstants()) {
      if (SiteOptions.written(value).equals(text.get())) {
        return value;
      }
    }
    problem(keys.get(key).getValueNode(), "site: " + key + ": '" + Excerpt.of(text.get()) + "' is not one of "
        + String.join(", ", allowed));
    return otherwise;
  }

  /** {@code java: 21}: the release the sources are written in, when the build does not say plainly. */
  private Optional<JavaRelease> java(NodeTuple tuple) {
    if (tuple == null) {
      return Optional.empty();
    }
    Optional<String> text = scalar(tuple.getValueNode(), "'java'");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    java.util.regex.Matcher number = RELEASE.matcher(text.get());
    if (!number.matches() || Integer.parseInt(number.group(1)) < JavaRelease.OLDEST) {
      problem(tuple.getValueNode(), "java: '" + text.get() + "' is not a Java release; write the number the"
          + " sources are compiled for, " + JavaRelease.OLDEST + " or later (e.g. java: 21)");
      return Optional.empty();
    }
    return Optional.of(JavaRelease.configured(Integer.parseInt(number.group(1)), line(tuple.getValueNode())));
  }

  private String folderTitle() {
    return facts.folderName();
  }

  private SystemConfig defaultSystem() {
    return resolve(List.of(new WrittenSystem(slugOf(facts.folderName()), Optional.of(folderTitle()),
        Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), null))).get(0);
  }

  // ---- systems -------------------------------------------------------------------------------

  private List<WrittenSystem> systems(Node node) {
    if (!(node instanceof SequenceNode sequence)) {
      problem(node, "'systems' should be a list of systems (each with a name), found " + describe(node));
      return List.of();
    }
    if (sequence.getValue().isEmpty()) {
      problem(node, "'systems' is empty; list at least one system, or use the single-system keys");
    }
    List<WrittenSystem> systems = new ArrayList<>();
    for (Node entry : sequence.getValue()) {
      if (!(entry instanceof MappingNode entryMapping)) {
        problem(entry, "each entry of 'systems' should be a mapping with a name, found " + describe(entry));
        continue;
      }
      Map<String, NodeTuple> keys = keys(entryMapping, SYSTEM_ENTRY_KEYS, "a system");
      Optional<String> name = textOf(keys, "name");
      if (!keys.containsKey("name")) {
        problem(entry, "a system needs a 'name' (a slug such as raft-kv)");
      } else if (name.isPresent() && !SLUG.matcher(name.get()).matches()) {
        problem(keys.get("name").getValueNode(), "system name '" + name.get()
            + "' must be a slug: lower-case letters, digits and single dashes (e.g. "
            + slugOf(name.get()) + ")");
      }
      systems.add(system(name.orElse(""), textOf(keys, "title"), keys, entry));
    }
    return systems;
  }

  private WrittenSystem system(String name, Optional<String> title, Map<String, NodeTuple> keys, Node where) {
    Optional<Path> docs = textOf(keys, "docs")
        .flatMap(text -> existingFolder("docs", keys.get("docs").getValueNode(), text));
    Optional<List<Path>> sources =
        keys.containsKey("sources") ? Optional.of(folders("sources", keys.get("sources"))) : Optional.empty();
    List<Path> classpath = keys.containsKey("classpath") ? paths(keys.get("classpath")) : List.of();
    List<Path> decisions = keys.containsKey("decisions") ? folders("decisions", keys.get("decisions")) : List.of();
    List<Layer> layers = keys.containsKey("layers") ? layers(keys.get("layers").getValueNode()) : List.of();
    List<LayerException> exceptions = List.of();
    if (keys.containsKey("layer-exceptions")) {
      exceptions = layerExceptions(keys.get("layer-exceptions").getValueNode());
      if (!keys.containsKey("layers")) {
        problem(keys.get("layer-exceptions").getKeyNode(), "'layer-exceptions' needs 'layers' beside it:"
            + " an exception allows a use that the layers forbid");
      }
    }
    return new WrittenSystem(name, title, docs, sources, classpath, decisions, layers, exceptions, where);
  }

  /**
   * Where teams that already keep ADRs keep them, for a single system whose archdoc.yml names no
   * decisions folder: the folder another tool recorded ({@code .adr-dir}, {@code .adr/adr.properties},
   * {@code .log4brains.yml}), else the first existing
   * of adr-tools' default {@code doc/adr}, log4brains' {@code docs/adr} and MADR's
   * {@code docs/decisions}. Without this, a team adopting archdoc would see "no ADRs" and
   * {@code archdoc new} would start a second numbering beside theirs.
   */
  private List<Path> adrFoldersOfOtherTools() {
    Optional<Path> recorded = facts.adrToolsFolder().filter(facts.isDirectory());
    if (recorded.isPresent()) {
      return List.of(recorded.get());
    }
    return OTHER_TOOLS_ADR_FOLDERS.stream().filter(facts.isDirectory()).limit(1).toList();
  }

  /** Applies the defaults and works out which docs folders nest inside which. */
  private List<SystemConfig> resolve(List<WrittenSystem> written) {
    Map<String, WrittenSystem> byName = new LinkedHashMap<>();
    Map<Path, WrittenSystem> byDocs = new LinkedHashMap<>();
    for (WrittenSystem system : written) {
      WrittenSystem sameName = byName.putIfAbsent(system.name(), system);
      if (sameName != null && !system.name().isEmpty()) {
        problem(system.where(), "two systems are named '" + system.name() + "' (the other at line "
            + line(sameName.where()) + "); names must be unique");
      }
      Path docs = system.docs().orElse(DEFAULT_DOCS);
      WrittenSystem sameDocs = byDocs.putIfAbsent(docs, system);
      if (sameDocs != null) {
        problem(system.where(), "systems '" + sameDocs.name() + "' and '" + system.name()
            + "' both use docs folder '" + slashes(docs) + "'; give each its own");
      }
    }
    List<SystemConfig> systems = new ArrayList<>();
    for (WrittenSystem system : written) {
      Path docs = system.docs().orElse(DEFAULT_DOCS);
      List<Path> excluded = java.util.stream.Stream.concat(byDocs.keySet().stream(), java.util.stream.Stream.of(theme))
          .filter(other -> !other.equals(docs) && (docs.toString().isEmpty() || other.startsWith(docs)))
          .distinct()
          .toList();
      LinkedHashSet<Path> decisions = new LinkedHashSet<>();
      for (String conventional : List.of("decisions", "adr")) {
        Path folder = docs.resolve(conventional);
        if (facts.isDirectory().test(folder)) {
          decisions.add(folder);
        }
      }
      decisions.addAll(system.decisions());
      if (written.size() == 1 && system.decisions().isEmpty()) {
        decisions.addAll(adrFoldersOfOtherTools());
      }
      systems.add(new SystemConfig(
          system.name(),
          system.title().orElse(system.name()),
          docs,
          system.sources().orElse(facts.defaultSources()),
          system.classpath(),
          List.copyOf(decisions),
          system.layers(),
          system.layerExceptions(),
          excluded));
    }
    return systems;
  }

  // ---- layers and rules ----------------------------------------------------------------------

  private List<Layer> layers(Node node) {
    if (!(node instanceof SequenceNode sequence)) {
      problem(node, "'layers' should be a list of layers (each with a name and packages), found "
          + describe(node));
      return List.of();
    }
    List<Layer> layers = new ArrayList<>();
    Map<String, Node> seen = new LinkedHashMap<>();
    for (Node entry : sequence.getValue()) {
      if (!(entry instanceof MappingNode entryMapping)) {
        problem(entry, "each layer should be a mapping with 'name' and 'packages', found " + describe(entry));
        continue;
      }
      Map<String, NodeTuple> keys = keys(entryMapping, LAYER_KEYS, "a layer");
      Optional<String> name = textOf(keys, "name");
      if (!keys.containsKey("name")) {
        problem(entry, "a layer needs a 'name'");
      }
      if (name.isPresent() && seen.putIfAbsent(name.get(), entry) != null) {
        problem(entry, "two layers are named '" + name.get() + "' (the other at line "
            + line(seen.get(name.get())) + ")");
      }
      List<PackagePattern> patterns = new ArrayList<>();
      if (!keys.containsKey("packages")) {
        problem(entry, "layer '" + name.orElse("?") + "' needs 'packages', e.g. [com.example.api..]");
      } else {
        List<Located> written = texts(keys.get("packages"));
        for (Located text : written) {
          Optional<PackagePattern> pattern = PackagePattern.parse(text.value());
          if (pattern.isEmpty()) {
            problem(text.node(), "'" + Excerpt.of(text.value()) + "' is not a package pattern: write a.b for"
                + " that package only, a.b.. for it and every package below it");
          }
          pattern.ifPresent(patterns::add);
        }
        if (written.isEmpty()) {
          problem(keys.get("packages").getValueNode(), "layer '" + name.orElse("?") + "' lists no packages");
        }
      }
      name.ifPresent(n -> layers.add(new Layer(n, patterns)));
    }
    return layers;
  }

  /**
   * The entries of {@code layer-exceptions:}: each names the ADR that allows it, and an annotation
   * on the using type or both sides of the use (ADR-19).
   */
  @dev.archdoc.annotations.Decision("ADR-19")
  private List<LayerException> layerExceptions(Node node) {
    if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
      return List.of(); // written with no entries yet
    }
    if (!(node instanceof SequenceNode sequence)) {
      problem(node, "'layer-exceptions' should be a list of exceptions (each with a decision, and an annotation"
          + " or from and to), found " + describe(node));
      return List.of();
    }
    List<LayerException> exceptions = new ArrayList<>();
    for (Node entry : sequence.getValue()) {
      if (!(entry instanceof MappingNode entryMapping)) {
        problem(entry, "each layer exception should be a mapping with a decision, and an annotation or from and"
            + " to, found " + describe(entry));
        continue;
      }
      int before = problems.size();
      Map<String, NodeTuple> keys = keys(entryMapping, LAYER_EXCEPTION_KEYS, "a layer exception");
      Optional<String> annotation = textOf(keys, "annotation").map(name -> name.startsWith("@") ? name.substring(1) : name);
      if (annotation.isPresent() && !ANNOTATION_NAME.matcher(annotation.get()).matches()) {
        problem(keys.get("annotation").getValueNode(), "'" + annotation.get() + "' is not an annotation name: write"
            + " its simple name (AllowedToUseLogic) or its qualified name (org.example.AllowedToUseLogic)");
      }
      Optional<PackagePattern> from = side(keys, "from");
      Optional<PackagePattern> to = side(keys, "to");
      Optional<String> decision = textOf(keys, "decision");
      if (!keys.containsKey("decision")) {
        problem(entry, "a layer exception needs a 'decision': the ADR that allows it, e.g. decision: ADR-17");
      }
      if (!keys.containsKey("annotation") && !(keys.containsKey("from") && keys.containsKey("to"))) {
        problem(entry, "a layer exception needs an 'annotation' on the using type, or both 'from' and 'to'"
            + " (e.g. from: com.example.model.., to: com.example.logic.Parser)");
      }
      if (problems.size() == before) {
        exceptions.add(new LayerException(annotation, from, to, decision.orElseThrow(),
            textOf(keys, "reason"), line(entry)));
      }
    }
    return exceptions;
  }

  private Optional<PackagePattern> side(Map<String, NodeTuple> keys, String key) {
    Optional<String> text = textOf(keys, key);
    Optional<PackagePattern> pattern = text.flatMap(PackagePattern::parse);
    if (text.isPresent() && pattern.isEmpty()) {
      problem(keys.get(key).getValueNode(), "'" + key + ": " + text.get() + "' is neither a type nor a package"
          + " pattern: write a.b.Type, a.b for that package only, a.b.. for it and every package below it");
    }
    return pattern;
  }

  private Map<DriftRule, RuleLevel> rules(NodeTuple tuple) {
    Map<DriftRule, RuleLevel> rules = new EnumMap<>(DriftRule.class);
    if (tuple == null) {
      return rules;
    }
    if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
      problem(tuple.getValueNode(), "'rules' should map rule ids to error, warning or off, found "
          + describe(tuple.getValueNode()));
      return rules;
    }
    for (NodeTuple entry : mapping.getValue()) {
      Optional<String> id = scalar(entry.getKeyNode(), "a rule id");
      Optional<DriftRule> rule = id.flatMap(DriftRule::byId);
      if (id.isPresent() && rule.isEmpty()) {
        problem(entry.getKeyNode(), "unknown rule '" + Excerpt.of(id.get()) + "'"
            + DidYouMean.hint(id.get(), DriftRule.ids()) + "; the rules are " + String.join(", ", DriftRule.ids()));
      }
      Optional<String> level = scalar(entry.getValueNode(), "the level of rule '" + id.orElse("?") + "'");
      Optional<RuleLevel> parsed = level.flatMap(ConfigParser::ruleLevel);
      if (level.isPresent() && parsed.isEmpty()) {
        problem(entry.getValueNode(), "rule '" + id.orElse("?") + "' must be error, warning or off, not '"
            + level.get() + "'");
      }
      if (rule.isPresent() && parsed.isPresent() && !rule.get().adjustable() && parsed.get() != RuleLevel.ERROR) {
        problem(entry.getValueNode(), "rule '" + id.get() + "' cannot be lowered: it reports that archdoc could"
            + " not read what it checks, so lowering it would hide that the check did not run; it can only be"
            + " error (structural rules: " + String.join(", ", structural()) + ")");
      } else if (rule.isPresent() && parsed.isPresent()) {
        if (rules.put(rule.get(), parsed.get()) != null) {
          problem(entry.getKeyNode(), "rule '" + id.get() + "' is set twice");
        }
      }
    }
    return rules;
  }

  private static List<String> structural() {
    return java.util.Arrays.stream(DriftRule.values()).filter(rule -> !rule.adjustable()).map(DriftRule::id).toList();
  }

  private static Optional<RuleLevel> ruleLevel(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "error" -> Optional.of(RuleLevel.ERROR);
      case "warning" -> Optional.of(RuleLevel.WARNING);
      case "off" -> Optional.of(RuleLevel.OFF);
      default -> Optional.empty();
    };
  }

  // ---- typed reading of nodes ----------------------------------------------------------------

  /** A scalar value with the node it came from, for the line of a later problem. */
  private record Located(String value, Node node) {}

  /**
   * The keys of a mapping by name, reporting unknown ones (with a "did you mean") and repeated
   * ones; repeated keys keep their first value.
   */
  private Map<String, NodeTuple> keys(MappingNode mapping, List<String> allowed, String where) {
    Map<String, NodeTuple> keys = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Optional<String> key = scalar(tuple.getKeyNode(), "a key");
      if (key.isEmpty()) {
        continue;
      }
      if (!allowed.contains(key.get())) {
        problem(tuple.getKeyNode(), "unknown key '" + Excerpt.of(key.get()) + "' in " + where
            + DidYouMean.hint(key.get(), allowed) + "; known keys: " + String.join(", ", allowed));
      } else if (keys.containsKey(key.get())) {
        problem(tuple.getKeyNode(), "key '" + Excerpt.of(key.get()) + "' appears twice (first at line "
            + line(keys.get(key.get()).getKeyNode()) + ")");
      } else {
        keys.put(key.get(), tuple);
      }
    }
    return keys;
  }

  private Optional<String> textOf(Map<String, NodeTuple> keys, String key) {
    NodeTuple tuple = keys.get(key);
    return tuple == null ? Optional.empty() : scalar(tuple.getValueNode(), "'" + key + "'");
  }

  /** The text of a scalar, or a problem naming {@code what} when it is empty, a list or a mapping. */
  private Optional<String> scalar(Node node, String what) {
    if (node instanceof ScalarNode scalar) {
      if (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank()) {
        problem(node, what + " needs a value");
        return Optional.empty();
      }
      return Optional.of(scalar.getValue().trim());
    }
    problem(node, what + " should be text, found " + describe(node));
    return Optional.empty();
  }

  /** A list of texts; a single text stands for a list of one, an empty value for none. */
  private List<Located> texts(NodeTuple tuple) {
    String key = scalarValue(tuple.getKeyNode());
    Node node = tuple.getValueNode();
    List<Located> texts = new ArrayList<>();
    if (node instanceof ScalarNode scalar) {
      if (!scalar.getTag().equals(Tag.NULL) && !scalar.getValue().isBlank()) {
        texts.add(new Located(scalar.getValue().trim(), scalar));
      }
    } else if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        scalar(item, "each entry of '" + key + "'").ifPresent(text -> texts.add(new Located(text, item)));
      }
    } else {
      problem(node, "'" + key + "' should be a list, found " + describe(node));
    }
    return texts;
  }

  private List<Path> paths(NodeTuple tuple) {
    List<Path> paths = new ArrayList<>();
    for (Located text : texts(tuple)) {
      path(text.node(), text.value()).ifPresent(paths::add);
    }
    return paths;
  }

  /**
   * Folders named under {@code key} that must exist: a typo in a folder name would otherwise read
   * as "this system has no docs" and silently switch every check of them off.
   */
  private List<Path> folders(String key, NodeTuple tuple) {
    List<Path> folders = new ArrayList<>();
    for (Located text : texts(tuple)) {
      existingFolder(key, text.node(), text.value()).ifPresent(folders::add);
    }
    return folders;
  }

  private Optional<Path> existingFolder(String key, Node node, String text) {
    Optional<Path> path = path(node, text);
    if (path.isPresent() && !facts.isDirectory().test(path.get())) {
      problem(node, key + ": folder '" + Excerpt.of(text) + "' does not exist in the project; fix the name, or remove the"
          + " entry to use the default");
      return Optional.empty();
    }
    return path;
  }

  /** A path relative to the project root, refused when absolute or when it climbs out. */
  private Optional<Path> path(Node node, String text) {
    Path path;
    try {
      path = Path.of(text);
    } catch (InvalidPathException e) {
      problem(node, "'" + Excerpt.of(text) + "' is not a valid path");
      return Optional.empty();
    }
    if (path.isAbsolute() || text.startsWith("/") || text.startsWith("\\") || text.matches("^[A-Za-z]:.*")) {
      problem(node, "'" + Excerpt.of(text) + "' is absolute; paths in archdoc.yml are relative to the project root");
      return Optional.empty();
    }
    Path normal = path.normalize();
    if (normal.startsWith("..")) {
      problem(node, "'" + Excerpt.of(text) + "' leaves the project root; archdoc only reads inside the project");
      return Optional.empty();
    }
    return Optional.of(normal);
  }

  private static String scalarValue(Node node) {
    return node instanceof ScalarNode scalar ? scalar.getValue() : "?";
  }

  private static String describe(Node node) {
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    return "text '" + Excerpt.of(scalarValue(node)) + "'";
  }

  private void problem(Node node, String message) {
    int column = node == null ? 0 : node.getStartMark().getColumn() + 1;
    problems.add(new ConfigProblem(file, line(node), column, message));
  }

  private static int line(Node node) {
    return node == null ? 0 : node.getStartMark().getLine() + 1;
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }

  /** A folder name as a system name: lower case, runs of other characters become one dash. */
  static String slugOf(String text) {
    String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "project" : slug;
  }
}
