package dev.archdoc.core.docs.adr;

import java.util.Optional;

/**
 * A relation as an ADR states it, before it is resolved against the other ADRs: the target as
 * written (an id, a number, a slug, or a link's text) and, when it was a link, the link's target.
 *
 * @param kind how this ADR relates to the target
 * @param target the target as written, e.g. {@code ADR-0019}, {@code 5}, {@code 9. Help scripts}
 * @param link the link target when written as a link (e.g. {@code 0019-push-metrics.md}), or ""
 * @param line the 1-based line the relation is stated on
 */
public record StatedRelation(RelationKind kind, String target, String link, int line) {

  public Optional<String> linkTarget() {
    return link.isEmpty() ? Optional.empty() : Optional.of(link);
  }
}
