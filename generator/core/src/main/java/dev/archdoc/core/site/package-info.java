/**
 * The site stage: renders a linked {@link dev.archdoc.core.pipeline.ProjectModel} into one static
 * folder that works offline, from {@code file://} and under any sub-path (every link is relative,
 * nothing loads from the network). {@link dev.archdoc.core.site.SiteBuilder#build} is its door.
 *
 * <p>URL scheme. Files people wrote keep their place: a page or ADR at {@code <docs>/P.md} (docs
 * being the outermost folder holding every system's docs) is published at {@code P.html}, so
 * relative links between docs work unchanged, and the outermost {@code index.md} is the site's
 * home. Pages archdoc generates live in each system's section: the folder named after the system
 * when the project has several ({@code raft-kv/...}), the site root when it has one (no extra
 * level). In a section: {@code index.html} (its home, the docs folder's own index page when there
 * is one), {@code decisions/index.html}, {@code decisions/timeline.html},
 * {@code decisions/graph.html}; {@code code/index.html} (layers and packages),
 * {@code code/<package>/index.html}, {@code code/<package>/<Type>.html} (members as
 * {@code #m-<name-and-parameters>}); {@code source/<path below the source root>.html} (literate
 * views, lines as {@code #L<n>}); {@code tours/index.html}; {@code diagrams.html} (a hand-drawn
 * diagram at an id from its file's path below the docs, {@code #diagrams-roles}, where links to
 * the {@code .puml} file lead). A tour is published where its file is
 * mirrored ({@code <docs>/tours/T.md} at {@code .../tours/T.html}), its steps beside it
 * ({@code T-step-<n>.html}). Site-wide: {@code drift.html}, and the
 * theme's assets and the search index under {@code _archdoc/}.
 *
 * <p>The look comes from Mustache templates ({@code templates/} at archdoc's repository root is the
 * default theme, packaged into the jar; a project's theme folder, {@code theme:} in archdoc.yml or
 * {@code arch-docs/theme}, overrides any file).
 * Output is deterministic: the same input gives byte-identical files.
 */
package dev.archdoc.core.site;
