package dev.archdoc.core.pipeline;

import dev.archdoc.core.finding.Finding;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of {@link Pipeline#load}: the project, or, when {@code archdoc.yml} cannot be used,
 * no project and the configuration problems (which commands report as bad configuration, exit 2).
 *
 * @param timings how long each part of loading took, in order ({@code build --timings} prints them)
 */
public record Loaded(Optional<ProjectModel> project, List<Finding> configProblems, Map<String, Duration> timings) {

  public Loaded {
    configProblems = List.copyOf(configProblems);
    timings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timings));
  }
}
