/**
 * Reads a system's Java sources into a {@link dev.archdoc.doclet.model.CodeModel}: the entry
 * point {@link dev.archdoc.doclet.CodeModelReader} runs javadoc in-process with
 * {@link dev.archdoc.doclet.ArchdocDoclet}, which can also run from {@code maven-javadoc-plugin}
 * and then writes the model as JSON.
 *
 * <p>Whatever goes wrong with the input — a missing folder, code that does not compile, an
 * annotation nobody put on the class path — comes back as {@link dev.archdoc.doclet.Problem}
 * values next to as much of the model as could still be built, never as a stack trace.
 */
package dev.archdoc.doclet;
