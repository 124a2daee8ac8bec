package dev.archdoc.core.docs.adr;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file name says: whether the file is an ADR at all, and its id.
 *
 * <p>Not ADRs: files other than Markdown or AsciiDoc; hidden files; {@code README} and
 * {@code index} pages; anything inside a {@code template}/{@code templates} folder; and template
 * files. A name is a template when, after an optional leading number, it is just
 * {@code template} ({@code template.md}, {@code 0000-template.md}); when an unnumbered name starts
 * with {@code template} or ends with it ({@code template-short.md}, {@code nygard-template.md});
 * or when it is a tool's template ({@code adr-template*.md}, {@code madr-template*.md}). A
 * numbered ADR that merely talks about templates ({@code 0042-use-a-template-engine.md}) is an ADR.
 *
 * <p>Ids: the number of {@code NNNN-title}, {@code NNN-title} or {@code adr-NNN-title} (any
 * 1 to 9 digits); the whole name without extension for date-prefixed names
 * ({@code YYYYMMDD-slug}, {@code YYYY-MM-DD-slug}, as log4brains writes them) and unnumbered ones.
 *
 * <p>A folder per ADR: the {@code README} (or {@code index}) of a folder named like an ADR, dated
 * or numbered ({@code decision-records/2022-02-03-integration-testing/README.md}, as Eclipse EDC
 * keeps them, with the ADR's images beside it), is that ADR, and the folder's name says its id,
 * date and title as a file name would.
 */
final class AdrFileName {

  private static final Set<String> EXTENSIONS = Set.of("md", "markdown", "adoc", "asciidoc", "asc");
  private static final Set<String> ASCIIDOC_EXTENSIONS = Set.of("adoc", "asciidoc", "asc");
  private static final Set<String> PAGES = Set.of("readme", "index", "_index", "toc", "license", "changelog");
  private static final Set<String> TEMPLATE_FOLDERS = Set.of("template", "templates", "_template", "_templates");
  private static final Set<String> TEMPLATE_OWNERS = Set.of("adr", "madr", "decision", "decisions", "record");
  private static final Pattern NUMBERED = Pattern.compile("(?i)(?:adr[-_ ]?)?(\\d{1,9})(?:[-_. ](.*))?");
  private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:[-_. ].*)?");
  private static final Pattern DASHED_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[-_. ].*)?");

  private AdrFileName() {}

  /** Whether the file (relative to the project root) should be read as an ADR. */
  static boolean isAdr(Path file) {
    String name = file.getFileName().toString();
    if (name.startsWith(".") || !EXTENSIONS.contains(extension(name))) {
      return false;
    }
    for (int i = 0; i < file.getNameCount() - 1; i++) {
      if (TEMPLATE_FOLDERS.contains(file.getName(i).toString().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    if (isFolderAdr(file)) {
      return true;
    }
    String stem = stem(name).toLowerCase(Locale.ROOT);
    if (isAdrFolder(file.getParent()) && !isDatePrefixed(stem) && !NUMBERED.matcher(stem).matches()) {
      return false; // a part of a folder ADR (EDC's 2022-11-09-api-refactoring/renaming.md): a page of it
    }
    return !PAGES.contains(stem) && !isTemplate(stem);
  }

  /**
   * Whether the file is the {@code README} or {@code index} of a folder that is one ADR: a folder
   * named {@code YYYY-MM-DD-slug}, {@code YYYYMMDD-slug} or {@code NNNN-slug} (not a template).
   */
  static boolean isFolderAdr(Path file) {
    String name = file.getFileName().toString();
    String stem = stem(name).toLowerCase(Locale.ROOT);
    if (!(stem.equals("readme") || stem.equals("index")) || !EXTENSIONS.contains(extension(name))) {
      return false;
    }
    return isAdrFolder(file.getParent());
  }

  /** Whether a folder is named like one ADR: dated or numbered, then a slug, and not a template. */
  private static boolean isAdrFolder(Path parent) {
    if (parent == null || parent.getFileName() == null) {
      return false;
    }
    String folder = parent.getFileName().toString();
    if (folder.startsWith(".") || isTemplate(folder.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (isDatePrefixed(folder)) {
      return true;
    }
    Matcher numbered = NUMBERED.matcher(folder);
    return numbered.matches() && numbered.group(2) != null && !numbered.group(2).isBlank();
  }

  /**
   * The name that says an ADR's id, date and title: its folder's for a folder ADR, else the file
   * name without its extension.
   */
  static String nameStem(Path file) {
    return isFolderAdr(file) ? file.getParent().getFileName().toString() : stem(file.getFileName().toString());
  }

  /** The date a date-prefixed name starts with ({@code 2022-02-03-integration-testing}), if any. */
  static Optional<LocalDate> dateOf(String stem) {
    for (Pattern pattern : List.of(DASHED_DATE, COMPACT_DATE)) {
      Matcher date = pattern.matcher(stem);
      if (date.matches() && isDate(date)) {
        return Optional.of(LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
            Integer.parseInt(date.group(3))));
      }
    }
    return Optional.empty();
  }

  /** Whether a Markdown or AsciiDoc file is a template: by its name or a template folder it is in. */
  static boolean isTemplateFile(Path file) {
    String name = file.getFileName().toString();
    if (!EXTENSIONS.contains(extension(name))) {
      return false;
    }
    for (int i = 0; i < file.getNameCount() - 1; i++) {
      if (TEMPLATE_FOLDERS.contains(file.getName(i).toString().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return isTemplate(stem(name).toLowerCase(Locale.ROOT));
  }

  static boolean isAsciiDoc(Path file) {
    return ASCIIDOC_EXTENSIONS.contains(extension(file.getFileName().toString()));
  }

  static boolean isTemplate(String lowerStem) {
    if (isDatePrefixed(lowerStem)) {
      return false;
    }
    Matcher numbered = NUMBERED.matcher(lowerStem);
    if (numbered.matches()) {
      String rest = numbered.group(2);
      return rest == null || rest.equals("template") || rest.equals("templates");
    }
    List<String> words = List.of(lowerStem.split("[-_. ]+"));
    if (words.isEmpty()) {
      return false;
    }
    String first = words.get(0);
    String last = words.get(words.size() - 1);
    return first.startsWith("template")
        || last.equals("template")
        || (words.size() > 1 && TEMPLATE_OWNERS.contains(first) && words.get(1).startsWith("template"));
  }

  /** The id the file name gives: its number, or its slug (the name without extension). */
  static AdrId idOf(Path file) {
    String stem = nameStem(file);
    Optional<Integer> number = numberOf(stem);
    return number.isPresent() ? AdrId.of(number.get()) : AdrId.of(stem);
  }

  static Optional<Integer> numberOf(String stem) {
    if (isDatePrefixed(stem)) {
      return Optional.empty();
    }
    Matcher numbered = NUMBERED.matcher(stem);
    return numbered.matches() ? Optional.of(Integer.parseInt(numbered.group(1))) : Optional.empty();
  }

  static boolean isDatePrefixed(String stem) {
    Matcher dashed = DASHED_DATE.matcher(stem);
    if (dashed.matches()) {
      return isDate(dashed);
    }
    Matcher compact = COMPACT_DATE.matcher(stem);
    return compact.matches() && isDate(compact);
  }

  private static boolean isDate(Matcher date) {
    try {
      int year = Integer.parseInt(date.group(1));
      LocalDate.of(year, Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
      return year >= 1970 && year <= 2999;
    } catch (DateTimeException e) {
      return false;
    }
  }

  static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
