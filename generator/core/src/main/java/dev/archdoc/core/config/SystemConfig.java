package dev.archdoc.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One documented system: a section of the site with its own docs, decisions, sources and layers.
 * Every path is relative to the project root and normalised; none leaves the project.
 *
 * @param name the slug that names the system in URLs and messages ({@code [a-z0-9-]+})
 * @param title the heading of the system's section
 * @param docs the folder with its ADRs, pages, diagrams and tours
 * @param sources Java source roots
 * @param classpath extra jars or folders to resolve annotations against
 * @param decisions the folders its ADRs are found in, deduplicated, in the order given
 * @param layers outermost first
 * @param layerExceptions the uses of an outer layer that a decision allows ({@code layer-exceptions:})
 * @param excludedDocs docs folders of other systems that sit inside {@code docs} (they belong to
 *     those systems), and the theme folder when it sits there: the doc reader skips them here
 */
public record SystemConfig(
    String name,
    String title,
    Path docs,
    List<Path> sources,
    List<Path> classpath,
    List<Path> decisions,
    List<Layer> layers,
    List<LayerException> layerExceptions,
    List<Path> excludedDocs) {

  public SystemConfig {
    sources = List.copyOf(sources);
    classpath = List.copyOf(classpath);
    decisions = List.copyOf(decisions);
    layers = List.copyOf(layers);
    layerExceptions = List.copyOf(layerExceptions);
    excludedDocs = List.copyOf(excludedDocs);
  }

  /** Whether a file (relative to the project root) is one of this system's documents. */
  public boolean ownsDocument(Path file) {
    Path normal = file.normalize();
    boolean inDocs = docs.toString().isEmpty() || normal.startsWith(docs); // "" is the project root
    return inDocs && excludedDocs.stream().noneMatch(normal::startsWith);
  }

  /** Whether a folder is another system's docs folder nested in this one's, to skip. */
  public boolean isExcluded(Path folder) {
    Path normal = folder.normalize();
    return excludedDocs.stream().anyMatch(normal::startsWith);
  }

  /** The folder a new ADR goes into: the first decisions folder, else {@code <docs>/decisions}. */
  public Path newDecisionsFolder() {
    return decisions.isEmpty() ? docs.resolve("decisions") : decisions.get(0);
  }

  /** The layer a package belongs to, the first that claims it (layers are listed outermost first). */
  public Optional<Layer> layerOf(String packageName) {
    return layers.stream().filter(layer -> layer.contains(packageName)).findFirst();
  }
}
