package dev.archdoc.core.docs.adr;

import dev.archdoc.core.docs.DecodedText;
import dev.archdoc.core.docs.meta.FrontMatter;
import dev.archdoc.core.docs.meta.MetadataEntry;
import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one ADR file into an {@link Adr}. Metadata is gathered from every place the known formats
 * keep it, in this order of precedence: front matter or AsciiDoc attributes, then the lines
 * between the title and the first section ({@code * Status: accepted} bullets, {@code Date:}
 * lines), then the {@code Status} section (its first line is the status, lines starting with a
 * relation such as "Amended by" are relations), then the {@code Links} section, then a
 * "[Superseded by ...]" marker in front of the title. The first value found for a key wins;
 * relations are collected from all of them.
 */
final class AdrParser {

  private static final String RULE = DriftRule.ADR_INTEGRITY.id();
  private static final Pattern KEY_VALUE =
      Pattern.compile("^(?:\\*\\*|__)?([A-Za-z][A-Za-z _-]{0,30}?)(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?\\s*(.*)$");
  private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
  /** "3. Title", "3: Title", "3) Title", "3 - Title": a number the title clearly marks as one. */
  private static final Pattern MARKED_NUMBER =
      Pattern.compile("^(\\d{1,9})(?:[.:)]|\\s+[-\u2013\u2014])\\s+(\\S.*)$");
  /** "ADR-0004: Title", "ADR 4 - Title", "ADR-4 Title". */
  private static final Pattern ADR_NUMBER =
      Pattern.compile("(?i)^adr[-_ ]?#?(\\d{1,9})(?:\\s*[.:\\-\u2013\u2014|]\\s*|\\s+)(\\S.*)$");
  /** "14 Title": only taken for a number in a numbered file, as adr-tools-style AsciiDoc writes it. */
  private static final Pattern SPACED_NUMBER = Pattern.compile("^(\\d{1,9})\\s+(\\S.*)$");
  /** A title that is all placeholder, as templates write it: {@code {short title ...}}, {@code [title]}, {@code <Title>}. */
  private static final Pattern PLACEHOLDER_TITLE = Pattern.compile("\\{[^{}]*}|\\[[^\\[\\]]*]|<[^<>]*>|TITLE");
  private static final Pattern KEY_SEPARATORS = Pattern.compile("[\\s_]+");
  private static final Pattern BACKTICKS = Pattern.compile("^`|`$");
  private static final Set<String> KNOWN_KEYS =
      Set.of("status", "date", "deciders", "consulted", "informed", "tags", "governs");
  /** Keys whose value the ADR page's metadata table shows (consulted and informed it does not). */
  private static final Set<String> SHOWN_IN_TABLE = Set.of("status", "date", "deciders", "tags");
  private static final Set<String> FRONT_MATTER_METADATA =
      Set.of("status", "date", "deciders", "consulted", "informed");

  private final Path file;
  private final AdrId id;
  private final List<Finding> findings = new ArrayList<>();
  private AdrStatus status;
  private AdrDate date;
  private List<String> deciders;
  private List<String> consulted;
  private List<String> informed;
  private List<String> tags;
  private List<GovernedElement> governs;
  private final Set<StatedRelation> relations = new LinkedHashSet<>();
  private final Map<String, String> extra = new LinkedHashMap<>();
  private final Map<String, Integer> metadataLines = new LinkedHashMap<>();
  /** Lines (0-based) that only say what the page's metadata table shows; the body leaves them out. */
  private final Set<Integer> shownAsMetadata = new java.util.TreeSet<>();
  private String frontMatterTitle;
  private int frontMatterTitleLine;

  private AdrParser(Path file) {
    this.file = file;
    this.id = AdrFileName.idOf(file);
  }

  /** The ADR, when the file could be read at all, and what was wrong with it. */
  record Parsed(Optional<Adr> adr, List<Finding> findings) {}

  static Parsed parse(AdrSource source) {
    return new AdrParser(source.file()).read(source);
  }

  private Parsed read(AdrSource source) {
    DecodedText decoded = DecodedText.decode(source.file(), source.content(), DriftRule.ADR_INTEGRITY.id(), "ADR");
    decoded.problem().ifPresent(findings::add);
    if (decoded.lines().isEmpty()) {
      return new Parsed(Optional.empty(), findings);
    }
    List<String> lines = decoded.lines().get();
    boolean asciidoc = AdrFileName.isAsciiDoc(file);
    Optional<String> title;
    int titleLine;
    int bodyStart;
    Outline outline;
    boolean frontMatterMetadata = false;
    if (asciidoc) {
      AsciiDocHeader header = AsciiDocHeader.read(lines);
      header.attributes().forEach(entry -> apply(entry, true));
      title = header.title();
      titleLine = header.titleLine();
      bodyStart = header.bodyStart();
      outline = Outline.scan(lines, bodyStart, true);
    } else {
      FrontMatter frontMatter = FrontMatter.read(lines, file, 1, RULE);
      findings.addAll(frontMatter.findings());
      for (MetadataEntry entry : frontMatter.entries()) {
        if (entry.shape() == MetadataEntry.Shape.MAPPING) {
          findings.add(Finding.warning(RULE, file, entry.values().get(0).line(), "front matter '" + entry.key()
              + "' is a mapping; write it as text or a list (a {placeholder} must be quoted or replaced)"));
        }
        frontMatterMetadata |= FRONT_MATTER_METADATA.contains(canonicalKey(entry.key()));
        apply(entry, true);
      }
      outline = Outline.scan(lines, frontMatter.bodyStart(), false);
      Optional<Outline.Heading> first = outline.firstHeadingFrom(0);
      if (first.isPresent() && first.get().level() == 1) {
        title = Optional.of(first.get().text());
        titleLine = first.get().index() + 1;
        bodyStart = first.get().index() + 1;
      } else {
        title = Optional.empty();
        titleLine = 0;
        bodyStart = frontMatter.bodyStart();
      }
    }
    int preambleEnd = outline.firstHeadingFrom(bodyStart).map(Outline.Heading::index).orElse(lines.size());
    Preamble preamble = readPreamble(outline, bodyStart, preambleEnd);
    boolean statusSection = readStatusSection(outline);
    readLinksSection(outline);

    String shownTitle;
    if (title.isPresent() && !title.get().isBlank()) {
      shownTitle = cleanTitle(title.get(), titleLine);
    } else if (frontMatterTitle != null) {
      shownTitle = frontMatterTitle;
      titleLine = frontMatterTitleLine;
    } else {
      shownTitle = titleFromFileName();
      titleLine = 0;
      findings.add(Finding.warning(RULE, file, 1, "has no title (a '" + (asciidoc ? "= " : "# ")
          + "Title' line); the file name stands in for it"));
    }
    if (titleLine > 0) {
      metadataLines.put("title", titleLine);
    }
    if (PLACEHOLDER_TITLE.matcher(shownTitle).matches()) {
      findings.add(Finding.warning(RULE, file, Math.max(1, titleLine), "title '" + shownTitle
          + "' is still the template's placeholder; write the decision's title"));
    }
    if (status == null) {
      status = AdrStatus.MISSING;
      findings.add(new Finding(DriftRule.ADR_STATUS.id(), Severity.INFO, file, Math.max(1, titleLine),
          "has no status (MADR makes it optional), so it is shown as 'no status'; state one of proposed,"
              + " accepted, rejected, deprecated or superseded"));
    } else if (status.kind() == StatusKind.UNRECOGNISED) {
      findings.add(Finding.warning(RULE, file, status.line(), "status '" + status.raw()
          + "' is not one of proposed, accepted, rejected, deprecated, superseded; it is shown as written"));
    }
    if (date == null && AdrFileName.isFolderAdr(file)) { // a dated folder (EDC's 2022-02-03-x/README.md) says when
      String stem = AdrFileName.nameStem(file);
      date = AdrFileName.dateOf(stem).map(day -> new AdrDate(stem.substring(0, stem.startsWith(day.toString())
          ? day.toString().length() : 8), day, 0)).orElse(null);
    }
    AdrFormat format = formatOf(asciidoc, frontMatterMetadata, preamble, statusSection);
    String body = bodyWithout(lines, bodyStart, shownAsMetadata);
    Adr adr = new Adr(id, file, format, shownTitle, titleLine, status, Optional.ofNullable(date),
        orEmpty(deciders), orEmpty(consulted), orEmpty(informed), orEmpty(tags), orEmpty(governs),
        List.copyOf(relations), extra, body, bodyStart + 1, metadataLines);
    return new Parsed(Optional.of(adr), findings);
  }

  /**
   * Names the convention the metadata was written in, by where it was found: AsciiDoc by the file
   * type, MADR 3/4 by front matter, MADR 2 by bullets (log4brains when the name is date-prefixed),
   * Nygard by a Status section or {@code Date:} line.
   */
  private AdrFormat formatOf(boolean asciidoc, boolean frontMatterMetadata, Preamble preamble, boolean statusSection) {
    if (asciidoc) {
      return AdrFormat.ASCIIDOC;
    }
    if (frontMatterMetadata) {
      return AdrFormat.MADR_FRONT_MATTER;
    }
    if (preamble.bullets()) {
      boolean datePrefixed = AdrFileName.isDatePrefixed(AdrFileName.nameStem(file));
      return datePrefixed ? AdrFormat.LOG4BRAINS : AdrFormat.MADR_2;
    }
    return statusSection || preamble.plainLines() ? AdrFormat.NYGARD : AdrFormat.PLAIN_MARKDOWN;
  }

  /**
   * The text after the title, with the lines the metadata table already shows (a Nygard
   * {@code Date:} line, MADR 2's status bullets, a Status section that only names the status)
   * left blank, so the page does not say them twice and every other line keeps its number.
   */
  private static String bodyWithout(List<String> lines, int bodyStart, Set<Integer> shown) {
    StringBuilder body = new StringBuilder();
    for (int i = Math.min(bodyStart, lines.size()); i < lines.size(); i++) {
      if (i > bodyStart) {
        body.append('\n');
      }
      body.append(shown.contains(i) ? "" : lines.get(i));
    }
    return body.toString();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  // ---- the places metadata is kept ----------------------------------------------------------

  /** What the lines between the title and the first section held. */
  private record Preamble(boolean bullets, boolean plainLines) {}

  private Preamble readPreamble(Outline outline, int from, int to) {
    boolean bullets = false;
    boolean plainLines = false;
    for (int index : outline.prose(from, to)) {
      String line = outline.line(index);
      Matcher bullet = BULLET.matcher(line);
      String content = bullet.matches() ? bullet.group(1) : line;
      Matcher keyValue = KEY_VALUE.matcher(MetadataText.clean(content));
      if (keyValue.matches() && isKnownKey(keyValue.group(1))) {
        apply(MetadataEntry.text(keyValue.group(1), keyValue.group(2), index + 1), false);
        bullets |= bullet.matches();
        plainLines |= !bullet.matches();
        if (SHOWN_IN_TABLE.contains(canonicalKey(keyValue.group(1)))
            || MetadataText.relationKind(keyValue.group(1)).isPresent()) {
          shownAsMetadata.add(index);
        }
        continue;
      }
      MetadataText.relation(content, index + 1).ifPresent(relation -> relations.addAll(relation.targets()));
      if (MetadataText.isOnlyStatusOrRelation(content)) {
        shownAsMetadata.add(index);
      }
    }
    return new Preamble(bullets, plainLines);
  }

  private boolean readStatusSection(Outline outline) {
    Optional<Outline.Heading> section = outline.section("status");
    if (section.isEmpty()) {
      return false;
    }
    boolean statusFromHere = status == null;
    boolean onlyMetadata = statusFromHere && !outline.hasSubsections(section.get());
    boolean first = true;
    for (int index : outline.proseOf(section.get())) {
      onlyMetadata &= MetadataText.isOnlyStatusOrRelation(stripBullet(outline.line(index)));
      String line = stripBullet(outline.line(index));
      Optional<MetadataText.Relation> relation = MetadataText.relation(line, index + 1);
      if (first) {
        first = false;
        MetadataText.Status read = MetadataText.status(line, index + 1);
        relations.addAll(read.relations());
        if (status == null) {
          status = read.status();
          metadataLines.put("status", index + 1);
        }
        continue;
      }
      relation.ifPresent(r -> relations.addAll(r.targets()));
    }
    if (onlyMetadata && status != null) {
      shownAsMetadata.add(section.get().index());
      shownAsMetadata.addAll(outline.proseOf(section.get()));
    }
    return true;
  }

  private void readLinksSection(Outline outline) {
    outline.section("links").ifPresent(section -> {
      for (int index : outline.proseOf(section)) {
        MetadataText.relation(stripBullet(outline.line(index)), index + 1)
            .ifPresent(relation -> relations.addAll(relation.targets()));
      }
    });
  }

  private static String stripBullet(String line) {
    Matcher bullet = BULLET.matcher(line);
    return bullet.matches() ? bullet.group(1) : line.trim();
  }

  // ---- interpreting one metadata entry ------------------------------------------------------

  private static boolean isKnownKey(String key) {
    String canonical = canonicalKey(key);
    return KNOWN_KEYS.contains(canonical)
        || MetadataText.relationKind(key).isPresent();
  }

  /** The key archdoc knows an entry by: {@code Decision-Makers} and {@code deciders} are one. */
  static String canonicalKey(String key) {
    String normal = KEY_SEPARATORS.matcher(key.trim().toLowerCase(Locale.ROOT)).replaceAll("-");
    return switch (normal) {
      case "decision-makers", "decision-maker", "deciders", "decider" -> "deciders";
      case "tag", "tags" -> "tags";
      default -> normal;
    };
  }

  /** Interprets one entry; {@code keepUnknown} keeps unknown keys (front matter, attributes). */
  private void apply(MetadataEntry entry, boolean keepUnknown) {
    String key = canonicalKey(entry.key());
    if (entry.shape() == MetadataEntry.Shape.MAPPING && isKnownKey(key)) {
      return; // reported by the front-matter reader; a placeholder must not become metadata
    }
    String text = String.join(" ", entry.values().stream().map(MetadataEntry.Value::text).toList()).trim();
    Optional<RelationKind> relationKind = MetadataText.relationKind(key);
    if (relationKind.isPresent()) {
      for (MetadataEntry.Value value : entry.values()) {
        relations.addAll(MetadataText.targets(relationKind.get(), value.text(), value.line()));
      }
      metadataLines.putIfAbsent(relationKind.get().words(), entry.line());
      return;
    }
    switch (key) {
      case "status" -> {
        if (status == null && !text.isEmpty()) {
          MetadataText.Status read = MetadataText.status(text, entry.line());
          status = read.status();
          relations.addAll(read.relations());
          metadataLines.put("status", entry.line());
        }
      }
      case "date" -> {
        if (date == null && !text.isEmpty()) {
          WrittenDate.Reading read = MetadataText.date(text);
          date = new AdrDate(text, read.date().orElse(null), entry.line());
          metadataLines.put("date", entry.line());
          read.problem().ifPresent(problem -> findings.add(Finding.warning(RULE, file, entry.line(), "date '"
              + text + "' " + problem + "; it is shown as written and not ordered")));
        }
      }
      case "deciders" -> {
        if (deciders == null) {
          deciders = names(entry);
          metadataLines.put("deciders", entry.line());
        }
      }
      case "consulted" -> {
        if (consulted == null) {
          consulted = names(entry);
          metadataLines.put("consulted", entry.line());
        }
      }
      case "informed" -> {
        if (informed == null) {
          informed = names(entry);
          metadataLines.put("informed", entry.line());
        }
      }
      case "tags" -> {
        if (tags == null) {
          tags = tags(entry);
          metadataLines.put("tags", entry.line());
        }
      }
      case "governs" -> {
        if (governs == null) {
          governs = governed(entry);
          metadataLines.put("governs", entry.line());
        }
      }
      case "title" -> {
        if (frontMatterTitle == null && !text.isEmpty()) {
          frontMatterTitle = text;
          frontMatterTitleLine = entry.line();
        }
      }
      default -> {
        if (keepUnknown) {
          extra.putIfAbsent(entry.key(), text);
        }
      }
    }
  }

  private static List<String> names(MetadataEntry entry) {
    List<String> names = new ArrayList<>();
    for (MetadataEntry.Value value : entry.values()) {
      if (entry.shape() == MetadataEntry.Shape.LIST) {
        names.add(MetadataText.clean(value.text()));
      } else {
        names.addAll(MetadataText.splitList(value.text()));
      }
    }
    names.removeIf(String::isBlank);
    return names;
  }

  /** Tags: a list, or text separated by commas and/or spaces, as log4brains writes them. */
  private static List<String> tags(MetadataEntry entry) {
    if (entry.shape() == MetadataEntry.Shape.LIST) {
      return names(entry);
    }
    List<String> tags = new ArrayList<>();
    for (String item : names(entry)) {
      for (String word : item.split("\\s+")) {
        if (!word.isBlank()) {
          tags.add(word);
        }
      }
    }
    return tags;
  }

  private static List<GovernedElement> governed(MetadataEntry entry) {
    List<GovernedElement> governed = new ArrayList<>();
    for (MetadataEntry.Value value : entry.values()) {
      List<String> items = entry.shape() == MetadataEntry.Shape.LIST
          ? List.of(MetadataText.clean(value.text())) : MetadataText.splitList(value.text());
      for (String item : items) {
        String reference = BACKTICKS.matcher(item).replaceAll("").trim();
        if (!reference.isEmpty()) {
          governed.add(new GovernedElement(reference, value.line()));
        }
      }
    }
    return governed;
  }

  // ---- the title ----------------------------------------------------------------------------

  /**
   * Drops what is not the title proper: a number ({@code 3. Title}, {@code ADR-0004: Title}; a
   * bare {@code 14 Title} only in a numbered file) and a leading status marker
   * ({@code [Superseded by [ADR-0019](...)] Title}), whose relation is kept.
   */
  private String cleanTitle(String written, int line) {
    String title = written.trim();
    if (title.startsWith("[")) {
      int close = matchingBracket(title);
      if (close > 0) {
        String marker = title.substring(1, close);
        MetadataText.Status read = MetadataText.status(marker, line);
        if (read.status().kind() != StatusKind.UNRECOGNISED && !title.substring(close + 1).isBlank()) {
          relations.addAll(read.relations());
          if (status == null) {
            status = read.status();
            metadataLines.put("status", line);
          }
          title = title.substring(close + 1).trim();
        }
      }
    }
    Matcher number = null;
    for (Matcher candidate : List.of(MARKED_NUMBER.matcher(title), ADR_NUMBER.matcher(title))) {
      if (number == null && candidate.matches()) {
        number = candidate;
      }
    }
    Matcher spaced = SPACED_NUMBER.matcher(title);
    if (number == null && id.isNumbered() && spaced.matches()) {
      number = spaced;
    }
    if (number != null) {
      int titleNumber = Integer.parseInt(number.group(1));
      if (id.isNumbered() && titleNumber != id.number()) {
        findings.add(new Finding(RULE, Severity.INFO, file, line,
            "the title says " + titleNumber + " but the file name says " + id.number()
                + "; the file name wins, this is " + id.display()));
      }
      title = number.group(2).trim();
    }
    return title;
  }

  /** The index of the {@code ]} closing the {@code [} at index 0, or -1. */
  private static int matchingBracket(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private String titleFromFileName() {
    String stem = AdrFileName.nameStem(file);
    String words = stem.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}|\\d+)[-_. ]*", "")
        .replaceFirst("(?i)^adr[-_ ]?\\d+[-_. ]*", "")
        .replaceAll("[-_]+", " ")
        .trim();
    if (words.isEmpty()) {
      return id.display();
    }
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
