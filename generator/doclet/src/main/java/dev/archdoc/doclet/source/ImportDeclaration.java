package dev.archdoc.doclet.source;

/** An import as written: {@code name} is {@code a.b.C}, {@code a.b} for {@code a.b.*}. */
public record ImportDeclaration(String name, boolean isStatic, boolean onDemand) {}
