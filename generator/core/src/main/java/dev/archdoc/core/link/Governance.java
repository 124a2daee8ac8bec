package dev.archdoc.core.link;

import dev.archdoc.core.docs.adr.AdrId;

/**
 * Why an ADR governs an element: the ADR names it (or a type or package around it) in
 * {@code governs:}, or the code cites the ADR with {@code @Decision}.
 *
 * @param adr the governing ADR
 * @param via the id of the element that was named or annotated: the element itself, or the type
 *     or package that encloses it
 * @param how which side stated the link
 */
public record Governance(AdrId adr, String via, How how) {

  /** Which side of the two-way link stated it. */
  public enum How {
    /** the ADR's {@code governs:} names the element or an enclosing one */
    GOVERNS,
    /** the element, or an enclosing one, carries {@code @Decision} citing the ADR */
    ANNOTATION
  }
}
