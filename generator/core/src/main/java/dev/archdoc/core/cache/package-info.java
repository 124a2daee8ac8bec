/**
 * The build cache: content-addressed entries under the project's {@code target/archdoc-cache/},
 * so a build after no change, or after one ADR changed, does only the work that change needs.
 *
 * <p>A key is a {@link dev.archdoc.core.cache.Digest} of everything a result was made from; an
 * entry is kept in a {@link dev.archdoc.core.cache.BlobStore}, written atomically and checked when
 * read back, so a corrupted or unreadable entry is a miss, never a failure. {@link
 * dev.archdoc.core.cache.CodeCache} keeps the doclet's code model per source set; the site's
 * rendered pages are kept by the site stage in a store of its own (ADR 15).
 */
package dev.archdoc.core.cache;
