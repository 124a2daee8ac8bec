package dev.archdoc.core.publish;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.adr.AdrDate;
import dev.archdoc.core.docs.adr.AdrId;
import dev.archdoc.core.docs.adr.DecisionGraph;
import dev.archdoc.core.docs.adr.StatusKind;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.core.site.AdrPages;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The decisions of one published version, as they stood when it was built: per system, each ADR's
 * id, title, status, date, supersessions and page. Publish writes it into the version's folder
 * ({@value #FILE}), so the page of decisions across versions can be made again at any later publish
 * without the old versions' sources.
 *
 * @param systems in the order of archdoc.yml
 */
record DecisionSnapshot(List<SystemDecisions> systems) {

  /** Where a version's folder keeps it. */
  static final String FILE = "_archdoc/decisions.json";

  DecisionSnapshot {
    systems = List.copyOf(systems);
  }

  /**
   * The decisions of one system.
   *
   * @param name the system's name (its section folder when the site has several)
   * @param title the system's heading
   */
  record SystemDecisions(String name, String title, List<Recorded> decisions) {
    SystemDecisions {
      decisions = List.copyOf(decisions);
    }

    Optional<Recorded> find(String id) {
      return decisions.stream().filter(d -> d.id().equals(id)).findFirst();
    }
  }

  /**
   * One decision as recorded.
   *
   * @param id {@code ADR-4}, or the slug
   * @param title as the ADR states it
   * @param status the normalised status, lower case ({@code accepted}, {@code unrecognised}, ...)
   * @param statusText the status as written (what an unrecognised status shows)
   * @param date as written, or empty
   * @param superseded whether it is superseded, by its status or by an ADR that says it replaces it
   * @param supersedes the ids it replaces
   * @param supersededBy the ids that replace it
   * @param page its page, relative to the version's folder; empty when the version has none
   */
  record Recorded(String id, String title, String status, String statusText, String date, boolean superseded,
      List<String> supersedes, List<String> supersededBy, String page) {
    Recorded {
      supersedes = List.copyOf(supersedes);
      supersededBy = List.copyOf(supersededBy);
    }

    /** In force: accepted, and nothing replaced it. */
    boolean inForce() {
      return status.equals("accepted") && !superseded;
    }

    /** Rejected or deprecated: set aside without a successor. */
    boolean setAside() {
      return status.equals("rejected") || status.equals("deprecated");
    }

    /** The status a reader sees: as written when archdoc has no name for it. */
    String statusLabel() {
      if (superseded) {
        return "superseded";
      }
      if (status.equals("unrecognised")) {
        return statusText;
      }
      return status.equals("missing") ? "no status" : status;
    }
  }

  /**
   * What the project holds now; a page is recorded only when the built site has it, so every link
   * made from the snapshot resolves.
   */
  static DecisionSnapshot of(ProjectModel project, Path builtSite) {
    AdrPages pages = AdrPages.of(project);
    List<SystemDecisions> systems = new ArrayList<>();
    for (SystemModel system : project.systems()) {
      DecisionGraph graph = system.docs().decisions().graph();
      List<Recorded> decisions = new ArrayList<>();
      for (Adr adr : graph.adrs()) {
        String page = pages.pathOf(system, adr);
        decisions.add(new Recorded(adr.displayId(), adr.title(), statusOf(adr.status().kind()),
            adr.status().raw(), adr.date().map(AdrDate::shown).orElse(""), graph.isSuperseded(adr.id()),
            ids(graph.predecessors(adr.id())), ids(graph.successors(adr.id())),
            Files.isRegularFile(builtSite.resolve(page)) ? page : ""));
      }
      systems.add(new SystemDecisions(system.name(), system.config().title(), decisions));
    }
    return new DecisionSnapshot(systems);
  }

  private static List<String> ids(List<AdrId> ids) {
    return ids.stream().map(AdrId::display).toList();
  }

  /** The version's snapshot, or empty when it was published without one (before archdoc kept them). */
  static Optional<DecisionSnapshot> read(Path versionFolder) throws IOException {
    Path file = versionFolder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(Files.readString(file)));
    } catch (IOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  void write(Path versionFolder) throws IOException {
    Path file = versionFolder.resolve(FILE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, toJson());
  }

  String toJson() {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      writeTo(json);
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringWriter does not fail
    }
    return text + "\n";
  }

  void writeTo(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeNumberField("schemaVersion", 1);
    json.writeArrayFieldStart("systems");
    for (SystemDecisions system : systems) {
      json.writeStartObject();
      json.writeStringField("name", system.name());
      json.writeStringField("title", system.title());
      json.writeArrayFieldStart("decisions");
      for (Recorded d : system.decisions()) {
        json.writeStartObject();
        json.writeStringField("id", d.id());
        json.writeStringField("title", d.title());
        json.writeStringField("status", d.status());
        json.writeStringField("statusText", d.statusText());
        json.writeStringField("date", d.date());
        json.writeBooleanField("superseded", d.superseded());
        writeList(json, "supersedes", d.supersedes());
        writeList(json, "supersededBy", d.supersededBy());
        json.writeStringField("page", d.page());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeList(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /** Reads what {@link #toJson} wrote; fields it does not know are skipped (a newer archdoc may add some). */
  static DecisionSnapshot parse(String text) throws IOException {
    List<SystemDecisions> systems = new ArrayList<>();
    try (JsonParser json = new JsonFactory().createParser(text)) {
      expect(json.nextToken(), JsonToken.START_OBJECT);
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        if (!field.equals("systems")) {
          json.skipChildren();
          continue;
        }
        expect(value, JsonToken.START_ARRAY);
        while (json.nextToken() == JsonToken.START_OBJECT) {
          systems.add(readSystem(json));
        }
      }
    }
    return new DecisionSnapshot(systems);
  }

  private static SystemDecisions readSystem(JsonParser json) throws IOException {
    String name = "";
    String title = "";
    List<Recorded> decisions = new ArrayList<>();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      switch (field) {
        case "name" -> name = json.getValueAsString("");
        case "title" -> title = json.getValueAsString("");
        case "decisions" -> {
          expect(value, JsonToken.START_ARRAY);
          while (json.nextToken() == JsonToken.START_OBJECT) {
            decisions.add(readDecision(json));
          }
        }
        default -> json.skipChildren();
      }
    }
    return new SystemDecisions(name, title, decisions);
  }

  private static Recorded readDecision(JsonParser json) throws IOException {
    String id = null;
    String title = "";
    String status = "missing";
    String statusText = "";
    String date = "";
    boolean superseded = false;
    List<String> supersedes = List.of();
    List<String> supersededBy = List.of();
    String page = "";
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      switch (field) {
        case "id" -> id = json.getValueAsString();
        case "title" -> title = json.getValueAsString("");
        case "status" -> status = json.getValueAsString("missing");
        case "statusText" -> statusText = json.getValueAsString("");
        case "date" -> date = json.getValueAsString("");
        case "superseded" -> superseded = value == JsonToken.VALUE_TRUE;
        case "supersedes" -> supersedes = readList(json, value);
        case "supersededBy" -> supersededBy = readList(json, value);
        case "page" -> page = json.getValueAsString("");
        default -> json.skipChildren();
      }
    }
    if (id == null) {
      throw new IOException("a decision has no \"id\"");
    }
    return new Recorded(id, title, status, statusText, date, superseded, supersedes, supersededBy, page);
  }

  private static List<String> readList(JsonParser json, JsonToken value) throws IOException {
    expect(value, JsonToken.START_ARRAY);
    List<String> values = new ArrayList<>();
    while (json.nextToken() == JsonToken.VALUE_STRING) {
      values.add(json.getText());
    }
    return values;
  }

  private static void expect(JsonToken actual, JsonToken wanted) throws IOException {
    if (actual != wanted) {
      throw new IOException("not archdoc's record of decisions (found " + actual + " where " + wanted + " belongs)");
    }
  }

  static String statusOf(StatusKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
