/**
 * The syntactic pass over each source file, done by parsing it again with javac's parser.
 *
 * <p>javadoc throws method bodies and field initializers away before a doclet sees them and keeps
 * no end positions, yet the model needs line spans, body fingerprints and {@code //!} prose. This
 * pass supplies exactly that, file by file and in parallel. The types bodies use are resolved by
 * javac itself, in {@code dev.archdoc.doclet.attribution}.
 */
package dev.archdoc.doclet.source;
