package dev.archdoc.core.site;

import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.docs.adr.StatusKind;
import dev.archdoc.core.render.InlineMarkdown;
import dev.archdoc.core.pipeline.SystemModel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the site shows an ADR's status: as a CSS class, a label and whether it is retired, read from
 * the ADR and its system's decision graph. Pure functions of their arguments.
 */
final class AdrLabels {

  private AdrLabels() {}

  /**
   * The fields every template that shows an ADR link uses.
   *
   * @param href the link to the ADR's page, relative to the page that shows it
   */
  static Map<String, Object> summary(SystemModel system, Adr adr, String href) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("href", href);
    summary.put("displayId", adr.displayId());
    summary.put("title", InlineMarkdown.text(adr.title()));
    summary.put("titleHtml", InlineMarkdown.html(adr.title()));
    summary.put("statusClass", statusClass(system, adr));
    summary.put("statusLabel", statusLabel(system, adr));
    summary.put("retired", isRetired(system, adr));
    return summary;
  }

  /** Whether the ADR no longer holds: retired by its status, or superseded by another. */
  static boolean isRetired(SystemModel system, Adr adr) {
    return adr.status().kind().isRetired() || system.docs().decisions().graph().isSuperseded(adr.id());
  }

  /** The status as a CSS class: the normalised kind, superseded when another ADR replaced it. */
  static String statusClass(SystemModel system, Adr adr) {
    StatusKind kind = adr.status().kind();
    if (kind != StatusKind.SUPERSEDED && system.docs().decisions().graph().isSuperseded(adr.id())
        && !kind.isRetired()) {
      kind = StatusKind.SUPERSEDED;
    }
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** The status as written when it is not one archdoc knows ("on hold"), else its name. */
  static String statusLabel(SystemModel system, Adr adr) {
    String kind = statusClass(system, adr);
    return switch (kind) {
      case "unrecognised" -> adr.status().raw();
      case "missing" -> "no status";
      default -> Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    };
  }
}
