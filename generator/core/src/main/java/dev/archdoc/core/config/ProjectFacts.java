package dev.archdoc.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the defaults of archdoc.yml depend on in the project folder, gathered once at the I/O edge
 * so that parsing itself stays a function of text and facts.
 *
 * @param folderName the project folder's own name; a single-system project is named after it
 * @param defaultSources {@code src/main/java} of the project and of its Maven and Gradle modules that have one
 * @param isDirectory whether a path relative to the project root is an existing folder
 * @param adrToolsFolder the decisions folder another ADR tool recorded at the project root, when
 *     there is one: adr-tools' {@code .adr-dir} (often {@code doc/adr}), adr-j's
 *     {@code .adr/adr.properties}, log4brains' {@code .log4brains.yml}
 */
public record ProjectFacts(
    String folderName, List<Path> defaultSources, Predicate<Path> isDirectory, Optional<Path> adrToolsFolder) {

  public ProjectFacts {
    defaultSources = List.copyOf(defaultSources);
  }

  /** Facts of a project that keeps no {@code .adr-dir}. */
  public ProjectFacts(String folderName, List<Path> defaultSources, Predicate<Path> isDirectory) {
    this(folderName, defaultSources, isDirectory, Optional.empty());
  }
}
