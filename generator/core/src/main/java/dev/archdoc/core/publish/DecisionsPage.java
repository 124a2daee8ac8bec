package dev.archdoc.core.publish;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import dev.archdoc.core.publish.DecisionChanges.Change;
import dev.archdoc.core.publish.DecisionChanges.SystemChanges;
import dev.archdoc.core.publish.DecisionSnapshot.Recorded;
import dev.archdoc.core.publish.DecisionSnapshot.SystemDecisions;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The root page of a versioned site that follows the decisions across versions ({@value #FILE}):
 * per version, newest first, the decisions in force and what changed since the version before
 * (plain HTML, so it reads without scripts and from {@code file://}); and a form that compares any
 * two versions, run by the theme's {@code decisions-across-versions.js} over the snapshots the page
 * carries. Its look and script come from the project's theme folder when it has them, from the
 * default theme otherwise, and are put inside the page, which then needs no file but the newest
 * version's stylesheet.
 */
final class DecisionsPage {

  static final String FILE = "decisions.html";
  private static final String SCRIPT = "decisions-across-versions.js";
  private static final String STYLE = "decisions-across-versions.css";
  private static final String PACKAGED_THEME = "dev/archdoc/core/site/theme/";

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
   * The page.
   *
   * @param versions every version, newest first, as {@link #read} found them
   * @param landingVersion the version the root opens on, whose stylesheet the page borrows
   * @param projectTemplates the project's theme folder, whose files override the theme's
   * @param landingHasStylesheet whether that version has one (a version archdoc did not build may not)
   */
  static String html(List<VersionDecisions> versions, String landingVersion, Path projectTemplates,
      boolean landingHasStylesheet) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"archdoc\">\n<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>Decisions across versions</title>\n")
        // the reader's light or dark choice, as the theme's layout applies it before the first paint
        .append("<script>try { var theme = localStorage.getItem(\"archdoc-theme\");")
        .append(" if (theme) document.documentElement.setAttribute(\"data-theme\", theme); } catch (e) {}</script>\n");
    if (landingHasStylesheet) {
      out.append("<link rel=\"stylesheet\" href=\"").append(escape(landingVersion)).append("/_archdoc/archdoc.css\">\n");
    }
    out.append("<style>\n").append(themeFile(projectTemplates, STYLE)).append("</style>\n</head>\n<body>\n")
        .append("<main id=\"main\" class=\"content across-versions\">\n")
        .append("<p class=\"back\"><a href=\"").append(escape(landingVersion)).append("/index.html\">\u2190 the documentation (")
        .append(escape(landingVersion)).append(")</a></p>\n")
        .append("<h1>Decisions across versions</h1>\n")
        .append("<p>Which decisions were in force in each published version, and what changed in them from one")
        .append(" version to the next.</p>\n<nav aria-label=\"Versions\"><ul class=\"version-list\">\n");
    for (VersionDecisions version : versions) {
      out.append("<li><a href=\"#v-").append(escape(version.entry().version())).append("\">")
          .append(escape(label(version.entry()))).append("</a></li>\n");
    }
    out.append("</ul></nav>\n");
    if (versions.size() > 1) {
      compareForm(out, versions);
    }
    for (int i = 0; i < versions.size(); i++) {
      Optional<VersionDecisions> earlier = i + 1 < versions.size() ? Optional.of(versions.get(i + 1)) : Optional.empty();
      versionSection(out, versions.get(i), earlier);
    }
    out.append("</main>\n<script type=\"application/json\" id=\"decisions-data\">")
        .append(data(versions)).append("</script>\n<script>\n")
        .append(themeFile(projectTemplates, SCRIPT)).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void compareForm(StringBuilder out, List<VersionDecisions> versions) {
    // hidden until the script shows it: without scripts the consecutive changes below say it all
    out.append("<section id=\"compare\" class=\"compare\" hidden>\n<h2>Compare two versions</h2>\n")
        .append("<form class=\"compare-form\"><label>from <select id=\"compare-from\">");
    for (int i = 0; i < versions.size(); i++) {
      option(out, versions.get(i).entry(), i == 1);
    }
    out.append("</select></label> <label>to <select id=\"compare-to\">");
    for (int i = 0; i < versions.size(); i++) {
      option(out, versions.get(i).entry(), i == 0);
    }
    out.append("</select></label></form>\n<div id=\"compare-result\" aria-live=\"polite\"></div>\n</section>\n");
  }

  private static void option(StringBuilder out, VersionSet.Entry entry, boolean selected) {
    out.append("<option value=\"").append(escape(entry.version())).append('"').append(selected ? " selected" : "")
        .append('>').append(escape(label(entry))).append("</option>");
  }

  private static void versionSection(StringBuilder out, VersionDecisions version, Optional<VersionDecisions> earlier) {
    String name = version.entry().version();
    out.append("<section class=\"version-decisions\" id=\"v-").append(escape(name)).append("\">\n<h2>Version ")
        .append(escape(label(version.entry()))).append("</h2>\n<p><a href=\"").append(escape(name))
        .append("/index.html\">Open version ").append(escape(name)).append("</a></p>\n");
    if (version.snapshot().isEmpty()) {
      out.append("<p class=\"no-record\">Version ").append(escape(name)).append(" was ")
          .append(escape(version.missingBecause())).append(".</p>\n</section>\n");
      return;
    }
    DecisionSnapshot snapshot = version.snapshot().get();
    List<SystemChanges> changes = earlier.flatMap(VersionDecisions::snapshot)
        .map(before -> DecisionChanges.between(before, snapshot)).orElse(List.of());
    boolean several = snapshot.systems().size() > 1;
    String heading = several ? "h4" : "h3";
    for (SystemDecisions system : snapshot.systems()) {
      if (several) {
        out.append("<h3>").append(escape(system.title())).append("</h3>\n");
      }
      out.append('<').append(heading).append('>');
      if (earlier.isEmpty()) {
        out.append("Changes</").append(heading).append(">\n<p class=\"no-changes\">The first published version.</p>\n");
      } else if (earlier.get().snapshot().isEmpty()) {
        out.append("Changes since ").append(escape(earlier.get().entry().version())).append("</").append(heading)
            .append(">\n<p class=\"no-record\">Unknown: version ").append(escape(earlier.get().entry().version()))
            .append(" has no record of its decisions.</p>\n");
      } else {
        out.append("Changes since ").append(escape(earlier.get().entry().version())).append("</").append(heading).append(">\n");
        SystemChanges ofSystem = changes.stream().filter(c -> c.name().equals(system.name())).findFirst().orElseThrow();
        changeList(out, ofSystem, earlier.get().entry().version(), name);
      }
      decisionTables(out, system, name, heading);
    }
    if (several) {
      for (SystemChanges dropped : changes) {
        if (snapshot.systems().stream().noneMatch(s -> s.name().equals(dropped.name()))) {
          out.append("<h3>").append(escape(dropped.title())).append("</h3>\n<p class=\"no-changes\">Not in version ")
              .append(escape(name)).append(".</p>\n");
        }
      }
    }
    out.append("</section>\n");
  }

  /**
   * The changes, one {@code <li>} each; {@code decisions-across-versions.js} writes the same markup
   * for a pair of versions chosen in the form.
   */
  static void changeList(StringBuilder out, SystemChanges changes, String earlier, String later) {
    if (changes.changes().isEmpty()) {
      out.append("<p class=\"no-changes\">No decision changed");
    } else {
      out.append("<ul class=\"changes\">\n");
      for (Change change : changes.changes()) {
        Recorded shown = change.latest();
        String version = change.after() != null ? later : earlier;
        out.append("<li class=\"change change-").append(change.kind().cssClass()).append("\"><span class=\"badge\">")
            .append(change.kind().label).append("</span> ").append(idLink(shown, version)).append(' ')
            .append(escape(shown.title())).append(" \u2014 ").append(escape(change.detail())).append("</li>\n");
      }
      out.append("</ul>\n<p class=\"unchanged\">");
      out.append(changes.changes().size() == 1 ? "1 change" : changes.changes().size() + " changes");
    }
    out.append("; ").append(changes.unchanged()).append(" unchanged.</p>\n");
  }

  private static void decisionTables(StringBuilder out, SystemDecisions system, String version, String heading) {
    List<Recorded> inForce = system.decisions().stream().filter(Recorded::inForce).toList();
    List<Recorded> others = system.decisions().stream().filter(d -> !d.inForce()).toList();
    out.append('<').append(heading).append(">In force in ").append(escape(version)).append(" (").append(inForce.size())
        .append(")</").append(heading).append(">\n");
    if (inForce.isEmpty()) {
      out.append("<p class=\"no-changes\">None.</p>\n");
    } else {
      out.append("<table class=\"in-force\">\n<thead><tr><th>Decision</th><th>Title</th><th>Date</th></tr></thead>\n<tbody>\n");
      for (Recorded decision : inForce) {
        out.append("<tr><td>").append(idLink(decision, version)).append("</td><td>").append(escape(decision.title()))
            .append("</td><td>").append(escape(decision.date())).append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    if (!others.isEmpty()) {
      out.append("<details class=\"not-in-force\"><summary>Not in force (").append(others.size())
          .append("): proposed, superseded, retired</summary>\n<table>\n<thead><tr><th>Decision</th><th>Title</th>")
          .append("<th>Status</th></tr></thead>\n<tbody>\n");
      for (Recorded decision : others) {
        out.append("<tr><td>").append(idLink(decision, version)).append("</td><td>").append(escape(decision.title()))
            .append("</td><td><span class=\"badge status-").append(escape(decision.superseded() ? "superseded" : decision.status()))
            .append("\">").append(escape(decision.statusLabel())).append("</span>");
        if (!decision.supersededBy().isEmpty()) {
          out.append(" by ").append(escape(String.join(", ", decision.supersededBy())));
        }
        out.append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n</details>\n");
    }
  }

  private static String idLink(Recorded decision, String version) {
    if (decision.page().isEmpty()) {
      return "<span class=\"decision-id\">" + escape(decision.id()) + "</span>";
    }
    return "<a class=\"decision-id\" href=\"" + escape(version + "/" + decision.page()) + "\">" + escape(decision.id()) + "</a>";
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

  private static String themeFile(Path projectTemplates, String name) {
    try {
      Path override = projectTemplates.resolve(name);
      if (Files.isRegularFile(override)) {
        return Files.readString(override, StandardCharsets.UTF_8);
      }
      try (InputStream packaged = DecisionsPage.class.getClassLoader().getResourceAsStream(PACKAGED_THEME + name)) {
        if (packaged == null) {
          throw new IllegalStateException("the packaged theme lacks " + name);
        }
        return new String(packaged.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text for HTML, in an element or a quoted attribute: jsoup's escaper, not one of our own. */
  static String escape(String text) {
    return org.jsoup.nodes.Entities.escape(text);
  }
}
