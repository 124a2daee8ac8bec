package dev.archdoc.core.docs.adr;

import dev.archdoc.annotations.Decision;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an ADR's date as people write it: {@code 2017-07-21}, {@code 21.07.2017}, {@code Jan 29,
 * 2021}, {@code 10 Apr 2022}, {@code 29 Sept 2024}, {@code 2024/01/02}, with anything after the
 * date ({@code 2022-05-16, expanded 2022-10-04}) ignored. Each form is a strict
 * {@link DateTimeFormatter}, so {@code 31.02.2020} is no date. Slashed day and month
 * ({@code 01/02/2024}) is read only when one order alone gives a date (or both give the same
 * one); otherwise it is reported as ambiguous, since a wrong date orders the timeline wrongly.
 */
@Decision("ADR-20")
final class WrittenDate {

  /**
   * What a date text says.
   *
   * @param date the date, when the text starts with exactly one
   * @param problem why it is not read as a date, when it is not
   */
  record Reading(Optional<LocalDate> date, Optional<String> problem) {}

  private static final List<DateTimeFormatter> UNAMBIGUOUS = unambiguous();
  private static final DateTimeFormatter MONTH_FIRST = strict("M/d/uuuu");
  private static final DateTimeFormatter DAY_FIRST = strict("d/M/uuuu");

  private WrittenDate() {}

  static Reading read(String written) {
    String text = written.trim();
    for (DateTimeFormatter format : UNAMBIGUOUS) {
      Optional<LocalDate> date = parsePrefix(format, text);
      if (date.isPresent()) {
        return new Reading(date, Optional.empty());
      }
    }
    Optional<LocalDate> monthFirst = parsePrefix(MONTH_FIRST, text);
    Optional<LocalDate> dayFirst = parsePrefix(DAY_FIRST, text);
    if (monthFirst.isPresent() && dayFirst.isPresent() && !monthFirst.equals(dayFirst)) {
      return new Reading(Optional.empty(), Optional.of("is ambiguous: it reads as " + monthFirst.get()
          + " (month first) and as " + dayFirst.get() + " (day first); write it as YYYY-MM-DD"));
    }
    Optional<LocalDate> either = monthFirst.or(() -> dayFirst);
    if (either.isPresent()) {
      return new Reading(either, Optional.empty());
    }
    return new Reading(Optional.empty(), Optional.of("is not a date archdoc reads (such as 2024-01-29,"
        + " 29.01.2024, Jan 29, 2024, 29 January 2024 or 2024/01/29)"));
  }

  /** The date a formatter reads at the start of the text, when what follows it is not more of a word or number. */
  private static Optional<LocalDate> parsePrefix(DateTimeFormatter format, String text) {
    ParsePosition position = new ParsePosition(0);
    try {
      LocalDate date = LocalDate.from(format.parse(text, position));
      int end = position.getIndex();
      if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        return Optional.empty();
      }
      return Optional.of(date);
    } catch (DateTimeException e) { // also DateTimeParseException
      return Optional.empty();
    }
  }

  private static List<DateTimeFormatter> unambiguous() {
    List<DateTimeFormatter> formats = new ArrayList<>();
    formats.add(strict("uuuu-M-d"));
    formats.add(strict("uuuu/M/d"));
    formats.add(strict("d.M.uuuu"));
    for (Map<Long, String> months : monthNames()) {
      // "Jan 29, 2021", "January 29 2021", "10 Apr 2022", "29 Sept 2024", "10. April 2022"
      formats.add(withMonthNames(months, true));
      formats.add(withMonthNames(months, false));
    }
    return List.copyOf(formats);
  }

  /** English month names: full, three letters, and "Sept", which people write as often as "Sep". */
  private static List<Map<Long, String>> monthNames() {
    List<Map<Long, String>> styles = new ArrayList<>();
    for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
      Map<Long, String> names = new HashMap<>();
      for (Month month : Month.values()) {
        names.put((long) month.getValue(), month.getDisplayName(style, Locale.ENGLISH));
      }
      styles.add(names);
    }
    styles.add(Map.of((long) Month.SEPTEMBER.getValue(), "Sept"));
    return styles;
  }

  private static DateTimeFormatter withMonthNames(Map<Long, String> months, boolean monthFirst) {
    DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().parseCaseInsensitive();
    if (monthFirst) {
      builder.appendText(ChronoField.MONTH_OF_YEAR, months).optionalStart().appendLiteral('.').optionalEnd()
          .appendLiteral(' ').appendValue(ChronoField.DAY_OF_MONTH)
          .optionalStart().appendLiteral(',').optionalEnd();
    } else {
      builder.appendValue(ChronoField.DAY_OF_MONTH).optionalStart().appendLiteral('.').optionalEnd()
          .appendLiteral(' ').appendText(ChronoField.MONTH_OF_YEAR, months)
          .optionalStart().appendLiteral('.').optionalEnd()
          .optionalStart().appendLiteral(',').optionalEnd();
    }
    return builder.appendLiteral(' ').appendValue(ChronoField.YEAR, 4)
        .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT)
        .withChronology(IsoChronology.INSTANCE);
  }

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }
}
