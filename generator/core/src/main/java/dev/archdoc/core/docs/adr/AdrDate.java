package dev.archdoc.core.docs.adr;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The date of an ADR as written, and as a {@link LocalDate} when it starts with a date
 * ({@code 2022-05-16, expanded 2022-10-04} is 2022-05-16, so is {@code 16 May 2022}).
 *
 * @param raw the text as written
 * @param parsed the date, or {@code null} when the text holds none
 * @param line the 1-based line it was read from
 */
public record AdrDate(String raw, LocalDate parsed, int line) {

  public Optional<LocalDate> date() {
    return Optional.ofNullable(parsed);
  }

  /**
   * The date as the site shows it: as an ISO date when it was written otherwise ({@code 21.07.2017}
   * is shown as 2017-07-21, so a list of dates reads in one form), else as written.
   */
  public String shown() {
    if (parsed == null || raw.startsWith(parsed.toString())) {
      return raw;
    }
    return parsed.toString();
  }
}
