package dev.archdoc.core.site;

import dev.archdoc.annotations.Decision;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.safety.Excerpt;
import dev.archdoc.core.safety.ProjectBounds;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The site's look: Mustache templates and assets (CSS, JS, images, fonts), read from the project's
 * theme folder ({@code theme:} in archdoc.yml, {@code arch-docs/theme} by default) first and from
 * the default theme packaged in the jar otherwise, so a project overrides one file without copying
 * the rest. Only files of the asset types below are published from it, so notes or scripts kept
 * beside a theme never reach the site. Templates are interpreted at run time: an
 * override needs no compiler (ADR 0007). {@code {{x}}} is HTML-escaped; only {@code {{{x}}}}, used
 * for HTML the generator rendered, is not.
 */
@Decision(value = "ADR-7", note = "Mustache templates read at run time; the project's theme folder wins")
final class Theme {

  static final String PACKAGED = "dev/archdoc/core/site/theme/";

  /** The assets of the default theme; a project may add more in its theme folder. */
  private static final java.util.List<String> DEFAULT_ASSETS = java.util.List.of("archdoc.css", "archdoc.js");

  /** What a theme folder may add to the site: styles, scripts, images and fonts. */
  private static final java.util.Set<String> ASSET_TYPES = java.util.Set.of(
      "css", "js", "svg", "png", "jpg", "jpeg", "gif", "webp", "ico", "woff", "woff2", "ttf", "otf");

  private final Path projectRoot;
  private final Path projectTemplates;
  private final ProjectBounds bounds;
  private final DefaultMustacheFactory factory;
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();
  private final Map<String, Finding> refused = new ConcurrentHashMap<>();

  /**
   * @param projectRoot the project root (absolute)
   * @param projectTemplates the project's theme folder (absolute); it need not exist
   */
  Theme(Path projectRoot, Path projectTemplates) {
    this.projectRoot = projectRoot.toAbsolutePath().normalize();
    this.projectTemplates = projectTemplates.toAbsolutePath().normalize();
    this.bounds = new ProjectBounds(this.projectRoot);
    this.factory = new DefaultMustacheFactory(new Resolver());
  }

  /**
   * Renders a template ({@code name}.mustache) with a context of maps, lists and strings. A
   * template that does not compile renders as nothing and is a finding (see {@link #refused()}).
   */
  String render(String name, Map<String, ?> context) {
    try {
      Mustache template = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
      StringWriter out = new StringWriter();
      template.execute(out, context);
      return out.toString();
    } catch (MustacheException e) {
      refuse(name + ".mustache", "does not render: " + Excerpt.of(e.getMessage()));
      return "";
    } catch (StackOverflowError e) {
      refuse(name + ".mustache", "does not render: its partials include each other without end");
      return "";
    }
  }

  /**
   * Compiles every template of the project's theme folder now, with the partials it includes, so
   * what is refused in it is found on every run: a page taken from the cache renders no template,
   * and the findings of {@code build} and {@code check} must not depend on what was cached.
   */
  void compileProjectTemplates() {
    if (!Files.isDirectory(projectTemplates, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<String> names;
    try (Stream<Path> files = Files.list(projectTemplates)) {
      names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".mustache")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String file : names) {
      String name = file.substring(0, file.length() - ".mustache".length());
      try {
        compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
      } catch (MustacheException e) {
        refuse(file, "does not render: " + Excerpt.of(e.getMessage()));
      } catch (StackOverflowError e) {
        refuse(file, "does not render: its partials include each other without end");
      }
    }
  }

  /** Theme files not used, and why: links out of the project, partials outside the theme, bad templates. */
  List<Finding> refused() {
    return refused.values().stream().sorted().toList();
  }

  private void refuse(String name, String why) {
    Path folder = projectTemplates.startsWith(projectRoot) ? projectRoot.relativize(projectTemplates) : Path.of("theme");
    // a file of the theme folder is named; a name that climbs out of it, or a path, is not repeated
    Path file = name.contains("/") || !isThemeName(name) ? folder : folder.resolve(safeName(name));
    refused.putIfAbsent(file + why, Finding.error(
        why.contains("outside") || why.contains(".git") ? ProjectBounds.RULE : DriftRule.BROKEN_LINK.id(),
        file, 0, "theme file " + why));
  }

  private static String safeName(String name) {
    String cleaned = name.replaceAll("[^A-Za-z0-9._/-]", "_");
    return cleaned.isEmpty() ? "_" : cleaned;
  }

  /**
   * Whether a template or partial name stays in the theme folder: a plain relative path, with no
   * {@code ..} step, no {@code .git} and no drive or root.
   */
  static boolean isThemeName(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
      return false;
    }
    for (String part : name.split("/")) {
      if (part.equals("..") || part.equals(".git")) {
        return false;
      }
    }
    return true;
  }

  /** Every asset to publish under {@code _archdoc/}: the default ones, overridden or added to. */
  Map<String, byte[]> assets() {
    Map<String, byte[]> assets = new TreeMap<>();
    for (String name : DEFAULT_ASSETS) {
      assets.put(name, read(name).orElseThrow(() -> new IllegalStateException("the packaged theme lacks " + name)));
    }
    if (Files.isDirectory(projectTemplates)) {
      try (Stream<Path> files = Files.list(projectTemplates)) {
        for (Path file : files.filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f)).sorted().toList()) {
          String name = file.getFileName().toString();
          if (!isAsset(name)) {
            continue;
          }
          Optional<String> why = bounds.refusal(projectRoot.relativize(file));
          if (why.isPresent()) {
            refuse(name, why.get());
          } else if (Files.isRegularFile(file)) {
            assets.put(name, Files.readAllBytes(file));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return assets;
  }

  /** Where a page that draws Mermaid blocks loads the library from, below {@code _archdoc/}. */
  static final String MERMAID = "mermaid/mermaid.min.js";

  /**
   * The theme's Mermaid (ADR 30): the library, its licence and the script that starts it, published
   * once under {@code _archdoc/} and only for a site with a page that loads it.
   */
  Map<String, byte[]> mermaidAssets() {
    Map<String, byte[]> assets = new TreeMap<>();
    for (String name : List.of(MERMAID, "mermaid/LICENSE", "mermaid-init.js")) {
      assets.put(name, read(name).orElseThrow(() -> new IllegalStateException("the packaged theme lacks " + name)));
    }
    return assets;
  }

  /** A file of the theme as text: the project's when it has one, the default theme's otherwise. */
  Optional<String> text(String name) {
    return read(name).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  static boolean isAsset(String name) {
    int dot = name.lastIndexOf('.');
    return !name.startsWith(".") && dot > 0
        && ASSET_TYPES.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
  }

  private Optional<byte[]> read(String name) {
    if (!isThemeName(name)) {
      refuse(name, "includes a partial outside the theme folder (with '..', or in .git); it is not read:"
          + " a partial names a file in the theme folder");
      return Optional.empty();
    }
    Path override = projectTemplates.resolve(name).normalize();
    try {
      if (Files.exists(override, java.nio.file.LinkOption.NOFOLLOW_LINKS) && override.startsWith(projectRoot)) {
        Optional<String> why = bounds.refusal(projectRoot.relativize(override));
        if (why.isPresent()) {
          refuse(name, why.get()); // and the default theme's file is used instead
        } else if (Files.isRegularFile(override)) {
          return Optional.of(Files.readAllBytes(override));
        }
      }
      try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(PACKAGED + name)) {
        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Finds a template (and the partials it includes) in the project first, then in the jar. */
  private final class Resolver implements MustacheResolver {
    @Override
    public Reader getReader(String resourceName) {
      String name = resourceName.startsWith("/") ? resourceName.substring(1) : resourceName;
      Optional<byte[]> bytes = read(name);
      if (bytes.isEmpty() && isThemeName(name)) {
        refuse(name, (name.contains("/") ? "includes a partial" : "'" + Excerpt.of(name) + "' is included as a partial but")
            + " is in neither the project's theme nor the default one; it renders as nothing");
      }
      // an empty template rather than null: a missing partial is a finding, not a failed build
      return new StringReader(bytes.map(b -> new String(b, StandardCharsets.UTF_8)).orElse(""));
    }
  }
}
