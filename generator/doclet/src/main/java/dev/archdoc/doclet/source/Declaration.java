package dev.archdoc.doclet.source;

/**
 * A declaration found by the parser (type, field, enum constant, record component, method,
 * constructor), keyed in {@link ScannedFile} by its start offset, which equals the start offset
 * javadoc's own tree reports for the same element.
 *
 * @param bodyHash fingerprint of the normalized body print; empty when there is no body
 */
public record Declaration(long start, int startLine, int endLine, String bodyHash) {}
