/**
 * Metadata as written at the top of a doc file, read one way for pages and ADRs alike:
 * {@link dev.archdoc.core.docs.meta.FrontMatter} reads a Markdown file's YAML front matter into
 * {@link dev.archdoc.core.docs.meta.MetadataEntry} values with their lines, and reports an unclosed
 * block, malformed YAML and a key given twice with file and line (ADR 20). A leaf: it depends on
 * no other docs package, so the page and ADR readers can both use it.
 */
package dev.archdoc.core.docs.meta;
