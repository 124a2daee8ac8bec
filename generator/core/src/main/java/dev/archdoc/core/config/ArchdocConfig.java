package dev.archdoc.core.config;

import dev.archdoc.core.finding.DriftRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole configuration of a project: the site title, the systems it documents (one in the
 * single-system form) and the level each drift rule was set to.
 *
 * @param file the configuration file relative to the project root, or empty when there was none
 *     and the defaults apply
 * @param title the site title
 * @param theme the folder whose templates and assets override the default theme's ({@code theme:},
 *     by default {@code arch-docs/theme}; it need not exist), relative to the project root
 * @param systems at least one; names are unique
 * @param rules only the rules archdoc.yml sets; the others keep their built-in severity
 * @param java the Java release {@code java:} states for the sources, when it states one (else
 *     the build's, see {@link JavaRelease#statedInBuild})
 * @param site what the site shows of the code ({@code site:})
 */
public record ArchdocConfig(
    Optional<Path> file, String title, Path theme, List<SystemConfig> systems, Map<DriftRule, RuleLevel> rules,
    Optional<JavaRelease> java, SiteOptions site) {

  /**
   * Where a project's own theme files are looked for when {@code theme:} does not say: beside the
   * docs, not a root {@code templates/} folder, which Helm charts and project generators use.
   */
  public static final Path DEFAULT_THEME = Path.of("arch-docs", "theme");

  public ArchdocConfig {
    systems = List.copyOf(systems);
    rules = Map.copyOf(rules);
    if (systems.isEmpty()) {
      throw new IllegalArgumentException("a configuration has at least one system");
    }
  }

  /** A configuration that keeps the site's defaults. */
  public ArchdocConfig(
      Optional<Path> file, String title, Path theme, List<SystemConfig> systems, Map<DriftRule, RuleLevel> rules,
      Optional<JavaRelease> java) {
    this(file, title, theme, systems, rules, java, SiteOptions.DEFAULT);
  }

  /** A configuration that states no Java release. */
  public ArchdocConfig(
      Optional<Path> file, String title, Path theme, List<SystemConfig> systems, Map<DriftRule, RuleLevel> rules) {
    this(file, title, theme, systems, rules, Optional.empty());
  }

  public Optional<SystemConfig> system(String name) {
    return systems.stream().filter(system -> system.name().equals(name)).findFirst();
  }

  /** The level archdoc.yml set for a rule, if it set one. */
  public Optional<RuleLevel> levelOf(DriftRule rule) {
    return Optional.ofNullable(rules.get(rule));
  }
}
