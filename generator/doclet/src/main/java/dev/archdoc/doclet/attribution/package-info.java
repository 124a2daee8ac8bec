/**
 * The types each body uses, as javac itself resolves them.
 *
 * <p>javadoc throws method bodies away before a doclet runs, so the bodies are compiled a second
 * time, to attribution only, by a {@code JavacTask} over the same files and class path; a tree
 * scanner then asks javac for the element and type of every name, call, lambda and {@code var}.
 * A name javac cannot resolve (a library missing from the class path) gives no dependency at all,
 * never a guessed one.
 */
@Decision("ADR-22")
package dev.archdoc.doclet.attribution;

import dev.archdoc.annotations.Decision;
