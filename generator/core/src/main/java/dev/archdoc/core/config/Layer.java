package dev.archdoc.core.config;

import java.util.List;

/**
 * A named layer: the packages it holds. Layers are listed outermost first; a layer may use itself
 * and the layers after it.
 */
public record Layer(String name, List<PackagePattern> packages) {

  public Layer {
    packages = List.copyOf(packages);
  }

  /** Whether a type in {@code packageName} belongs to this layer. */
  public boolean contains(String packageName) {
    return packages.stream().anyMatch(pattern -> pattern.matches(packageName));
  }
}
