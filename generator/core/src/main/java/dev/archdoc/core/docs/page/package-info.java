/**
 * Pages: the overview pages in {@code arch-docs/} (and ADR bodies), in Markdown or AsciiDoc. {@link
 * dev.archdoc.core.docs.page.PageReader} reads one, as a pure function of its path and text, into a
 * {@link dev.archdoc.core.docs.page.Page}: title, headings with their anchor ids, code references,
 * links to other docs, diagram blocks and snippet includes, each with its file line, for the linker
 * and checker. Turning a page into HTML is the render stage's ({@code dev.archdoc.core.render});
 * what reading and rendering must agree on (the Markdown flavour, link targets, snippet regions)
 * lives here and is public for it.
 *
 * <h2>Snippets: showing code regions in docs</h2>
 *
 * <p>A region of a source file is marked with AsciiDoc's own tag comments, which every language's
 * line comment can carry:
 *
 * <pre>
 * // tag::step[]
 * public Ready step(Message message) { ... }
 * // end::step[]
 * </pre>
 *
 * <p>AsciiDoc pages include it as usual: {@code include::../../src/main/java/x/RaftCore.java[tag=step]}
 * (or {@code tags=a;b}; {@code {projectdir}} names the project root). Markdown pages write a fenced
 * code block whose info string carries {@code include} and, optionally, {@code tag}:
 *
 * <pre>
 * ```java include="/sample-system/src/main/java/com/example/raft/core/RaftCore.java" tag="step"
 * ```
 * </pre>
 *
 * <p>GitHub shows such a block as an empty (or, if the author puts a pointer in its body, a
 * pointer) code block with the right language; archdoc replaces the body with the tagged region,
 * tag lines removed and common indentation stripped. Paths are relative to the page, or to the
 * project root when they start with {@code /}; one that leaves the root is refused. A missing
 * file or tag is a {@code snippet-drift} finding at the include's line.
 *
 * <h2>Rule ids</h2>
 *
 * <p>Besides {@code broken-link} (links, diagrams) and {@code snippet-drift}, problems in the
 * document syntax itself — malformed front matter, AsciiDoc warnings and errors — are reported as
 * {@code doc-syntax}.
 */
package dev.archdoc.core.docs.page;
