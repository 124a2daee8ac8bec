/**
 * The syntactic pass over each source file, done by parsing it again with javac's parser.
 *
 * <p>javadoc throws method bodies and field initializers away before a doclet sees them and keeps
 * no end positions, yet the model needs line spans, body fingerprints, {@code //!} prose and the
 * types used inside bodies. This pass supplies exactly that, file by file and in parallel: names
 * as written, not resolved — resolving them needs the doclet's compiler state and happens in
 * {@code dev.archdoc.doclet.extract}.
 */
package dev.archdoc.doclet.source;
