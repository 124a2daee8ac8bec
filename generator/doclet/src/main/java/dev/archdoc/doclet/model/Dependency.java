package dev.archdoc.doclet.model;

/**
 * One use of a type by another, where it happens. Uses inside nested, local and anonymous classes
 * count for the nearest enclosing named type. A type's use of itself is not recorded.
 *
 * @param from the qualified name of the type whose code contains the use
 * @param to the qualified name of the type used
 * @param external true when {@code to} is not part of the model (JDK or a library)
 * @param file the file of the use, relative to the project root
 * @param line the 1-based line of the use
 */
public record Dependency(
    String from, String to, DependencyKind kind, boolean external, String file, int line) {}
