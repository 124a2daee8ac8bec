/**
 * The render stage for pages: {@link dev.archdoc.core.render.PageRenderer} turns a read {@link
 * dev.archdoc.core.docs.page.Page} into an HTML body fragment. {@code code:} links point at the
 * code's pages, links to {@code .md}/{@code .adoc} files at the built pages ({@link
 * dev.archdoc.core.render.PageRenderer#htmlPathOf}), links to other files (a {@code .puml} file)
 * wherever the caller's {@link dev.archdoc.core.docs.page.FileUrls} shows them, diagrams become
 * inline SVG through the shared diagram renderer, and snippets show the code as it is now.
 * Markdown goes through flexmark ({@link dev.archdoc.core.render.MarkdownRenderer}), AsciiDoc
 * through one AsciidoctorJ instance ({@link dev.archdoc.core.render.AsciiDocEngine}), and the
 * one-line Markdown of ADR metadata and generated diagrams through {@link
 * dev.archdoc.core.render.InlineMarkdown}. It reads nothing of its own: the docs stage
 * ({@code dev.archdoc.core.docs}) has read every page first.
 */
@Decision(value = "ADR-28", note = "the render stage, out of the read package")
package dev.archdoc.core.render;

import dev.archdoc.annotations.Decision;
