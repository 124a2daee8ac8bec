/**
 * What keeps archdoc safe to run on a pull request whose author controls every file (ADR-16):
 * {@link dev.archdoc.core.safety.SafeHtml} cleans the HTML that content (Markdown, AsciiDoc,
 * Javadoc, {@code //!} prose) becomes, and {@link dev.archdoc.core.safety.SafeSvg} the SVG PlantUML
 * draws, both with jsoup's allowlist {@code Safelist}; {@link dev.archdoc.core.safety.ProjectBounds}
 * says whether a file really lies inside the project (symbolic links followed, {@code .git/}
 * refused); {@link dev.archdoc.core.safety.InputLimits} bounds what a reader accepts (file size,
 * YAML aliases and nesting, parser depth) so a hostile file is one finding, not a crash.
 */
package dev.archdoc.core.safety;
