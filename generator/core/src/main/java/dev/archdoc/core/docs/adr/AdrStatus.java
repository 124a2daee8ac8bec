package dev.archdoc.core.docs.adr;

/**
 * The status of an ADR: the normalised kind, and the text as written ({@code "Accepted on
 * 2020-01-01"}, {@code "on hold"}), which the site shows when the kind is not enough.
 *
 * @param kind the normalised status
 * @param raw the status text as written, without markup; empty when missing
 * @param line the 1-based line it was read from, or 0 when missing
 */
public record AdrStatus(StatusKind kind, String raw, int line) {

  static final AdrStatus MISSING = new AdrStatus(StatusKind.MISSING, "", 0);
}
