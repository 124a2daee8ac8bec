package dev.archdoc.core.publish;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import dev.archdoc.core.publish.DecisionChanges.Change;
import dev.archdoc.core.publish.DecisionChanges.SystemChanges;
import dev.archdoc.core.publish.DecisionSnapshot.Recorded;
import dev.archdoc.core.publish.DecisionSnapshot.SystemDecisions;
import dev.archdoc.core.site.ThemeFolder;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The root page of a versioned site that follows the decisions across versions ({@value #FILE}):
 * per version, newest first, the decisions in force and what changed since the version before
 * (plain HTML, so it reads without scripts and from {@code file://}); and a form that compares any
 * two versions, run by the theme's {@code decisions-across-versions.js} over the snapshots the page
 * carries, which draws its answer from the parts the template keeps in a {@code <template>} element
 * (one list item per kind of change, in the generator's order and with its labels). It is drawn by the theme's {@code decisions-across-versions.mustache} (the changes of a
 * system by the partial {@code decisions-across-versions-changes.mustache}), so a project's
 * override applies and every value is escaped by the template engine; its look and script come
 * from the project's theme folder when it has them, from the default theme otherwise, and are put
 * inside the page, which then needs no file but the newest version's stylesheet. Every value of it
 * comes from versions.json and the versions' records, which are not trusted.
 */
final class DecisionsPage {

  static final String FILE = "decisions.html";
  private static final String SCRIPT = "decisions-across-versions.js";
  private static final String STYLE = "decisions-across-versions.css";
  private static final String TEMPLATE = "decisions-across-versions";
  private static final String CHANGES = "decisions-across-versions-changes";

  /** A version and what it recorded: the snapshot, or why there is none. */
  record VersionDecisions(VersionSet.Entry entry, Optional<DecisionSnapshot> snapshot, String missingBecause) {}

  private DecisionsPage() {}

  /** Reads every version's snapshot from the site at {@code root}; an unreadable one is shown as missing. */
  static List<VersionDecisions> read(Path root, VersionSet versions) {
    List<VersionDecisions> all = new ArrayList<>();
    for (VersionSet.Entry entry : versions.entries()) {
      try {
        Optional<DecisionSnapshot> snapshot = DecisionSnapshot.read(root.resolve(entry.version()));
        all.add(new VersionDecisions(entry, snapshot, snapshot.isPresent() ? ""
            : "published without a record of its decisions (by an archdoc older than this page)"));
      } catch (IOException e) {
        all.add(new VersionDecisions(entry, Optional.empty(), "its record could not be read: " + e.getMessage()));
      }
    }
    return all;
  }

  /**
   * The page, rendered by the theme's {@code decisions-across-versions.mustache} (so a project's
   * override applies and its escaping is the template engine's).
   *
   * @param versions every version, newest first, as {@link #read} found them
   * @param landingVersion the version the root opens on, whose stylesheet the page borrows
   * @param projectTemplates the project's theme folder, whose files override the theme's
   * @param landingHasStylesheet whether that version has one (a version archdoc did not build may not)
   */
  static String html(List<VersionDecisions> versions, String landingVersion, Path projectTemplates,
      boolean landingHasStylesheet) {
    ThemeFolder theme = new ThemeFolder(projectTemplates);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("landingVersion", landingVersion);
    page.put("stylesheet", landingHasStylesheet ? landingVersion + "/_archdoc/archdoc.css" : null);
    page.put("style", theme.text(STYLE));
    page.put("script", theme.text(SCRIPT));
    page.put("compare", versions.size() > 1 ? compareForm(versions) : null);
    List<Map<String, Object>> sections = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      Optional<VersionDecisions> earlier = i + 1 < versions.size() ? Optional.of(versions.get(i + 1)) : Optional.empty();
      sections.add(versionSection(versions.get(i), earlier));
    }
    page.put("versions", sections);
    page.put("data", data(versions));
    return theme.render(TEMPLATE, page);
  }

  private static Map<String, Object> compareForm(List<VersionDecisions> versions) {
    List<Map<String, Object>> from = new ArrayList<>();
    List<Map<String, Object>> to = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      from.add(option(versions.get(i).entry(), i == 1));
      to.add(option(versions.get(i).entry(), i == 0));
    }
    List<Map<String, Object>> kinds = new ArrayList<>();
    for (DecisionChanges.Kind kind : DecisionChanges.Kind.values()) {
      kinds.add(Map.of("kind", kind.cssClass(), "label", kind.label));
    }
    return Map.of("from", from, "to", to, "kinds", kinds);
  }

  private static Map<String, Object> option(VersionSet.Entry entry, boolean selected) {
    return Map.of("version", entry.version(), "label", label(entry), "selected", selected);
  }

  private static Map<String, Object> versionSection(VersionDecisions version, Optional<VersionDecisions> earlier) {
    String name = version.entry().version();
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("version", name);
    section.put("label", label(version.entry()));
    section.put("missingBecause", version.snapshot().isEmpty() ? version.missingBecause() : null);
    List<Map<String, Object>> systems = new ArrayList<>();
    List<Map<String, Object>> dropped = new ArrayList<>();
    section.put("systems", systems);
    section.put("dropped", dropped);
    if (version.snapshot().isEmpty()) {
      return section;
    }
    DecisionSnapshot snapshot = version.snapshot().get();
    List<SystemChanges> changes = earlier.flatMap(VersionDecisions::snapshot)
        .map(before -> DecisionChanges.between(before, snapshot)).orElse(List.of());
    boolean several = snapshot.systems().size() > 1;
    for (SystemDecisions system : snapshot.systems()) {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("title", system.title());
      shown.put("several", several);
      shown.put("heading", several ? "h4" : "h3");
      shown.put("first", earlier.isEmpty());
      shown.put("earlier", earlier.map(e -> e.entry().version()).orElse(null));
      shown.put("earlierUnrecorded", earlier.isPresent() && earlier.get().snapshot().isEmpty());
      Map<String, Object> ofSystem = null;
      if (earlier.isPresent() && earlier.get().snapshot().isPresent()) {
        SystemChanges found = changes.stream().filter(c -> c.name().equals(system.name())).findFirst().orElseThrow();
        ofSystem = changeContext(found, earlier.get().entry().version(), name);
      }
      shown.put("changes", ofSystem);
      decisionTables(shown, system, name);
      systems.add(shown);
    }
    if (several) {
      for (SystemChanges gone : changes) {
        if (snapshot.systems().stream().noneMatch(s -> s.name().equals(gone.name()))) {
          dropped.add(Map.of("title", gone.title()));
        }
      }
    }
    return section;
  }

  /**
   * The changes as the partial {@code decisions-across-versions-changes.mustache} draws them;
   * {@code decisions-across-versions.js} fills the same markup, from the page's {@code <template
   * id="compare-parts">}, for a pair of versions chosen in the form.
   */
  static String changeList(SystemChanges changes, String earlier, String later, Path projectTemplates) {
    return new ThemeFolder(projectTemplates).render(CHANGES, changeContext(changes, earlier, later));
  }

  private static Map<String, Object> changeContext(SystemChanges changes, String earlier, String later) {
    Map<String, Object> context = new LinkedHashMap<>();
    List<Map<String, Object>> items = new ArrayList<>();
    for (Change change : changes.changes()) {
      Recorded shown = change.latest();
      Map<String, Object> item = decision(shown, change.after() != null ? later : earlier);
      item.put("kind", change.kind().cssClass());
      item.put("label", change.kind().label);
      item.put("detail", change.detail());
      items.add(item);
    }
    context.put("none", items.isEmpty());
    context.put("changes", items);
    context.put("count", items.size() == 1 ? "1 change" : items.size() + " changes");
    context.put("unchanged", changes.unchanged());
    return context;
  }

  private static void decisionTables(Map<String, Object> shown, SystemDecisions system, String version) {
    List<Map<String, Object>> inForce = new ArrayList<>();
    List<Map<String, Object>> others = new ArrayList<>();
    for (Recorded decision : system.decisions()) {
      Map<String, Object> row = decision(decision, version);
      if (decision.inForce()) {
        inForce.add(row);
      } else {
        row.put("statusClass", decision.superseded() ? "superseded" : decision.status());
        row.put("statusLabel", decision.statusLabel());
        row.put("supersededBy", decision.supersededBy().isEmpty() ? null : String.join(", ", decision.supersededBy()));
        others.add(row);
      }
    }
    shown.put("inForce", inForce);
    shown.put("inForceCount", inForce.size());
    shown.put("inForceTable", !inForce.isEmpty());
    shown.put("others", others);
    shown.put("othersCount", others.size());
    shown.put("othersTable", !others.isEmpty());
  }

  /** A decision's id, title and date, and where it is in {@code version} (null when it has no page). */
  private static Map<String, Object> decision(Recorded decision, String version) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", decision.id());
    row.put("title", decision.title());
    row.put("date", decision.date());
    row.put("href", decision.page().isEmpty() ? null : version + "/" + decision.page());
    return row;
  }

  private static String label(VersionSet.Entry entry) {
    String title = entry.title().equals(entry.version()) ? entry.version() : entry.title() + " (" + entry.version() + ")";
    return entry.aliases().isEmpty() ? title : title + " \u00b7 " + String.join(", ", entry.aliases());
  }

  /** What the compare script reads: the versions newest first, each with its snapshot or null. */
  private static String data(List<VersionDecisions> versions) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.setCharacterEscapes(new ScriptSafe()); // no "</script>" or "<!--" can end or bend the data block
      json.writeStartArray();
      for (VersionDecisions version : versions) {
        json.writeStartObject();
        json.writeStringField("version", version.entry().version());
        json.writeStringField("label", label(version.entry()));
        json.writeFieldName("record");
        if (version.snapshot().isPresent()) {
          version.snapshot().get().writeTo(json);
        } else {
          json.writeNull();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  /** JSON that can sit inside an HTML script element: {@code < > &} as {@code \\u} escapes. */
  private static final class ScriptSafe extends CharacterEscapes {
    private final int[] escapes;

    ScriptSafe() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
