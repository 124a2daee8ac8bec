package dev.archdoc.core.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * format), plus the site's own state: the default that the root redirects to and the address the
 * site is served at. Immutable: {@link #with} gives the next set.
 *
 * <p>All of it is kept in versions.json, nowhere else: mike's list of {@code {version, title,
 * aliases, properties}}, where archdoc writes into each entry's {@code properties.archdoc} the
 * commit the version was built from, and into the first entry's (the newest version's) {@code
 * properties.archdoc.site} the default and the site URL. mike reads such a file as its own.
 *
 * <p>Order, newest first: versions compare piece by piece, digits as numbers and other text as text
 * ({@code 2.0 > 1.10 > 1.9 > 1.9-rc1 > 1.0}); a version that is a prefix of another is newer than it
 * when the rest starts with a letter or {@code -} (a pre-release) and older otherwise. So the order
 * never depends on the order versions were published in.
 */
record VersionSet(List<Entry> entries, String defaultName, String siteUrl) {

  /**
   * One version: its folder name, the title the switcher shows, the aliases that point to it, and
   * mike's free-form {@code properties} (null when none), where archdoc records the commit the
   * version was built from under {@code "archdoc"}; other keys are kept as they are.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Entry(String version, String title, List<String> aliases, JsonNode properties) {
    Entry {
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    Entry(String version, String title, List<String> aliases) {
      this(version, title, aliases, null);
    }

    /** The commit the version was built from, when archdoc recorded it. */
    Optional<String> commit() {
      JsonNode commit = properties == null ? null : properties.path(PROPERTY).get("commit");
      return commit != null && commit.isTextual() ? Optional.of(commit.asText()) : Optional.empty();
    }

    /** Whether the work tree had changes the commit does not hold when the version was built. */
    boolean dirty() {
      return properties != null && properties.path(PROPERTY).path("dirty").asBoolean(false);
    }

    /** This entry recording {@code source} as where it was built from (other properties kept). */
    Entry builtFrom(Optional<SourceState> source) {
      ObjectNode next = properties != null && properties.isObject() ? ((ObjectNode) properties).deepCopy()
          : JsonNodeFactory.instance.objectNode();
      next.remove(PROPERTY);
      source.ifPresent(s -> {
        ObjectNode ours = next.putObject(PROPERTY);
        if (s.commit() != null) {
          ours.put("commit", s.commit());
        }
        ours.put("dirty", s.dirty());
      });
      return new Entry(version, title, aliases, next.isEmpty() ? null : next);
    }

    /** The site's state this entry carries ({@code properties.archdoc.site}), if any. */
    Optional<JsonNode> siteState() {
      JsonNode site = properties == null ? null : properties.path(PROPERTY).get(SITE);
      return site != null && site.isObject() ? Optional.of(site) : Optional.empty();
    }

    /** This entry carrying {@code site} as the site's state (none when null or empty). */
    Entry withSiteState(ObjectNode site) {
      ObjectNode next = properties != null && properties.isObject() ? ((ObjectNode) properties).deepCopy()
          : JsonNodeFactory.instance.objectNode();
      JsonNode ours = next.get(PROPERTY);
      ObjectNode archdoc = ours != null && ours.isObject() ? (ObjectNode) ours : JsonNodeFactory.instance.objectNode();
      archdoc.remove(SITE);
      if (site != null && !site.isEmpty()) {
        archdoc.set(SITE, site);
      }
      if (archdoc.isEmpty()) {
        next.remove(PROPERTY);
      } else {
        next.set(PROPERTY, archdoc);
      }
      return new Entry(version, title, aliases, next.isEmpty() ? null : next);
    }

    Entry retitled(String newTitle) {
      return new Entry(version, newTitle, aliases, properties);
    }

    Entry withAliases(List<String> newAliases) {
      return new Entry(version, title, newAliases, properties);
    }
  }

  /** The key of {@code properties} archdoc writes. */
  static final String PROPERTY = "archdoc";
  /** The key, under {@link #PROPERTY} of the first entry, of the site's own state. */
  static final String SITE = "site";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private static final Pattern PIECE = Pattern.compile("\\d+|[^\\d]+");
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");
  /** The files a versioned site keeps at its root: no version or alias folder may take their names. */
  private static final Set<String> ROOT_FILES =
      Set.of("versions.json", "versions.js", "index.html", "404.html", "sitemap.xml", DecisionsPage.FILE);

  VersionSet {
    entries = entries.stream().sorted(NEWEST_FIRST).toList();
  }

  VersionSet(List<Entry> entries, String defaultName) {
    this(entries, defaultName, null);
  }

  static VersionSet empty() {
    return new VersionSet(List.of(), null);
  }

  /** This set served at {@code url} (absolute, ending in {@code /}; null: unknown). */
  VersionSet withSiteUrl(String url) {
    return new VersionSet(entries, defaultName, url);
  }

  /** The address the site is served at, when it was given once. */
  Optional<String> site() {
    return Optional.ofNullable(siteUrl);
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
    return with(version, title, aliases, Optional.empty());
  }

  /** As {@link #with(String, String, List)}, recording where the version was built from. */
  VersionSet with(String version, String title, List<String> aliases, Optional<SourceState> source) {
    Set<String> given = new LinkedHashSet<>(aliases);
    List<Entry> next = new ArrayList<>();
    Set<String> kept = new LinkedHashSet<>(given);
    Entry previous = null;
    for (Entry entry : entries) {
      if (entry.version().equals(version)) {
        kept.addAll(entry.aliases());
        previous = entry;
        continue;
      }
      next.add(entry.withAliases(entry.aliases().stream().filter(a -> !given.contains(a)).toList()));
    }
    Entry added = new Entry(version, title == null || title.isBlank() ? version : title, List.copyOf(kept),
        previous == null ? null : previous.properties());
    next.add(added.builtFrom(source));
    String nextDefault = given.isEmpty() ? defaultName : given.iterator().next();
    VersionSet candidate = new VersionSet(next, nextDefault, siteUrl);
    return candidate.resolve(nextDefault).isPresent() ? candidate : new VersionSet(next, null, siteUrl);
  }

  /**
   * The set without {@code name}: a version goes with its aliases; an alias alone goes, its version
   * stays (as mike's delete). The default is dropped when it no longer names anything.
   *
   * @throws IllegalArgumentException when the site has no version or alias of that name
   */
  VersionSet without(String name) {
    require(name);
    List<Entry> next = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.version().equals(name)) {
        continue;
      }
      next.add(entry.withAliases(entry.aliases().stream().filter(a -> !a.equals(name)).toList()));
    }
    VersionSet candidate = new VersionSet(next, defaultName, siteUrl);
    return candidate.resolve(defaultName).isPresent() ? candidate : new VersionSet(next, null, siteUrl);
  }

  /** The set whose root opens on {@code name}, a version or an alias. */
  VersionSet withDefault(String name) {
    require(name);
    return new VersionSet(entries, name, siteUrl);
  }

  /** The set with the version {@code name} stands for shown as {@code title}. */
  VersionSet retitled(String name, String title) {
    String version = require(name);
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("the title is empty");
    }
    return new VersionSet(entries.stream().map(e -> e.version().equals(version) ? e.retitled(title) : e).toList(),
        defaultName, siteUrl);
  }

  /** The version {@code name} stands for; throws naming what the site has when it has no such name. */
  private String require(String name) {
    return resolve(name).orElseThrow(() -> new IllegalArgumentException("the site has no version or alias \"" + name
        + "\"" + (entries.isEmpty() ? " (it has no versions)" : "; it has " + String.join(", ",
            entries.stream().map(e -> e.version() + (e.aliases().isEmpty() ? "" : " (" + String.join(", ", e.aliases())
                + ")")).toList()))));
  }

  /** The entry of a version or alias name. */
  Optional<Entry> find(String name) {
    return resolve(name).flatMap(v -> entries.stream().filter(e -> e.version().equals(v)).findFirst());
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

  /** versions.json: the entries, the first carrying the default and the site URL. */
  String toJson() {
    ObjectNode site = JsonNodeFactory.instance.objectNode();
    if (defaultName != null) {
      site.put("default", defaultName);
    }
    if (siteUrl != null) {
      site.put("siteUrl", siteUrl);
    }
    List<Entry> written = new ArrayList<>();
    for (Entry entry : entries) {
      written.add(entry.withSiteState(written.isEmpty() ? site : null));
    }
    try {
      return JSON.writeValueAsString(written) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // records of strings and JSON trees always serialize
    }
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

  /**
   * The set of {@code entries} as {@link #parse} read them, with the site's state they carry; empty
   * when they carry none (a site an older archdoc, or mike, wrote).
   */
  static Optional<VersionSet> withState(List<Entry> entries) {
    Optional<JsonNode> site = entries.stream().map(Entry::siteState).flatMap(Optional::stream).findFirst();
    List<Entry> plain = entries.stream().map(e -> e.withSiteState(null)).toList();
    return site.map(state -> new VersionSet(plain, text(state, "default"), text(state, "siteUrl")));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
  }

  /** Whether {@code json} is a JSON list, as every versions.json is. */
  static boolean isList(String json) {
    try {
      JsonNode tree = JSON.readTree(json);
      return tree != null && tree.isArray();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** Reads versions.json; throws when it is not mike's format, so a broken file is never overwritten blindly. */
  static List<Entry> parse(String json) throws IOException {
    JsonNode tree;
    try {
      tree = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IOException("versions.json is not JSON (line " + e.getLocation().getLineNr() + "): "
          + e.getOriginalMessage());
    }
    if (tree == null || !tree.isArray()) {
      throw new IOException("versions.json is not a list of {\"version\", \"title\", \"aliases\"}");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode item : tree) {
      if (!item.isObject() || !item.path("version").isTextual()) {
        throw new IOException("versions.json: an entry has no \"version\" (" + item + ")");
      }
      JsonNode aliases = item.path("aliases");
      if (!aliases.isMissingNode() && !aliases.isNull() && !aliases.isArray()) {
        throw new IOException("versions.json: the aliases of " + item.get("version").asText() + " are not a list");
      }
      Entry entry;
      try {
        entry = JSON.treeToValue(item, Entry.class);
      } catch (JsonProcessingException e) {
        throw new IOException("versions.json: the entry of " + item.get("version").asText() + " cannot be read: "
            + e.getOriginalMessage());
      }
      // the file is untrusted (a branch anyone with push rights wrote): a name that is no plain
      // folder name ("../x") would make the alias folders or the deletes land outside the site
      for (String name : concat(entry.version(), entry.aliases())) {
        Optional<String> problem = problemWithName(name.equals(entry.version()) ? "version" : "alias", name);
        if (problem.isPresent()) {
          throw new IOException("versions.json: " + problem.get() + "; fix or remove that entry, nothing was changed");
        }
      }
      entries.add(entry.title() == null ? new Entry(entry.version(), entry.version(), entry.aliases(),
          entry.properties()) : entry);
    }
    return entries;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
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
