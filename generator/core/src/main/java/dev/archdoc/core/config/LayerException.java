package dev.archdoc.core.config;

import java.util.Optional;

/**
 * An allowed exception to the layer rules, written under {@code layer-exceptions:} in
 * {@code archdoc.yml}: a use of an outer layer that a decision allows. It matches a violation when
 * every condition it states holds: the using type carries {@code annotation}, the using type lies
 * in {@code from}, the used type lies in {@code to}. It states an annotation, or both sides.
 *
 * @param annotation an annotation on the using type, by qualified or simple name
 * @param from the using types: a package pattern ({@code a.b}, {@code a.b..}) or a type ({@code a.b.C})
 * @param to the used types, written the same way
 * @param decision the ADR that allows it, as written ({@code ADR-17}, {@code 0017}, a slug)
 * @param reason why, in a few words, when given
 * @param line the line of the entry in {@code archdoc.yml}, 0 when not read from a file
 */
public record LayerException(
    Optional<String> annotation,
    Optional<PackagePattern> from,
    Optional<PackagePattern> to,
    String decision,
    Optional<String> reason,
    int line) {

  public LayerException {
    if (annotation.isEmpty() && (from.isEmpty() || to.isEmpty())) {
      throw new IllegalArgumentException("a layer exception names an annotation, or both from and to");
    }
  }

  /** How the entry reads, for messages: {@code @AllowedToUseLogic -> org.x..}. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    annotation.ifPresent(name -> text.append('@').append(name));
    from.ifPresent(pattern -> text.append(text.length() > 0 ? " in " : "").append(pattern));
    to.ifPresent(pattern -> text.append(" -> ").append(pattern));
    return text.toString();
  }
}
