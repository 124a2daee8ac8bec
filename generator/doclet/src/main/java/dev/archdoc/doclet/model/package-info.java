/**
 * The code model: immutable values that describe a Java system as the doclet read it — packages,
 * types, members, their docs, annotations, cited decisions, {@code //!} prose, source spans,
 * fingerprints and type-level dependencies — and the lookup that turns a code reference such as
 * {@code pkg.Type#member(int)} back into an element.
 *
 * <p>Every later stage (linker, drift check, renderer) reads this model and nothing else of the
 * source code, so everything a stage may need about the code is stated here once.
 */
package dev.archdoc.doclet.model;
