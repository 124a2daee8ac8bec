package dev.archdoc.core.pipeline;

import dev.archdoc.core.config.ArchdocConfig;
import dev.archdoc.core.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A project read and linked: the configuration and each of its systems.
 *
 * @param root the project root, absolute
 */
public record ProjectModel(Path root, ArchdocConfig config, List<SystemModel> systems) {

  public ProjectModel {
    systems = List.copyOf(systems);
  }

  public Optional<SystemModel> system(String name) {
    return systems.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** Every finding of every system, in the order a reader fixes them. */
  public List<Finding> findings() {
    return systems.stream().flatMap(s -> s.findings().stream()).sorted().distinct().toList();
  }
}
