/**
 * The link stage: joins what the docs say to what the code is, both ways.
 *
 * <p>{@link dev.archdoc.core.link.Linker#link} takes one system's code model and doc set and
 * returns {@link dev.archdoc.core.link.Links}: every reference from a doc to code (page and ADR
 * {@code code:} links, diagram {@code [[code:...]]} links, ADR {@code governs:} entries) with the
 * elements it resolves to, every {@code @Decision} citation from code to an ADR, and the indexes
 * the site and the drift rules read (ADR → code it governs, code → ADRs that govern it, element →
 * docs that mention it). References that resolve to nothing are findings with a "did you mean".
 * The stage is pure: values in, values out.
 */
package dev.archdoc.core.link;
