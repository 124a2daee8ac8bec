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
 * 2021}, {@code 10 Apr 2022}, {@code 29 Sept 2024}, month names of a few other languages
 * ({@code 21. März 2020}, {@code 3 juin 2021}; see {@link #MONTH_LANGUAGES}), {@code 2024/01/02}, with anything after the
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
    java.util.Set<LocalDate> named = new java.util.TreeSet<>();
    for (DateTimeFormatter format : MONTH_NAMES) {
      parsePrefix(format, text).ifPresent(named::add);
    }
    if (named.size() > 1) {
      return new Reading(Optional.empty(), Optional.of("is ambiguous: its month name reads as " + named.stream()
          .map(LocalDate::toString).collect(java.util.stream.Collectors.joining(" and as "))
          + " in different languages; write it as YYYY-MM-DD"));
    }
    if (named.size() == 1) {
      return new Reading(Optional.of(named.iterator().next()), Optional.empty());
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
    return List.copyOf(formats);
  }

  /**
   * The languages whose month names a date may use ({@code 21. März 2020}, {@code 3 juin 2021},
   * {@code 12 maggio 2022}): the Latin-script languages ADRs are most often written in. Each reads
   * apart; a text two of them read as different dates is ambiguous.
   */
  static final List<Locale> MONTH_LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
      Locale.forLanguageTag("es"), Locale.ITALIAN, Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"));

  private static final List<DateTimeFormatter> MONTH_NAMES = monthNameFormats();

  private static List<DateTimeFormatter> monthNameFormats() {
    List<DateTimeFormatter> formats = new ArrayList<>();
    for (Locale language : MONTH_LANGUAGES) {
      for (Map<Long, String> months : monthNames(language)) {
        // "Jan 29, 2021", "January 29 2021", "10 Apr 2022", "29 Sept 2024", "10. April 2022", "21. März 2020"
        formats.add(withMonthNames(months, true));
        formats.add(withMonthNames(months, false));
      }
    }
    return List.copyOf(formats);
  }

  /**
   * A language's month names: full, abbreviated (with and without its dot: {@code janv.},
   * {@code janv}), and in English "Sept", which people write as often as "Sep".
   */
  private static List<Map<Long, String>> monthNames(Locale language) {
    List<Map<Long, String>> styles = new ArrayList<>();
    for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE)) {
      Map<Long, String> names = new HashMap<>();
      Map<Long, String> undotted = new HashMap<>();
      for (Month month : Month.values()) {
        String name = month.getDisplayName(style, language);
        if (name.chars().allMatch(Character::isDigit)) {
          names.clear(); // a JDK without names for this style answers with numbers
          break;
        }
        names.put((long) month.getValue(), name);
        undotted.put((long) month.getValue(), name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
      }
      for (Map<Long, String> map : List.of(names, undotted)) {
        if (!map.isEmpty() && !styles.contains(map) && new java.util.HashSet<>(map.values()).size() == 12) {
          styles.add(map);
        }
      }
    }
    if (language.equals(Locale.ENGLISH)) {
      styles.add(Map.of((long) Month.SEPTEMBER.getValue(), "Sept"));
    }
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
        .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT)
        .withChronology(IsoChronology.INSTANCE);
  }

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }
}
