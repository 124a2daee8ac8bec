package dev.archdoc.core.check;

import dev.archdoc.core.config.ArchdocConfig;
import dev.archdoc.core.config.Layer;
import dev.archdoc.core.config.PackagePattern;
import dev.archdoc.core.docs.ref.ProjectFiles;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodePackage;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.Dependency;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 */
@dev.archdoc.annotations.Decision("ADR-9")
final class LayerViolations {

  private static final String RULE = DriftRule.LAYER_VIOLATION.id();

  private LayerViolations() {}

  static List<Finding> check(ArchdocConfig config, SystemModel system, ProjectFiles files) {
    List<Layer> layers = system.config().layers();
    if (layers.isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>(violations(system));
    if (!system.code().packages().isEmpty()) {
      findings.addAll(patternsMatchingNothing(config, system, files));
    }
    return findings;
  }

  private static List<Finding> violations(SystemModel system) {
    CodeModel code = system.code();
    Map<String, List<Dependency>> byPair = new LinkedHashMap<>();
    for (Dependency use : code.dependencies()) {
      if (!use.external()) {
        byPair.computeIfAbsent(use.from() + " " + use.to(), k -> new ArrayList<>()).add(use);
      }
    }
    List<Finding> findings = new ArrayList<>();
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
      findings.add(Finding.error(RULE, Path.of(first.file()), first.line(), "'" + first.from() + "' (layer "
          + from.get().name() + ") uses '" + first.to() + "' (layer " + to.get().name() + ")"
          + " by " + first.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + (uses.size() > 1 ? " and " + (uses.size() - 1) + " more use" + (uses.size() > 2 ? "s" : "") : "")
          + ", but " + from.get().name() + " may use only " + mayUse(layers, from.get())
          + "; turn the dependency around (an interface in " + from.get().name()
          + " that " + to.get().name() + " implements) or move the code to the layer it belongs to"));
    }
    return findings;
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
