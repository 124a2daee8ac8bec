package dev.archdoc.core.docs.adr;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity of an ADR: a number for numbered file names ({@code 0004-title.md} is 4, shown as
 * {@code ADR-4}), a slug for date-prefixed and unnumbered ones ({@code 20201016-use-slugs.md} is
 * {@code 20201016-use-slugs}, as log4brains names them). Exactly one of the two is set.
 */
public record AdrId(Integer number, String slug) implements Comparable<AdrId> {

  private static final Pattern NUMBER_REFERENCE =
      Pattern.compile("(?i)(?:adr[-_ ]?)?#?0*(\\d{1,9})");
  private static final Pattern SLUG_REFERENCE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.#-]*");
  private static final Comparator<AdrId> ORDER =
      Comparator.comparing((AdrId id) -> id.number == null)
          .thenComparing(id -> id.number == null ? 0 : id.number)
          .thenComparing(id -> id.slug == null ? "" : id.slug);

  public AdrId {
    if ((number == null) == (slug == null)) {
      throw new IllegalArgumentException("an ADR id is a number or a slug");
    }
  }

  public static AdrId of(int number) {
    return new AdrId(number, null);
  }

  public static AdrId of(String slug) {
    return new AdrId(null, slug);
  }

  /**
   * Reads a reference as people write it: {@code 4}, {@code 0004}, {@code ADR-4},
   * {@code ADR-0004} (a number), or a slug. Empty for text that can be neither.
   */
  public static Optional<AdrId> parse(String reference) {
    String text = reference.trim();
    Matcher number = NUMBER_REFERENCE.matcher(text);
    if (number.matches()) {
      return Optional.of(of(Integer.parseInt(number.group(1))));
    }
    if (SLUG_REFERENCE.matcher(text).matches()) {
      return Optional.of(of(text));
    }
    return Optional.empty();
  }

  public boolean isNumbered() {
    return number != null;
  }

  /** {@code ADR-4} for a number, the slug itself otherwise. */
  public String display() {
    return number != null ? "ADR-" + number : slug;
  }

  /** Whether a reference written in a document means this id. */
  public boolean matches(String reference) {
    return parse(reference).map(this::equals).orElse(false)
        || (slug != null && slug.toLowerCase(Locale.ROOT).equals(reference.trim().toLowerCase(Locale.ROOT)));
  }

  @Override
  public int compareTo(AdrId other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return display();
  }
}
