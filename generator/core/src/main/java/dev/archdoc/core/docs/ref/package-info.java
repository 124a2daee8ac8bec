/**
 * References that leave a doc: to the code ({@code code:pkg.Type#member}, as written in Markdown,
 * AsciiDoc and PlantUML) and to other files of the project (doc links, snippet and diagram
 * includes). Pages and diagrams both produce {@link dev.archdoc.core.docs.ref.CodeRef}s for the
 * linker to resolve, take a {@link dev.archdoc.core.docs.ref.CodeUrls} to turn them into links when
 * rendering, and resolve file references through {@link dev.archdoc.core.docs.ref.ProjectFiles}, the
 * one place that keeps them inside the project root. A diagram's source as read ({@link
 * dev.archdoc.core.docs.ref.DiagramSource}) and its {@code [[code:...]]} links ({@link
 * dev.archdoc.core.docs.ref.DiagramLinks}) are here too, so the docs stage reads diagrams without
 * depending on the diagram renderer, which depends on this package.
 */
package dev.archdoc.core.docs.ref;
