package dev.archdoc.doclet.model;

/**
 * A decision an element says it carries out, from {@code @dev.archdoc.annotations.Decision}
 * (written once, repeated, or as the explicit {@code Decision.List} container).
 *
 * @param id the ADR id exactly as written ({@code "ADR-4"}, {@code "0004"}, a slug)
 * @param note the optional note, empty when absent
 */
public record DecisionRef(String id, String note) {}
