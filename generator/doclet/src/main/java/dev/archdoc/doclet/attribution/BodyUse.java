package dev.archdoc.doclet.attribution;

import dev.archdoc.doclet.model.DependencyKind;

/**
 * One use of a type inside a body, resolved.
 *
 * @param from the qualified name of the nearest enclosing named (top-level or member) type
 * @param to the qualified name of the type used (erased: a type variable counts as its bound)
 * @param line the 1-based line of the use
 */
public record BodyUse(String from, String to, DependencyKind kind, int line) {}
