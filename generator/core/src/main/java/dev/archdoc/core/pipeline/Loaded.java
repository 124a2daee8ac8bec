package dev.archdoc.core.pipeline;

import dev.archdoc.core.finding.Finding;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link Pipeline#load}: the project, or, when {@code archdoc.yml} cannot be used,
 * no project and the configuration problems (which commands report as bad configuration, exit 2).
 */
public record Loaded(Optional<ProjectModel> project, List<Finding> configProblems) {

  public Loaded {
    configProblems = List.copyOf(configProblems);
  }
}
