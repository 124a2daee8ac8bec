package dev.archdoc.doclet.model;

/** A method or constructor parameter: its name and its full (generic) type as declared. */
public record Parameter(String name, String type) {}
