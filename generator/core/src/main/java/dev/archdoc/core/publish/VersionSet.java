package dev.archdoc.core.publish;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions of a published site and their aliases, as {@code versions.json} holds them (mike's
 * format), plus the default that the root redirects to. Immutable: {@link #with} gives the next set.
 *
 * <p>Order, newest first: versions compare piece by piece, digits as numbers and other text as text
 * ({@code 2.0 > 1.10 > 1.9 > 1.9-rc1 > 1.0}); a version that is a prefix of another is newer than it
 * when the rest starts with a letter or {@code -} (a pre-release) and older otherwise. So the order
 * never depends on the order versions were published in.
 */
record VersionSet(List<Entry> entries, String defaultName) {

  /** One version: its folder name, the title the switcher shows, and the aliases that point to it. */
  record Entry(String version, String title, List<String> aliases) {
    Entry {
      aliases = List.copyOf(aliases);
    }
  }

  private static final Pattern PIECE = Pattern.compile("\\d+|[^\\d]+");
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");
  /** The files a versioned site keeps at its root: no version or alias folder may take their names. */
  private static final Set<String> ROOT_FILES =
      Set.of("versions.json", "versions.js", "index.html", "404.html", "sitemap.xml", DecisionsPage.FILE);

  VersionSet {
    entries = entries.stream().sorted(NEWEST_FIRST).toList();
  }

  static VersionSet empty() {
    return new VersionSet(List.of(), null);
  }

  /**
   * Why a name cannot be a version or alias folder, or empty when it can: a name is one path
   * segment of letters, digits, {@code . _ + -}, starting with a letter or digit (so never {@code .},
   * {@code ..}, a path or a hidden file).
   */
  static Optional<String> problemWithName(String kind, String name) {
    if (name == null || name.isEmpty()) {
      return Optional.of("the " + kind + " is empty");
    }
    if (!SAFE.matcher(name).matches()) {
      return Optional.of("the " + kind + " \"" + name + "\" cannot be a folder name of the site: use letters, digits"
          + " and . _ + - (starting with a letter or digit), no path separators, no \".\" or \"..\"");
    }
    if (ROOT_FILES.contains(name)) {
      return Optional.of("the " + kind + " \"" + name + "\" is the name of a file the versioned site keeps at its root");
    }
    return Optional.empty();
  }

  /**
   * The set after publishing {@code version}: it replaces an entry of the same name (keeping that
   * entry's aliases), its new aliases are taken away from every other version, and the first alias
   * given becomes the default. Without aliases the default stays when it still names something.
   */
  VersionSet with(String version, String title, List<String> aliases) {
    Set<String> given = new LinkedHashSet<>(aliases);
    List<Entry> next = new ArrayList<>();
    Set<String> kept = new LinkedHashSet<>(given);
    for (Entry entry : entries) {
      if (entry.version().equals(version)) {
        kept.addAll(entry.aliases());
        continue;
      }
      next.add(new Entry(entry.version(), entry.title(),
          entry.aliases().stream().filter(a -> !given.contains(a)).toList()));
    }
    next.add(new Entry(version, title == null || title.isBlank() ? version : title, List.copyOf(kept)));
    String nextDefault = given.isEmpty() ? defaultName : given.iterator().next();
    VersionSet candidate = new VersionSet(next, nextDefault);
    return candidate.resolve(nextDefault).isPresent() ? candidate : new VersionSet(next, null);
  }

  /** Every alias name, in the order of the entries. */
  List<String> aliases() {
    return entries.stream().flatMap(e -> e.aliases().stream()).toList();
  }

  /** The version a version or alias name stands for. */
  Optional<String> resolve(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return entries.stream()
        .filter(e -> e.version().equals(name) || e.aliases().contains(name))
        .map(Entry::version).findFirst();
  }

  /** The folder the root redirects to: the default alias, or the newest version. */
  Optional<String> landing() {
    if (defaultName != null && resolve(defaultName).isPresent()) {
      return Optional.of(defaultName);
    }
    return entries.stream().map(Entry::version).findFirst();
  }

  /** The version the landing folder shows. */
  Optional<String> landingVersion() {
    return landing().flatMap(this::resolve);
  }

  String toJson() {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      json.writeStartArray();
      for (Entry entry : entries) {
        json.writeStartObject();
        json.writeStringField("version", entry.version());
        json.writeStringField("title", entry.title());
        json.writeArrayFieldStart("aliases");
        for (String alias : entry.aliases()) {
          json.writeString(alias);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringWriter does not fail
    }
    return text + "\n";
  }

  /** The theme's copy: the same list, the default and the version it names, as a script. */
  String toScript() {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("default", landing().orElse(null));
      json.writeStringField("defaultVersion", landingVersion().orElse(null));
      json.writeStringField("decisions", DecisionsPage.FILE);
      json.writeFieldName("versions");
      json.writeRawValue(toJson().strip());
      json.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return "window.ARCHDOC_VERSIONS = " + text + ";\n";
  }

  /** Reads versions.json; throws when it is not mike's format, so a broken file is never overwritten blindly. */
  static List<Entry> parse(String json) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      expect(parser.nextToken(), JsonToken.START_ARRAY);
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        String version = null;
        String title = null;
        List<String> aliases = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken value = parser.nextToken();
          switch (field) {
            case "version" -> version = parser.getValueAsString();
            case "title" -> title = parser.getValueAsString();
            case "aliases" -> {
              expect(value, JsonToken.START_ARRAY);
              while (parser.nextToken() == JsonToken.VALUE_STRING) {
                aliases.add(parser.getText());
              }
            }
            default -> parser.skipChildren();
          }
        }
        if (version == null) {
          throw new IOException("versions.json: an entry has no \"version\"");
        }
        entries.add(new Entry(version, title == null ? version : title, aliases));
      }
    }
    return entries;
  }

  private static void expect(JsonToken actual, JsonToken wanted) throws IOException {
    if (actual != wanted) {
      throw new IOException("versions.json is not a list of {\"version\", \"title\", \"aliases\"} (found " + actual + ")");
    }
  }

  /** Newest first; see the class doc. */
  static final Comparator<Entry> NEWEST_FIRST = (a, b) -> compareVersions(b.version(), a.version());

  static int compareVersions(String a, String b) {
    Matcher left = PIECE.matcher(a);
    Matcher right = PIECE.matcher(b);
    while (true) {
      boolean hasLeft = left.find();
      boolean hasRight = right.find();
      if (!hasLeft || !hasRight) {
        if (hasLeft == hasRight) {
          return 0;
        }
        String rest = hasLeft ? left.group() : right.group();
        boolean preRelease = !Character.isDigit(rest.charAt(0)) && !rest.startsWith(".");
        int longerIsNewer = preRelease ? -1 : 1;
        return hasLeft ? longerIsNewer : -longerIsNewer;
      }
      String x = left.group();
      String y = right.group();
      boolean numbers = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0));
      int order = numbers ? new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y)) : x.compareTo(y);
      if (order != 0) {
        return order;
      }
    }
  }
}
