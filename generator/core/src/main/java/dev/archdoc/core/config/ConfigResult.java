package dev.archdoc.core.config;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading archdoc.yml: the configuration, or the problems that stop it from being
 * used. There is no half-read configuration: with any problem, {@link #config()} is empty.
 */
public record ConfigResult(Optional<ArchdocConfig> config, List<ConfigProblem> problems) {

  public ConfigResult {
    problems = List.copyOf(problems);
    if (config.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("either a configuration or problems, not both");
    }
  }

  static ConfigResult of(ArchdocConfig config) {
    return new ConfigResult(Optional.of(config), List.of());
  }

  /** The problems in the order a reader fixes them: by line, then column. */
  static ConfigResult failed(List<ConfigProblem> problems) {
    return new ConfigResult(Optional.empty(), problems.stream()
        .sorted(java.util.Comparator.comparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column))
        .toList());
  }

  public boolean ok() {
    return config.isPresent();
  }
}
