package dev.archdoc.core.check;

import dev.archdoc.core.config.ArchdocConfig;
import dev.archdoc.core.config.Layer;
import dev.archdoc.core.config.LayerException;
import dev.archdoc.core.config.PackagePattern;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.adr.DecisionGraph;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.AnnotationUse;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodePackage;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.Dependency;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule {@code layer-violation}: a type uses a type of a layer it may not use. Layers are listed
 * outermost first; a layer may use itself and the layers after it.
 *
 * <p>It reads the real dependencies of the code model, bodies included (a call, a {@code new}, a
 * cast), not only imports. Each pair of types is reported once, at its first use, with how many
 * uses there are. A layer package pattern that matches no package is reported here too, as an
 * error at its line in {@code archdoc.yml}: a typo there would silently switch the rule off for
 * that layer (ADR-9).
 *
 * <p>A violation that a {@code layer-exceptions:} entry allows is not reported; the entry must name
 * an ADR that exists, and an entry that allows nothing any more is a warning. A violation listed in
 * the committed baseline ({@link LayerBaseline}) is not reported either, and a baseline line that
 * no violation matches any more is a warning (ADR-19).
 */
@dev.archdoc.annotations.Decision("ADR-9")
@dev.archdoc.annotations.Decision("ADR-19")
final class LayerViolations {

  private static final String RULE = DriftRule.LAYER_VIOLATION.id();

  private LayerViolations() {}

  /**
   * A use of a layer the using type may not use, once per pair of types.
   *
   * @param first the first use (by file, then line)
   * @param uses how many uses the pair has
   */
  record Violation(Layer fromLayer, Layer toLayer, Dependency first, int uses) {

    /** The pair as the baseline keys it. */
    LayerBaseline.Key key() {
      return new LayerBaseline.Key(first.from(), first.to());
    }
  }

  /**
   * What the layer rules of one system found before the baseline.
   *
   * @param violations the violations no exception allows
   * @param findings the findings about the configuration: patterns that match nothing, exceptions
   *     that name no ADR or allow nothing
   */
  record Judged(List<Violation> violations, List<Finding> findings) {}

  /** Every finding of the rule over a project: each system judged, then the baseline applied. */
  static List<Finding> check(ProjectModel project, ProjectFiles files) {
    LayerBaseline.Read baseline = LayerBaseline.read(files);
    List<Finding> findings = new ArrayList<>(baseline.findings());
    Set<LayerBaseline.Key> current = new HashSet<>();
    int known = 0;
    for (SystemModel system : project.systems()) {
      Judged judged = judge(project.config(), system, files);
      findings.addAll(judged.findings());
      for (Violation violation : judged.violations()) {
        current.add(violation.key());
        if (baseline.baseline().contains(violation.key())) {
          known++;
        } else {
          findings.add(finding(system, violation));
        }
      }
    }
    findings.addAll(baseline.baseline().removable(current));
    if (known > 0) {
      findings.add(new Finding(RULE, Severity.INFO, Path.of(LayerBaseline.FILE_NAME), 0, known == 1
          ? "1 known layer violation is listed here and not reported; fix it and delete its line"
          : known + " known layer violations are listed here and not reported; fix them and delete their lines"));
    }
    return findings;
  }

  /** The violations of one system that no exception allows, and what is wrong with its configuration. */
  static Judged judge(ArchdocConfig config, SystemModel system, ProjectFiles files) {
    List<Layer> layers = system.config().layers();
    if (layers.isEmpty()) {
      return new Judged(List.of(), List.of());
    }
    List<Finding> findings = new ArrayList<>();
    List<Violation> violations = violations(system);
    List<LayerException> exceptions = system.config().layerExceptions();
    int[] allowed = new int[exceptions.size()];
    List<Violation> remaining = new ArrayList<>();
    for (Violation violation : violations) {
      int allowing = -1;
      for (int i = 0; i < exceptions.size() && allowing < 0; i++) {
        if (allows(exceptions.get(i), violation.first(), system.code())) {
          allowing = i;
        }
      }
      if (allowing < 0) {
        remaining.add(violation);
      } else {
        allowed[allowing]++;
      }
    }
    Path configFile = config.file().orElse(Path.of("archdoc.yml"));
    boolean hasCode = !system.code().packages().isEmpty();
    for (int i = 0; i < exceptions.size(); i++) {
      LayerException exception = exceptions.get(i);
      findings.addAll(decisionProblems(system, configFile, exception));
      if (hasCode && allowed[i] == 0) {
        findings.add(Finding.warning(RULE, configFile, exception.line(), "layer exception '" + exception.describe()
            + "' (" + exception.decision() + ") allows no use any more: no layer violation of system '"
            + system.name() + "' matches it; remove it, so that it cannot hide a new violation later"));
      }
    }
    if (hasCode) {
      findings.addAll(patternsMatchingNothing(config, system, files));
    }
    return new Judged(remaining, findings);
  }

  private static List<Violation> violations(SystemModel system) {
    CodeModel code = system.code();
    Map<String, List<Dependency>> byPair = new LinkedHashMap<>();
    for (Dependency use : code.dependencies()) {
      if (!use.external()) {
        byPair.computeIfAbsent(use.from() + " " + use.to(), k -> new ArrayList<>()).add(use);
      }
    }
    List<Violation> violations = new ArrayList<>();
    List<Layer> layers = system.config().layers();
    for (List<Dependency> uses : byPair.values()) {
      Dependency first = uses.stream()
          .min((a, b) -> a.file().equals(b.file()) ? Integer.compare(a.line(), b.line()) : a.file().compareTo(b.file()))
          .orElseThrow();
      Optional<Layer> from = layerOfType(system, code, first.from());
      Optional<Layer> to = layerOfType(system, code, first.to());
      if (from.isEmpty() || to.isEmpty() || layers.indexOf(to.get()) >= layers.indexOf(from.get())) {
        continue;
      }
      violations.add(new Violation(from.get(), to.get(), first, uses.size()));
    }
    return violations;
  }

  private static Finding finding(SystemModel system, Violation violation) {
    List<Layer> layers = system.config().layers();
    Dependency first = violation.first();
    Layer from = violation.fromLayer();
    Layer to = violation.toLayer();
    int uses = violation.uses();
    return Finding.error(RULE, Path.of(first.file()), first.line(), "'" + first.from() + "' (layer "
        + from.name() + ") uses '" + first.to() + "' (layer " + to.name() + ")"
        + " by " + first.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + (uses > 1 ? " and " + (uses - 1) + " more use" + (uses > 2 ? "s" : "") : "")
        + ", but " + from.name() + " may use only " + mayUse(layers, from)
        + "; turn the dependency around (an interface in " + from.name()
        + " that " + to.name() + " implements) or move the code to the layer it belongs to");
  }

  /** Whether every condition the exception states holds for this use. */
  static boolean allows(LayerException exception, Dependency use, CodeModel code) {
    Optional<CodeType> from = code.findType(use.from());
    Optional<CodeType> to = code.findType(use.to());
    if (from.isEmpty() || to.isEmpty()) {
      return false;
    }
    return exception.annotation().map(name -> annotated(from.get(), name)).orElse(true)
        && exception.from().map(pattern -> within(pattern, from.get(), code)).orElse(true)
        && exception.to().map(pattern -> within(pattern, to.get(), code)).orElse(true);
  }

  /**
   * Whether the type carries the annotation. A qualified name must match a resolved annotation
   * exactly; an annotation the compiler could not resolve (its type not on the class path) is known
   * only by the name written in the source, so it matches when that name ends the configured one.
   * A simple name matches any annotation of that simple name.
   */
  static boolean annotated(CodeType type, String name) {
    boolean qualified = name.contains(".");
    for (AnnotationUse annotation : type.annotations()) {
      String written = annotation.type();
      if (written.equals(name)) {
        return true;
      }
      if (!qualified && simpleName(written).equals(name)) {
        return true;
      }
      if (qualified && !annotation.resolved() && name.endsWith("." + written)) {
        return true;
      }
    }
    return false;
  }

  private static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /**
   * Whether a type lies in what a side of an exception names: a package pattern matching its
   * package, or the type itself or a type it is nested in.
   */
  static boolean within(PackagePattern pattern, CodeType type, CodeModel code) {
    if (pattern.matches(type.packageName())) {
      return true;
    }
    Optional<CodeType> current = Optional.of(type);
    for (int depth = 0; current.isPresent() && depth < 64; depth++) {
      if (current.get().qualifiedName().equals(pattern.packageName())) {
        return true;
      }
      current = Optional.ofNullable(current.get().enclosingType()).flatMap(code::findType);
    }
    return false;
  }

  /** The ADR an exception names must exist, and should still hold. */
  private static List<Finding> decisionProblems(SystemModel system, Path configFile, LayerException exception) {
    DecisionGraph graph = system.docs().decisions().graph();
    Optional<Adr> adr = graph.find(exception.decision());
    String head = "layer exception '" + exception.describe() + "' names decision '" + exception.decision() + "'";
    if (adr.isEmpty()) {
      return List.of(Finding.error(RULE, configFile, exception.line(), head + ", which is not an ADR of system '"
          + system.name() + "'; name the ADR that allows this use (write it first if there is none)"));
    }
    if (graph.isSuperseded(adr.get().id()) || adr.get().status().kind().isRetired()) {
      String replaced = graph.currentReplacement(adr.get().id())
          .map(next -> "; name " + next.displayId() + " if it still allows this use, or remove the exception")
          .orElse("; name a decision that holds, or remove the exception");
      return List.of(Finding.warning(RULE, configFile, exception.line(), head + " (" + adr.get().title()
          + "), which no longer holds (" + (graph.isSuperseded(adr.get().id()) ? "superseded"
          : adr.get().status().kind().name().toLowerCase(Locale.ROOT)) + ")" + replaced));
    }
    return List.of();
  }

  private static Optional<Layer> layerOfType(SystemModel system, CodeModel code, String typeName) {
    return code.findType(typeName).map(CodeType::packageName).flatMap(system.config()::layerOf);
  }

  private static String mayUse(List<Layer> layers, Layer layer) {
    return String.join(", ", layers.subList(layers.indexOf(layer), layers.size()).stream().map(Layer::name).toList());
  }

  private static List<Finding> patternsMatchingNothing(ArchdocConfig config, SystemModel system, ProjectFiles files) {
    List<String> packages = system.code().packages().stream().map(CodePackage::name).toList();
    Path configFile = config.file().orElse(Path.of("archdoc.yml"));
    List<String> lines = config.file().flatMap(files::read).map(text -> text.lines().toList()).orElse(List.of());
    List<Finding> findings = new ArrayList<>();
    for (Layer layer : system.config().layers()) {
      for (PackagePattern pattern : layer.packages()) {
        if (packages.stream().noneMatch(pattern::matches)) {
          findings.add(Finding.error(RULE, configFile, lineOf(lines, layer, pattern), "layer '" + layer.name()
              + "' lists '" + pattern + "', which matches no package of system '" + system.name()
              + "', so nothing is checked for it; fix the package name"
              + nearest(pattern, packages)));
        }
      }
    }
    return findings;
  }

  private static String nearest(PackagePattern pattern, List<String> packages) {
    return dev.archdoc.core.finding.DidYouMean.closest(pattern.packageName(), packages)
        .map(name -> " (did you mean '" + (pattern.includesSubpackages() ? name + ".." : name) + "'?)")
        .orElse("");
  }

  /**
   * The line the pattern is written on: the first after the layer's {@code name:} line, else the
   * first anywhere; 0 when it cannot be found (the configuration was not read from a file).
   */
  static int lineOf(List<String> lines, Layer layer, PackagePattern pattern) {
    Pattern name = Pattern.compile("(^|[\\s{,-])name\\s*:\\s*['\"]?" + Pattern.quote(layer.name()) + "['\"]?\\s*($|[,}#])");
    Pattern written = Pattern.compile("(^|[\\s\\[,'\"-])" + Pattern.quote(pattern.toString()) + "($|[\\s\\],'\"#])");
    int anywhere = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (anywhere == 0 && written.matcher(lines.get(i)).find()) {
        anywhere = i + 1;
      }
      if (name.matcher(lines.get(i)).find()) {
        for (int j = i; j < lines.size(); j++) {
          if (written.matcher(lines.get(j)).find()) {
            return j + 1;
          }
        }
      }
    }
    return anywhere;
  }
}
