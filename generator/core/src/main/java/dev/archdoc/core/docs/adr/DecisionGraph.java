package dev.archdoc.core.docs.adr;

import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Finding;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ADRs of one system as a graph: who supersedes, amends or relates to whom, whichever side
 * stated it, with the other side inferred. Building it checks the set (rule
 * {@code adr-integrity}): duplicate ids, supersessions that point nowhere and supersession cycles
 * are errors; a supersession stated on one side only, a superseded ADR that names no successor,
 * and an amendment or relation that points nowhere are warnings.
 *
 * <p>A relation's target is found by its link first (relative to the ADR's own folder, so
 * {@code ./}, {@code ../} and a missing extension work); a link into a folder that holds ADRs but
 * to a file that is not there (renamed since) falls back to the id in the link's file name; a
 * target written without a link is read as an id ({@code 4}, {@code ADR-0004}) or a slug.
 */
public final class DecisionGraph {

  private static final String RULE = DriftRule.ADR_INTEGRITY.id();

  /**
   * A directed relation between two ADRs.
   *
   * @param from the ADR the relation is about
   * @param kind how {@code from} relates to {@code to}
   * @param to the other ADR
   * @param stated whether {@code from}'s file states it (otherwise it is inferred from {@code to})
   * @param line where {@code from} states it, or 0 when inferred
   */
  public record Edge(AdrId from, RelationKind kind, AdrId to, boolean stated, int line) {}

  private final Map<AdrId, Adr> byId;
  private final List<Adr> sortedAdrs;
  private final List<Edge> edges;
  /** The edges of each ADR, in the order of {@link #edges}: site pages ask once per ADR. */
  private final Map<AdrId, List<Edge>> edgesFrom;
  private final List<Finding> findings;

  private DecisionGraph(Map<AdrId, Adr> byId, List<Edge> edges, List<Finding> findings) {
    this.byId = byId;
    this.sortedAdrs = byId.values().stream().sorted(Comparator.comparing(Adr::id)).toList();
    this.edges = List.copyOf(edges);
    Map<AdrId, List<Edge>> from = new HashMap<>();
    for (Edge edge : this.edges) {
      from.computeIfAbsent(edge.from(), id -> new ArrayList<>()).add(edge);
    }
    from.replaceAll((id, list) -> List.copyOf(list));
    this.edgesFrom = from;
    this.findings = findings.stream().sorted().toList();
  }

  public static DecisionGraph of(List<Adr> adrs) {
    return new Builder(adrs).build();
  }

  /** The ADR with this id (the first file, when the id is duplicated). */
  public Optional<Adr> adr(AdrId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The ADR a reference as written in code or docs means ({@code 4}, {@code ADR-0004}, a slug). */
  public Optional<Adr> find(String reference) {
    Optional<AdrId> id = AdrId.parse(reference);
    if (id.isPresent() && byId.containsKey(id.get())) {
      return Optional.of(byId.get(id.get()));
    }
    return byId.values().stream().filter(adr -> adr.id().matches(reference)).findFirst();
  }

  /** Every ADR once, ordered by id. */
  public List<Adr> adrs() {
    return sortedAdrs;
  }

  /** All relations, stated and inferred. */
  public List<Edge> edges() {
    return edges;
  }

  /** The relations of one ADR, stated by it or inferred from the other side. */
  public List<Edge> relationsOf(AdrId id) {
    return edgesFrom.getOrDefault(id, List.of());
  }

  /** The ADRs that directly supersede this one. */
  public List<AdrId> successors(AdrId id) {
    return targets(id, RelationKind.SUPERSEDED_BY);
  }

  /** The ADRs this one directly supersedes. */
  public List<AdrId> predecessors(AdrId id) {
    return targets(id, RelationKind.SUPERSEDES);
  }

  /** Whether the ADR is superseded, by its status or by another ADR saying it replaces it. */
  public boolean isSuperseded(AdrId id) {
    return !successors(id).isEmpty()
        || adr(id).map(adr -> adr.status().kind() == StatusKind.SUPERSEDED).orElse(false);
  }

  /**
   * What replaced a superseded ADR: the end of its superseded-by chain (the newest successor at
   * each step). Empty when nothing supersedes it, or when the chain runs into a cycle (which the
   * graph reports as an error), since no decision in a cycle is current.
   */
  public Optional<Adr> currentReplacement(AdrId id) {
    AdrId current = id;
    Set<AdrId> seen = new HashSet<>();
    while (seen.add(current)) {
      List<AdrId> next = successors(current);
      if (next.isEmpty()) {
        return current.equals(id) ? Optional.empty() : adr(current);
      }
      current = next.get(next.size() - 1);
    }
    return Optional.empty();
  }

  /** The adr-integrity findings of the set, ordered by file and line. */
  public List<Finding> findings() {
    return findings;
  }

  private List<AdrId> targets(AdrId id, RelationKind kind) {
    return relationsOf(id).stream()
        .filter(edge -> edge.kind() == kind)
        .map(Edge::to)
        .distinct()
        .sorted()
        .toList();
  }

  /** Builds the graph in one pass over the ADRs; kept apart so the graph itself is immutable. */
  private static final class Builder {
    private final List<Adr> adrs;
    private final Map<AdrId, Adr> byId = new LinkedHashMap<>();
    private final Map<String, Adr> byPath = new LinkedHashMap<>();
    private final Map<String, Adr> byPathWithoutExtension = new LinkedHashMap<>();
    private final Set<Path> folders = new HashSet<>();
    /** Unnumbered ADRs by lower-case slug; the first in file order wins, as a scan of byId found it. */
    private final Map<String, Adr> bySlug = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    Builder(List<Adr> adrs) {
      this.adrs = adrs.stream().sorted(Comparator.comparing(adr -> slashes(adr.file()))).toList();
    }

    DecisionGraph build() {
      for (Adr adr : adrs) {
        Adr first = byId.putIfAbsent(adr.id(), adr);
        if (first != null) {
          findings.add(Finding.error(RULE, adr.file(), Math.max(1, adr.titleLine()), "duplicate id "
              + adr.displayId() + ": " + slashes(first.file()) + " has it too; give this ADR its own number"));
        }
        byPath.putIfAbsent(slashes(adr.file().normalize()), adr);
        byPathWithoutExtension.putIfAbsent(withoutExtension(adr.file().normalize()), adr);
        folders.add(parentOf(adr.file().normalize()));
      }
      for (Adr adr : byId.values()) {
        if (!adr.id().isNumbered()) {
          bySlug.putIfAbsent(adr.id().slug().toLowerCase(Locale.ROOT), adr);
        }
      }
      Set<Edge> stated = new LinkedHashSet<>();
      for (Adr adr : adrs) {
        if (byId.get(adr.id()) != adr) {
          continue; // a duplicate's relations would be attributed to the other file
        }
        for (StatedRelation relation : adr.relations()) {
          Optional<Adr> target = resolve(adr, relation);
          if (target.isEmpty()) {
            reportNowhere(adr, relation);
          } else if (target.get() == adr) {
            if (isSupersession(relation.kind())) {
              findings.add(Finding.error(RULE, adr.file(), relation.line(),
                  adr.displayId() + " says it is " + relation.kind().words() + " itself"));
            }
          } else {
            stated.add(new Edge(adr.id(), relation.kind(), target.get().id(), true, relation.line()));
          }
        }
      }
      List<Edge> edges = new ArrayList<>(dedupe(stated));
      // a set, not a scan of the edges per edge: a few thousand ADRs made that quadratic
      Set<String> statedKeys = new HashSet<>();
      for (Edge edge : edges) {
        statedKeys.add(key(edge.from(), edge.kind(), edge.to()));
      }
      for (Edge edge : List.copyOf(edges)) {
        boolean inverseStated = statedKeys.contains(key(edge.to(), edge.kind().inverse(), edge.from()));
        if (inverseStated) {
          continue;
        }
        edges.add(new Edge(edge.to(), edge.kind().inverse(), edge.from(), false, 0));
        if (isSupersession(edge.kind())) {
          Adr from = byId.get(edge.from());
          Adr to = byId.get(edge.to());
          String inverse = edge.kind() == RelationKind.SUPERSEDED_BY ? "Supersedes" : "Superseded by";
          findings.add(Finding.warning(RULE, from.file(), edge.line(), from.displayId() + " says it "
              + (edge.kind() == RelationKind.SUPERSEDED_BY ? "is superseded by " : "supersedes ")
              + to.displayId() + ", but " + to.displayId() + " does not say so; add '" + inverse + " "
              + from.displayId() + "' to " + slashes(to.file())));
        }
      }
      Set<AdrId> haveSuccessor = new HashSet<>();
      for (Edge edge : edges) {
        if (edge.kind() == RelationKind.SUPERSEDED_BY) {
          haveSuccessor.add(edge.from());
        }
      }
      for (Adr adr : byId.values()) {
        boolean namesSuccessor = !adr.relations(RelationKind.SUPERSEDED_BY).isEmpty() || haveSuccessor.contains(adr.id());
        if (adr.status().kind() == StatusKind.SUPERSEDED && !namesSuccessor) {
          findings.add(Finding.warning(RULE, adr.file(), adr.status().line(), adr.displayId()
              + " is superseded but names no ADR that replaces it; write 'Superseded by <ADR>'"));
        }
      }
      reportCycles(edges);
      return new DecisionGraph(byId, edges, findings);
    }

    private static List<Edge> dedupe(Set<Edge> stated) {
      Map<String, Edge> unique = new LinkedHashMap<>();
      for (Edge edge : stated) {
        unique.putIfAbsent(key(edge.from(), edge.kind(), edge.to()), edge);
      }
      return List.copyOf(unique.values());
    }

    private static String key(AdrId from, RelationKind kind, AdrId to) {
      return from + " " + kind + " " + to;
    }

    private Optional<Adr> resolve(Adr from, StatedRelation relation) {
      if (relation.linkTarget().isPresent()) {
        Optional<Path> linked = linkedPath(from, relation.link());
        if (linked.isEmpty()) {
          return Optional.empty();
        }
        Adr byLink = byPath.getOrDefault(slashes(linked.get()),
            byPathWithoutExtension.get(slashes(linked.get())));
        if (byLink != null) {
          return Optional.of(byLink);
        }
        if (folders.contains(parentOf(linked.get())) && linked.get().getFileName() != null) {
          return Optional.ofNullable(byId.get(AdrFileName.idOf(linked.get().getFileName())));
        }
        return Optional.empty();
      }
      Optional<AdrId> id = AdrId.parse(relation.target());
      if (id.isPresent() && byId.containsKey(id.get())) {
        return Optional.of(byId.get(id.get()));
      }
      return Optional.ofNullable(bySlug.get(relation.target().toLowerCase(Locale.ROOT)));
    }

    /** The project-relative path a link from an ADR points at, without anchor or query. */
    private static Optional<Path> linkedPath(Adr from, String link) {
      String path = link.replaceFirst("[#?].*$", "");
      if (path.isEmpty()) {
        return Optional.empty();
      }
      try {
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path base = path.startsWith("/") ? Path.of("") : parentOf(from.file());
        return Optional.of(base.resolve(path.replaceFirst("^/+", "")).normalize());
      } catch (IllegalArgumentException e) { // also InvalidPathException
        return Optional.empty();
      }
    }

    private void reportNowhere(Adr adr, StatedRelation relation) {
      String target = relation.linkTarget().map(link -> "'" + relation.target() + "' (" + link + ")")
          .orElse("'" + relation.target() + "'");
      String message = adr.displayId() + " says it " + (relation.kind() == RelationKind.SUPERSEDED_BY
          ? "is superseded by " : relation.kind() == RelationKind.AMENDED_BY ? "is amended by "
          : relation.kind().words() + " ") + target + ", which is not an ADR of this system";
      findings.add(isSupersession(relation.kind())
          ? Finding.error(RULE, adr.file(), relation.line(), message)
          : Finding.warning(RULE, adr.file(), relation.line(), message));
    }

    /** Reports each supersession cycle once, at its member with the lowest id. */
    private void reportCycles(List<Edge> edges) {
      Map<AdrId, List<AdrId>> successors = new LinkedHashMap<>();
      for (Edge edge : edges) {
        if (edge.kind() == RelationKind.SUPERSEDED_BY) {
          successors.computeIfAbsent(edge.from(), id -> new ArrayList<>()).add(edge.to());
        }
      }
      Set<String> reported = new HashSet<>();
      Set<AdrId> finished = new HashSet<>();
      for (AdrId start : byId.keySet().stream().sorted().toList()) {
        walk(start, new ArrayList<>(), successors, finished, reported, edges);
      }
    }

    private void walk(AdrId id, List<AdrId> path, Map<AdrId, List<AdrId>> successors, Set<AdrId> finished,
        Set<String> reported, List<Edge> edges) {
      int seenAt = path.indexOf(id);
      if (seenAt >= 0) {
        List<AdrId> cycle = new ArrayList<>(path.subList(seenAt, path.size()));
        AdrId lowest = cycle.stream().min(Comparator.naturalOrder()).orElseThrow();
        int rotate = cycle.indexOf(lowest);
        List<AdrId> ordered = new ArrayList<>(cycle.subList(rotate, cycle.size()));
        ordered.addAll(cycle.subList(0, rotate));
        String key = ordered.toString();
        if (reported.add(key)) {
          Adr adr = byId.get(lowest);
          AdrId next = ordered.size() > 1 ? ordered.get(1) : lowest;
          int line = edges.stream()
              .filter(edge -> edge.stated() && edge.line() > 0 && isSupersession(edge.kind())
                  && edge.from().equals(lowest) && edge.to().equals(next))
              .mapToInt(Edge::line).findFirst().orElse(Math.max(1, adr.status().line()));
          StringBuilder chain = new StringBuilder();
          ordered.forEach(member -> chain.append(member.display()).append(" -> "));
          chain.append(lowest.display());
          findings.add(Finding.error(RULE, adr.file(), line, "supersession cycle: " + chain
              + " (each is superseded by the next); a decision cannot be replaced by one it replaces"));
        }
        return;
      }
      if (finished.contains(id)) {
        return;
      }
      path.add(id);
      for (AdrId next : successors.getOrDefault(id, List.of())) {
        walk(next, path, successors, finished, reported, edges);
      }
      path.remove(path.size() - 1);
      finished.add(id);
    }

    private static boolean isSupersession(RelationKind kind) {
      return kind == RelationKind.SUPERSEDES || kind == RelationKind.SUPERSEDED_BY;
    }

    private static Path parentOf(Path file) {
      Path parent = file.getParent();
      return parent == null ? Path.of("") : parent;
    }

    private static String withoutExtension(Path file) {
      String text = slashes(file);
      int slash = text.lastIndexOf('/');
      int dot = text.lastIndexOf('.');
      return dot > slash + 1 ? text.substring(0, dot) : text;
    }

    private static String slashes(Path path) {
      return path.toString().replace('\\', '/');
    }
  }
}
