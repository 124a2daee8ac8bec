/**
 * Builds the code model from what javadoc hands a doclet: the elements with their docs,
 * annotations and signatures, plus the syntactic scan of each file, whose names are resolved here
 * against the compiler's symbol tables into type-level dependencies.
 *
 * <p>One entry point, {@link dev.archdoc.doclet.extract.ModelExtractor}; everything else is the
 * detail of one concern each: ids, docs, annotations, dependencies, name resolution.
 */
package dev.archdoc.doclet.extract;
