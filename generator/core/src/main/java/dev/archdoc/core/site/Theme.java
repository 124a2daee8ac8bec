package dev.archdoc.core.site;

import dev.archdoc.annotations.Decision;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private final Path projectTemplates;
  private final DefaultMustacheFactory factory;
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  /** @param projectTemplates the project's theme folder (absolute); it need not exist */
  Theme(Path projectTemplates) {
    this.projectTemplates = projectTemplates;
    this.factory = new DefaultMustacheFactory(new Resolver());
  }

  /** Renders a template ({@code name}.mustache) with a context of maps, lists and strings. */
  String render(String name, Map<String, ?> context) {
    Mustache template = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
    StringWriter out = new StringWriter();
    template.execute(out, context);
    return out.toString();
  }

  /** Every asset to publish under {@code _archdoc/}: the default ones, overridden or added to. */
  Map<String, byte[]> assets() {
    Map<String, byte[]> assets = new TreeMap<>();
    for (String name : DEFAULT_ASSETS) {
      assets.put(name, read(name).orElseThrow(() -> new IllegalStateException("the packaged theme lacks " + name)));
    }
    if (Files.isDirectory(projectTemplates)) {
      try (Stream<Path> files = Files.list(projectTemplates)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          String name = file.getFileName().toString();
          if (isAsset(name)) {
            assets.put(name, Files.readAllBytes(file));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return assets;
  }

  static boolean isAsset(String name) {
    int dot = name.lastIndexOf('.');
    return !name.startsWith(".") && dot > 0
        && ASSET_TYPES.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
  }

  private Optional<byte[]> read(String name) {
    Path override = projectTemplates.resolve(name);
    try {
      if (Files.isRegularFile(override)) {
        return Optional.of(Files.readAllBytes(override));
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
      return read(name)
          .<Reader>map(bytes -> new StringReader(new String(bytes, StandardCharsets.UTF_8)))
          .orElse(null);
    }
  }
}
