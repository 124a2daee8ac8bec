package dev.archdoc.core.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.adr.AdrDate;
import dev.archdoc.core.docs.adr.AdrId;
import dev.archdoc.core.docs.adr.DecisionGraph;
import dev.archdoc.core.docs.adr.StatusKind;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.core.site.AdrPages;
import java.io.IOException;
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
      name = name == null ? "" : name;
      title = title == null ? "" : title;
      decisions = decisions == null ? List.of() : List.copyOf(decisions);
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
      if (id == null) {
        throw new IllegalArgumentException("a decision has no \"id\"");
      }
      title = title == null ? "" : title;
      status = status == null ? "missing" : status;
      statusText = statusText == null ? "" : statusText;
      date = date == null ? "" : date;
      supersedes = supersedes == null ? List.of() : List.copyOf(supersedes);
      supersededBy = supersededBy == null ? List.of() : List.copyOf(supersededBy);
      page = page == null ? "" : page;
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
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(new Stored(SCHEMA_VERSION, systems)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // records of strings always serialize
    }
  }

  /** Writes the snapshot as one JSON value to a generator the caller configured (its escaping). */
  void writeTo(JsonGenerator json) throws IOException {
    JSON.writeValue(json, new Stored(SCHEMA_VERSION, systems));
  }

  /** Reads what {@link #toJson} wrote; fields it does not know are skipped (a newer archdoc may add some). */
  static DecisionSnapshot parse(String text) throws IOException {
    Stored stored;
    try {
      stored = JSON.readValue(text, Stored.class);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException bad ? bad : e;
      String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
      throw new IOException("not archdoc's record of decisions (line " + e.getLocation().getLineNr() + "): " + message);
    }
    if (stored == null) {
      throw new IOException("not archdoc's record of decisions (empty)");
    }
    return new DecisionSnapshot(stored.systems() == null ? List.of() : stored.systems());
  }

  /** The file as stored: a schema version, then the systems. */
  private record Stored(int schemaVersion, List<SystemDecisions> systems) {}

  private static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  static String statusOf(StatusKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
