package dev.archdoc.core.publish;

import dev.archdoc.core.publish.DecisionSnapshot.Recorded;
import dev.archdoc.core.publish.DecisionSnapshot.SystemDecisions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changed in the decisions from one version to another, system by system: a pure function of
 * two {@link DecisionSnapshot}s. The theme's compare script (in the page of decisions across
 * versions) follows the same rules; a browser test holds the two to the same answers.
 *
 * <p>Each decision gets one change, the first that applies: in the later version only, added; in
 * the earlier only, removed; newly superseded; newly rejected or deprecated (retired); newly
 * accepted; another status change; a new title; else unchanged.
 */
final class DecisionChanges {

  /** The kinds of change, in the order the page lists them. */
  enum Kind {
    ADDED("added"),
    ACCEPTED("accepted"),
    SUPERSEDED("superseded"),
    RETIRED("retired"),
    REMOVED("removed"),
    STATUS_CHANGED("status changed"),
    RETITLED("renamed");

    final String label;

    Kind(String label) {
      this.label = label;
    }

    String cssClass() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One decision's change.
   *
   * @param before as the earlier version recorded it; null when added
   * @param after as the later version recorded it; null when removed
   */
  record Change(Kind kind, Recorded before, Recorded after) {

    Recorded latest() {
      return after != null ? after : before;
    }

    /** What happened, in words: {@code superseded by ADR-5}, {@code accepted (was proposed)}. */
    String detail() {
      return switch (kind) {
        case ADDED -> "added as " + after.statusLabel()
            + (after.supersedes().isEmpty() ? "" : ", superseding " + String.join(", ", after.supersedes()));
        case REMOVED -> "no longer in the docs (was " + before.statusLabel() + ")";
        case SUPERSEDED -> after.supersededBy().isEmpty() ? "superseded (was " + before.statusLabel() + ")"
            : "superseded by " + String.join(", ", after.supersededBy()) + " (was " + before.statusLabel() + ")";
        case RETIRED, ACCEPTED, STATUS_CHANGED -> after.statusLabel() + " (was " + before.statusLabel() + ")";
        case RETITLED -> "renamed from \u201c" + before.title() + "\u201d";
      };
    }
  }

  /** The changes of one system, and how many of its decisions did not change. */
  record SystemChanges(String name, String title, List<Change> changes, int unchanged) {
    SystemChanges {
      changes = List.copyOf(changes);
    }
  }

  private DecisionChanges() {}

  /** From {@code earlier} to {@code later}, systems in the later version's order, then any it dropped. */
  static List<SystemChanges> between(DecisionSnapshot earlier, DecisionSnapshot later) {
    Map<String, SystemDecisions> before = new LinkedHashMap<>();
    earlier.systems().forEach(s -> before.put(s.name(), s));
    List<SystemChanges> all = new ArrayList<>();
    for (SystemDecisions system : later.systems()) {
      SystemDecisions old = before.remove(system.name());
      all.add(of(old == null ? new SystemDecisions(system.name(), system.title(), List.of()) : old, system));
    }
    for (SystemDecisions dropped : before.values()) {
      all.add(of(dropped, new SystemDecisions(dropped.name(), dropped.title(), List.of())));
    }
    return all;
  }

  private static SystemChanges of(SystemDecisions earlier, SystemDecisions later) {
    List<Change> changes = new ArrayList<>();
    int unchanged = 0;
    for (Recorded after : later.decisions()) {
      Optional<Change> change = change(earlier.find(after.id()).orElse(null), after);
      if (change.isPresent()) {
        changes.add(change.get());
      } else {
        unchanged++;
      }
    }
    for (Recorded before : earlier.decisions()) {
      if (later.find(before.id()).isEmpty()) {
        changes.add(new Change(Kind.REMOVED, before, null));
      }
    }
    List<Change> ordered = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      changes.stream().filter(c -> c.kind() == kind).forEach(ordered::add);
    }
    return new SystemChanges(later.name(), later.title(), ordered, unchanged);
  }

  /** The one change a decision went through, or empty when it did not change. */
  static Optional<Change> change(Recorded before, Recorded after) {
    if (before == null) {
      return Optional.of(new Change(Kind.ADDED, null, after));
    }
    Kind kind;
    if (after.superseded() && !before.superseded()) {
      kind = Kind.SUPERSEDED;
    } else if (after.setAside() && !after.superseded() && !before.setAside()) {
      kind = Kind.RETIRED;
    } else if (after.inForce() && !before.inForce()) {
      kind = Kind.ACCEPTED;
    } else if (!after.statusLabel().equals(before.statusLabel())) {
      kind = Kind.STATUS_CHANGED;
    } else if (!after.title().equals(before.title())) {
      kind = Kind.RETITLED;
    } else {
      return Optional.empty();
    }
    return Optional.of(new Change(kind, before, after));
  }
}
