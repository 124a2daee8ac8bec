package dev.archdoc.core.site;

import dev.archdoc.annotations.Decision;
import dev.archdoc.core.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The theme for a page made outside a built site, such as the root page of a published set: the
 * same templates, overrides and escaping as every page of the site ({@link Theme}), with every file
 * read from inside the theme folder only (a file that links out of it is not used), since no
 * project build vouches for the folder at that point.
 */
@Decision(value = "ADR-7", note = "pages made at publish time render through the theme, read only inside its folder")
public final class ThemeFolder {

  private final Path folder;
  private final Theme theme;

  /** @param folder the project's theme folder ({@code theme:} in archdoc.yml); it need not exist */
  public ThemeFolder(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    this.folder = absolute;
    this.theme = new Theme(absolute, absolute);
  }

  /**
   * Renders {@code name}.mustache; {@code {{x}}} is HTML-escaped by the template engine.
   *
   * @throws IllegalArgumentException when the project's override of it (or of a partial it
   *     includes) does not render, naming the file and why
   */
  public String render(String name, Map<String, ?> context) {
    String html = theme.render(name, context);
    failOnRefused();
    return html;
  }

  /** A theme file as text (a stylesheet or script to put inside a page): the project's, or the default. */
  public String text(String name) {
    String text = theme.text(name).orElseThrow(() -> new IllegalStateException("the packaged theme lacks " + name));
    failOnRefused();
    return text;
  }

  private void failOnRefused() {
    List<Finding> refused = theme.refused();
    if (!refused.isEmpty()) {
      throw new IllegalArgumentException("the theme folder " + folder + " has a file that cannot be used: "
          + String.join("; ", refused.stream().map(Finding::toString).toList()));
    }
  }
}
