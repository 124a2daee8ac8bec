package dev.archdoc.core.docs.adr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the small languages inside metadata values: statuses ("Accepted on 2020-01-01",
 * "superseded by [ADR-0019](0019-x.md)"), relation statements ("Amended by [9. Help
 * scripts](0009-help-scripts.md)", "Supercedes 3"), comma lists and dates.
 */
final class MetadataText {

  private static final Pattern STATUS_WORD = Pattern.compile(
      "(?i)(proposed|accepted|rejected|deprecated|superseded|superceded)\\b(.*)", Pattern.DOTALL);
  private static final Pattern BARE_STATUS =
      Pattern.compile("(?i)(proposed|accepted|rejected|deprecated|superseded|superceded)[.!]?");
  private static final Pattern ONLY_IDS_AND_SEPARATORS =
      Pattern.compile("(?i)(?:\\s|[,;.]|\\band\\b|(?:adr[-_ ]?)?#?\\d{1,9})*");
  /** Where one clause of a status ends: "accepted; supersedes ADR-0045", "Accepted (amends 3)". */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("\\s*[;()]\\s*|\\s+[-\u2013\u2014]\\s+");
  private static final Pattern CLAUSE_LEAD = Pattern.compile("(?i)^[\\s,.:]*(?:(?:and|but)\\s+)?");
  private static final Pattern RELATION = Pattern.compile(
      "(?i)(superseded\\s+by|superceded\\s+by|supersedes|supercedes|amended\\s+by|amends"
          + "|relates\\s+to|related\\s+to)\\b\\s*:?\\s*(.*)", Pattern.DOTALL);
  private static final Pattern MARKDOWN_LINK =
      Pattern.compile("\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern ASCIIDOC_LINK = Pattern.compile("(?:link|xref):([^\\[\\s]+)\\[([^\\]]*)\\]");
  private static final Pattern ASCIIDOC_XREF = Pattern.compile("<<([^,>]+)(?:,\\s*([^>]*))?>>");
  private static final Pattern URL_SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]*:.*");
  private static final Pattern EXPLICIT_ADR_ID = Pattern.compile("(?i)\\badr[-_ ]?#?(\\d{1,9})\\b");
  private static final Pattern ID_TOKEN = Pattern.compile("(?i)(?:adr[-_]?)?#?\\d{1,9}");
  private static final Pattern SLUG_TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.#-]*");
  private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?(-->|$)");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]");
  private static final Pattern LEADING_EMPHASIS = Pattern.compile("^[*_]+(?=\\S)");
  private static final Pattern TRAILING_EMPHASIS = Pattern.compile("(?<=\\S)[*_]+$");
  private static final Map<String, RelationKind> RELATION_WORDS = Map.of(
      "supersededby", RelationKind.SUPERSEDED_BY,
      "supercededby", RelationKind.SUPERSEDED_BY,
      "supersedes", RelationKind.SUPERSEDES,
      "supercedes", RelationKind.SUPERSEDES,
      "amendedby", RelationKind.AMENDED_BY,
      "amends", RelationKind.AMENDS,
      "relatesto", RelationKind.RELATES_TO,
      "relatedto", RelationKind.RELATES_TO);

  private MetadataText() {}

  /** A status text read: its kind, the text shown, and any relation it states ("superseded by X"). */
  record Status(AdrStatus status, List<StatedRelation> relations) {}

  /**
   * Reads a status as written. The known statuses are matched case-insensitively at the start
   * ({@code Accepted.}, {@code proposed. Prose...}, {@code Superseded - see #339}); anything else
   * is kept as written and marked unrecognised. A superseded status names its successor after
   * "by".
   */
  static Status status(String written, int line) {
    String text = clean(written);
    Matcher word = STATUS_WORD.matcher(text);
    if (!word.matches()) {
      return new Status(new AdrStatus(StatusKind.UNRECOGNISED, text, line), List.of());
    }
    StatusKind kind = switch (word.group(1).toLowerCase(Locale.ROOT)) {
      case "proposed" -> StatusKind.PROPOSED;
      case "accepted" -> StatusKind.ACCEPTED;
      case "rejected" -> StatusKind.REJECTED;
      case "deprecated" -> StatusKind.DEPRECATED;
      default -> StatusKind.SUPERSEDED;
    };
    List<StatedRelation> relations = new ArrayList<>();
    Optional<Relation> relation = relation(text, line);
    if (relation.isPresent()) {
      relations.addAll(relation.get().targets());
    } else {
      // "accepted; supersedes ADR-0045", "Accepted (amends ADR-3)": each further clause may state one
      for (String clause : CLAUSE_BREAK.split(word.group(2))) {
        relation(CLAUSE_LEAD.matcher(clause).replaceFirst(""), line).ifPresent(stated -> relations.addAll(stated.targets()));
      }
    }
    return new Status(new AdrStatus(kind, text, line), relations);
  }

  /** A relation statement: its kind and the targets it names (possibly none, e.g. a URL). */
  record Relation(RelationKind kind, List<StatedRelation> targets) {}

  /** Reads "Superseded by X", "Amends [5. Foo](0005-foo.md)", ...; empty when the text is not one. */
  static Optional<Relation> relation(String written, int line) {
    Matcher matcher = RELATION.matcher(clean(written));
    if (!matcher.matches()) {
      return Optional.empty();
    }
    RelationKind kind = relationKind(matcher.group(1)).orElseThrow();
    return Optional.of(new Relation(kind, targets(kind, matcher.group(2), line)));
  }

  /**
   * Whether a line says nothing but what the metadata table and banner of an ADR's page show: a
   * bare status ({@code Accepted.}) or a relation naming only its targets ({@code Superseded by
   * [7. Reads](0007-reads.md)}, {@code Supercedes 3}). "Accepted, but only for the core" is not.
   */
  static boolean isOnlyStatusOrRelation(String written) {
    String text = clean(written);
    if (BARE_STATUS.matcher(text).matches()) {
      return true;
    }
    Matcher matcher = RELATION.matcher(text);
    if (!matcher.matches()) {
      return false;
    }
    String named = matcher.group(2);
    if (targets(RelationKind.RELATES_TO, named, 0).isEmpty()) {
      return false;
    }
    String rest = ASCIIDOC_XREF.matcher(ASCIIDOC_LINK.matcher(MARKDOWN_LINK.matcher(named).replaceAll(" "))
        .replaceAll(" ")).replaceAll(" ");
    return ONLY_IDS_AND_SEPARATORS.matcher(rest).matches();
  }

  /** The relation a metadata key names ({@code superseded-by}, {@code Supercedes}), if any. */
  static Optional<RelationKind> relationKind(String key) {
    String compact = NOT_LETTERS.matcher(key.toLowerCase(Locale.ROOT)).replaceAll("");
    return Optional.ofNullable(RELATION_WORDS.get(compact));
  }

  /**
   * The ADRs a relation's text names. Links to files ({@code [5. Foo](0005-foo.md)},
   * {@code link:0007-x.adoc[ADR-0007]}) name their targets; links to web pages name none.
   * Without links, a text made only of ids ({@code 3}, {@code ADR-4, ADR-0005}) or of a single
   * slug names those; in any other prose only explicit {@code ADR-n} mentions count, so that
   * "superseded in 2021 by the new design" names no ADR 2021.
   */
  static List<StatedRelation> targets(RelationKind kind, String text, int line) {
    List<StatedRelation> targets = new ArrayList<>();
    boolean sawLink = false;
    for (Matcher link = MARKDOWN_LINK.matcher(text); link.find(); ) {
      sawLink = true;
      addLink(targets, kind, link.group(1), link.group(2), line);
    }
    for (Matcher link = ASCIIDOC_LINK.matcher(text); link.find(); ) {
      sawLink = true;
      addLink(targets, kind, link.group(2), link.group(1), line);
    }
    for (Matcher link = ASCIIDOC_XREF.matcher(text); link.find(); ) {
      sawLink = true;
      addLink(targets, kind, link.group(2) == null ? link.group(1) : link.group(2), link.group(1), line);
    }
    if (sawLink) {
      return targets;
    }
    String bare = text.replaceAll("[\\[\\](){}]", " ").replaceAll("[.;]+\\s*$", "").trim();
    List<String> tokens = new ArrayList<>();
    for (String token : bare.split("\\s*,\\s*|\\s+(?i:and)\\s+|\\s+")) {
      if (!token.isBlank()) {
        tokens.add(token.trim());
      }
    }
    if (!tokens.isEmpty() && tokens.stream().allMatch(token -> ID_TOKEN.matcher(token).matches())) {
      tokens.forEach(token -> targets.add(new StatedRelation(kind, token, "", line)));
    } else if (tokens.size() == 1 && SLUG_TOKEN.matcher(tokens.get(0)).matches()) {
      targets.add(new StatedRelation(kind, tokens.get(0), "", line));
    } else {
      for (Matcher id = EXPLICIT_ADR_ID.matcher(text); id.find(); ) {
        targets.add(new StatedRelation(kind, id.group(), "", line));
      }
    }
    return targets;
  }

  private static void addLink(List<StatedRelation> targets, RelationKind kind, String label, String link, int line) {
    String target = link.trim();
    if (target.isEmpty() || (URL_SCHEME.matcher(target).matches() && !target.startsWith("file:"))) {
      return;
    }
    targets.add(new StatedRelation(kind, label.trim(), target, line));
  }

  /**
   * Splits a list written as text: commas separate, surrounding brackets are dropped, and commas
   * inside parentheses stay ("Fredrik (and others, I think)" is one entry).
   */
  static List<String> splitList(String written) {
    String text = clean(written);
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1);
    }
    List<String> items = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (char c : text.toCharArray()) {
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
      if (c == ',' && depth == 0) {
        addItem(items, current);
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    addItem(items, current);
    return items;
  }

  private static void addItem(List<String> items, CharSequence item) {
    String text = clean(item.toString());
    if (!text.isEmpty()) {
      items.add(text);
    }
  }

  private static String unquote(String text) {
    if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
        || text.startsWith("'") && text.endsWith("'"))) {
      return text.substring(1, text.length() - 1).trim();
    }
    return text;
  }

  /** The date a text starts with, read as people write it (see {@link WrittenDate}), or why it is none. */
  static WrittenDate.Reading date(String text) {
    return WrittenDate.read(clean(text));
  }

  private static boolean isEmphasis(char c) {
    return c == '*' || c == '_';
  }

  /** A value without HTML comments, surrounding emphasis and quotes. */
  static String clean(String text) {
    String cleaned = text.contains("<!--") ? HTML_COMMENT.matcher(text).replaceAll("").trim() : text.trim();
    if (!cleaned.isEmpty() && (isEmphasis(cleaned.charAt(0)) || isEmphasis(cleaned.charAt(cleaned.length() - 1)))) {
      cleaned = LEADING_EMPHASIS.matcher(cleaned).replaceAll("");
      cleaned = TRAILING_EMPHASIS.matcher(cleaned).replaceAll("").trim();
    }
    return unquote(cleaned);
  }
}
