/**
 * Diagrams: hand-written PlantUML, from {@code .puml}/{@code .plantuml} files, fenced
 * {@code plantuml} blocks in Markdown and {@code [plantuml]} blocks in AsciiDoc, rendered in-process
 * to inline SVG by one {@link dev.archdoc.core.diagram.DiagramRenderer}. The renderer works offline
 * and inside the project: PlantUML runs in its {@code SANDBOX} security profile, archdoc itself
 * inlines {@code !include}s of files inside the project root (and refuses URLs and paths that leave
 * it), rewrites {@code [[code:...]]} links through the caller's {@link
 * dev.archdoc.core.docs.ref.CodeUrls}, and caches the SVG on disk by content. A diagram that fails
 * to render is a {@code broken-link} finding at the file line of the fault, never a silent blank.
 */
package dev.archdoc.core.diagram;
