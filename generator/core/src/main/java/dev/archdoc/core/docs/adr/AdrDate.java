package dev.archdoc.core.docs.adr;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The date of an ADR as written, and as a {@link LocalDate} when it starts with an ISO date
 * ({@code 2022-05-16, expanded 2022-10-04} is 2022-05-16).
 *
 * @param raw the text as written
 * @param parsed the date, or {@code null} when the text holds none
 * @param line the 1-based line it was read from
 */
public record AdrDate(String raw, LocalDate parsed, int line) {

  public Optional<LocalDate> date() {
    return Optional.ofNullable(parsed);
  }
}
