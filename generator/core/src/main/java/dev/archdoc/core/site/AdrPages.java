package dev.archdoc.core.site;

import dev.archdoc.core.docs.adr.Adr;
import dev.archdoc.core.pipeline.ProjectModel;
import dev.archdoc.core.pipeline.SystemModel;

/**
 * Where the site puts each ADR's page, for stages that run after a build and link into it (publish
 * records each version's decisions with their pages). Kept apart from {@link SiteBuilder} so the
 * URL scheme stays in {@link SiteMap} alone: this asks it the way the builder does.
 */
public final class AdrPages {

  private final SiteMap map;

  private AdrPages(SiteMap map) {
    this.map = map;
  }

  /** The scheme of the site {@link SiteBuilder#build} makes from this project. */
  public static AdrPages of(ProjectModel project) {
    return new AdrPages(SiteMap.of(project));
  }

  /** The page of an ADR, {@code /}-separated and relative to the site root. */
  public String pathOf(SystemModel system, Adr adr) {
    return map.doc(system.config(), adr.file());
  }
}
